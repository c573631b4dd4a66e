/**
 * One direction by region, for its page: a sentence with the national figure, its share of all
 * directions and its change, then the regions table (rank, value, per 10,000 residents, share of the
 * direction, comparison value, change), sortable, with a CSV of what it shows.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Comparison, DirectionId, MetricId } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { periodFileName } from '../../../lib/csv';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { roundAsShown } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { capitalise } from '../../../lib/i18n/messages';
import { formatRange } from '../../../lib/period-label';
import { Link, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { directionsQueryOptions } from '../../../api/directions-query';
import { regionsQueryOptions } from '../../../api/regions-query';
import { directionsMessages } from '../messages';
import { buildBreakdown, rankRegions, shownDecimals, type RegionFigure } from '../model/directions-model';
import './directions.css';

/** What a view of one direction across the regions (this table, the direction map) is given. */
export interface DirectionViewProps {
  direction: DirectionId;
  period: string;
  compare: Comparison;
  metric: MetricId;
  per10k: boolean;
}

type Row = RegionFigure & { name: string };

export const DirectionRegions = ({ direction, period, compare, metric, per10k }: DirectionViewProps) => {
  const t = useMessages(directionsMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const regionsQuery = useQuery({ ...regionsQueryOptions({ direction, period, compare }), placeholderData: keepPreviousData });
  const nationalQuery = useQuery({ ...directionsQueryOptions({ region: null, period, compare }), placeholderData: keepPreviousData });
  const data = regionsQuery.data;
  const by = per10k ? 'per10k' : 'absolute';
  const regions = meta.data?.regions;

  const figures = useMemo(() => {
    if (!data || !regions) return [];
    const populations = new Map(regions.map((r) => [r.code, r.population]));
    return rankRegions(data.regions, metric, populations, by);
  }, [data, regions, metric, by]);
  const breakdown = useMemo(
    () => (nationalQuery.data && meta.data ? buildBreakdown(nationalQuery.data.directions, meta.data.directions, metric) : null),
    [nationalQuery.data, meta.data, metric],
  );

  const directionName = meta.data?.directions.find((d) => d.id === direction)?.name[locale] ?? direction;
  const metricName = meta.data?.metrics.find((m) => m.id === metric)?.name[locale] ?? metric;
  const periodText = data ? formatRange(format, data.period) : '';
  const comparisonText = data ? formatRange(format, data.comparison) : '';
  const rows: Row[] = figures.map((f) => ({ ...f, name: regions?.find((r) => r.code === f.code)?.name[locale] ?? f.code }));
  const changeOf = (r: Row) => roundAsShown(r.change?.percent, 1);
  // Rates as the map writes them (`shownDecimals`), whatever the regions are ranked by.
  const rateDigits = shownDecimals(figures, 'per10k');
  const noData = <span className="no-data">{common('noData')}</span>;

  const columns: Column<Row>[] = [
    { id: 'rank', header: t('rank'), value: (r) => r.rank, numeric: true, sortable: true },
    {
      id: 'region',
      header: t('region'),
      value: (r) => r.name,
      render: (r) => <Link to={linkTo(`/regions/${r.code}`, CARRIED_PARAMS, { direction })}>{r.name}</Link>,
      sortable: true,
      keepWhole: true,
    },
    { id: 'value', header: t('value', { metric: metricName, period: periodText }), value: (r) => r.value, numeric: true, sortable: true },
    {
      id: 'per10k',
      header: t('perTenThousand'),
      value: (r) => roundAsShown(r.per10k, rateDigits),
      render: (r) => (r.per10k === null ? noData : format.number(r.per10k, { fractionDigits: rateDigits })),
      numeric: true,
      sortable: true,
    },
    {
      id: 'share',
      header: t('shareOfDirection'),
      value: (r) => r.displayShare,
      render: (r) => (r.displayShare === null ? noData : format.number(r.displayShare, { fractionDigits: 1 })),
      numeric: true,
      sortable: true,
    },
    {
      id: 'previous',
      header: t('previousValue', { metric: metricName, period: comparisonText }),
      value: (r) => r.previous,
      numeric: true,
      sortable: true,
    },
    {
      id: 'change',
      header: t('change'),
      value: changeOf,
      render: (r) => {
        const v = changeOf(r);
        return v === null ? noData : format.number(v, { fractionDigits: 1, signed: true });
      },
      numeric: true,
      sortable: true,
    },
  ];

  const national = breakdown?.rows.find((r) => r.id === direction);
  const stats =
    national && national.value !== null && national.displayShare !== null
      ? capitalise(
          t('directionStats', {
            period: periodText,
            value: format.number(national.value),
            share: format.percent(national.displayShare, { fractionDigits: 1 }),
          }),
        )
      : '';
  const caption = t('regionsCaption', {
    direction: directionName,
    metric: per10k ? `${metricName}, ${t('per10kUnit')}` : metricName,
    period: periodText,
  });

  return (
    <Panel
      id="direction-regions"
      title={t('regionsTitle', { direction: directionName })}
      queries={[regionsQuery, nationalQuery, meta]}
      skeleton={<div className="skeleton direction-regions__skeleton" />}
    >
      {stats ? (
        <p className="direction-page__stats" data-testid="direction-stats">
          {stats}
        </p>
      ) : null}
      <DataTable<Row>
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
        rowHeader="region"
        defaultSort={null}
        csvName={`${direction}-regions-${metric}-${data ? periodFileName(data.period, data.comparison) : ''}`}
        testId="direction-regions-table"
      />
    </Panel>
  );
};
