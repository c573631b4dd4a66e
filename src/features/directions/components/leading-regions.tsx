/**
 * The leading regions of every direction for the period: the first three by the chosen measure
 * (absolute or per 10,000 residents), one row per direction, with a CSV of every place and value.
 */
import { useQueries } from '@tanstack/react-query';
import { DIRECTION_IDS, type Comparison, type DirectionId, type MetricId, type RegionsResponse } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel, type PanelQueryState } from '../../../components/panel';
import { useCsvDownload } from '../../../components/use-csv-download';
import type { CsvCell } from '../../../lib/csv';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { groupsFourDigits, rateFractionDigits, roundAsShown } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { periodFileName } from '../../../lib/csv';
import { formatRange } from '../../../lib/period-label';
import { Link, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { regionsQueryOptions } from '../../../api/regions-query';
import { directionsMessages } from '../messages';
import { leadingRegions, type RegionFigure } from '../model/directions-model';
import './directions.css';

interface LeadingRegionsProps {
  period: string;
  compare: Comparison;
  metric: MetricId;
  per10k: boolean;
}

interface Row {
  id: DirectionId;
  name: string;
  priority: boolean;
  leaders: RegionFigure[];
}

const PLACES = 3;

export const LeadingRegions = ({ period, compare, metric, per10k }: LeadingRegionsProps) => {
  const t = useMessages(directionsMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const downloadCsv = useCsvDownload();
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const queries = useQueries({ queries: DIRECTION_IDS.map((direction) => regionsQueryOptions({ direction, period, compare })) });
  const populations = new Map((meta.data?.regions ?? []).map((r) => [r.code, r.population]));
  const regionName = (code: string) => meta.data?.regions.find((r) => r.code === code)?.name[locale] ?? code;
  const metricName = meta.data?.metrics.find((m) => m.id === metric)?.name[locale] ?? metric;
  const first = queries.find((q) => q.data)?.data;
  const periodText = first ? formatRange(format, first.period) : '';
  const by = per10k ? 'per10k' : 'absolute';

  const rows: Row[] = (meta.data?.directions ?? []).map((d) => {
    const data: RegionsResponse | undefined = queries[DIRECTION_IDS.indexOf(d.id)]?.data;
    return {
      id: d.id,
      name: d.name[locale],
      priority: d.ministryPriority,
      leaders: data ? leadingRegions(data.regions, metric, populations, by, PLACES) : [],
    };
  });
  const measureOf = (f: RegionFigure) => (per10k ? f.per10k : f.value);
  // As the map and the table of a direction's regions: "12,0" per 10 000, not "12"; "0,04", not "0,0".
  const shown = rows.flatMap((r) => r.leaders.map(measureOf));
  const digits = per10k ? rateFractionDigits(shown) : 0;
  // And as a table's column: "9 497" beside "13 141" in kk and ru, not "9497".
  const groupFourDigits = groupsFourDigits(shown);
  const valueText = (f: RegionFigure) => {
    const v = measureOf(f);
    return v === null ? common('noData') : format.number(v, { fractionDigits: digits, groupFourDigits });
  };

  const placeKeys = ['place1', 'place2', 'place3'] as const;
  const columns: Column<Row>[] = [
    {
      id: 'direction',
      header: t('direction'),
      value: (r) => r.name,
      render: (r) => (
        <Link to={linkTo(`/directions/${r.id}`, CARRIED_PARAMS)}>
          {r.priority ? <span aria-hidden="true">★&nbsp;</span> : null}
          {r.name}
        </Link>
      ),
    },
    ...placeKeys.map((key, place): Column<Row> => ({
      id: key,
      header: t(key),
      value: (r) => {
        const f = r.leaders[place];
        return f ? regionName(f.code) : null;
      },
      render: (r) => {
        const f = r.leaders[place];
        if (!f) return <span className="no-data">{t('leadingEmpty')}</span>;
        return (
          <>
            {regionName(f.code)}
            <br />
            <span className="leading-regions__value">{valueText(f)}</span>
          </>
        );
      },
    })),
  ];

  const caption = t('leadingCaption', { metric: per10k ? `${metricName}, ${t('per10kUnit')}` : metricName, period: periodText });
  const download = () => {
    const header = [t('direction'), t('rank'), t('region'), per10k ? `${metricName}, ${t('per10kUnit')}` : metricName];
    // What the screen shows, as every other table's file: the shared rank (1, 1, 3) and the value to the screen's decimals.
    const body: CsvCell[][] = rows.flatMap((r) =>
      r.leaders.map((f) => [r.name, f.rank, regionName(f.code), roundAsShown(measureOf(f), digits)]),
    );
    downloadCsv(`leading-regions-${metric}${per10k ? '-per10k' : ''}${first ? `-${periodFileName(first.period)}` : ''}`, header, body);
  };

  return (
    <Panel
      id="leading-regions"
      title={per10k ? t('leadingTitlePer10k') : t('leadingTitle')}
      className="leading-regions"
      queries={([] as PanelQueryState[]).concat(queries, [meta])}
      actions={
        <button type="button" className="button" onClick={download}>
          {t('downloadCsv')}
        </button>
      }
      skeleton={<div className="skeleton" style={{ height: '28rem' }} />}
    >
      <DataTable<Row>
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowHeader="direction"
        testId="leading-regions-table"
      />
    </Panel>
  );
};
