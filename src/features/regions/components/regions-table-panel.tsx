/**
 * The regions table of /regions: all 20 regions with every metric, as counts or per 10 000 residents
 * (`?per=10k`, as on the directions pages; the older `?perCapita=1` still read), the growth in volunteers,
 * the national total row, sortable (`?sort=-volunteers`), and a CSV of exactly the rows, columns, order and
 * rounding on screen.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { METRIC_IDS, type Comparison, type DirectionId, type MetricId } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { periodFileName } from '../../../lib/csv';
import { compareText } from '../../../lib/i18n/collate';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { joinSentences } from '../../../lib/i18n/sentences';
import { formatRange } from '../../../lib/period-label';
import { Link, updateSearch, useLinkWithParams, useSearchParam } from '../../../lib/router';
import { CARRIED_PARAMS, PER_10K } from '../../../lib/view-state';
import { regionsQueryOptions } from '../../../api/regions-query';
import { summaryQueryOptions } from '../../../api/summary-query';
import { directionsQueryOptions } from '../../../api/directions-query';
import { plausibleKpiOf } from '../../../lib/region-checks';
import {
  buildNationalRow,
  buildRegionRows,
  formatTableSort,
  NATIONAL_CODE,
  parseTableSort,
  perCapitaDecimals,
  regionsApartFromCountry,
  type RegionTableRow,
} from '../model/region-table';
import { regionsMessages } from '../messages';
import { useMetricText } from './use-metric-text';
import '../regions.css';

interface RegionsTablePanelProps {
  period: string;
  compare: Comparison;
  direction: DirectionId | null;
}

/**
 * The API's own figures for the whole country, for the period, comparison and direction the table shows
 * (/summary, or /directions within a direction), to check the total row against. Not one of the panel's
 * queries: the table does not wait for it, and its failure is no failure of the table; on the server, which
 * does not fetch it, the check simply waits for the browser.
 */
const useCountryFigures = (period: string, compare: Comparison, direction: DirectionId | null, nationalPopulation: number | undefined) => {
  const summary = useQuery({ ...summaryQueryOptions({ period, compare }), enabled: direction === null });
  const directions = useQuery({ ...directionsQueryOptions({ region: null, period, compare }), enabled: direction !== null });
  return useMemo(() => {
    if (direction === null) {
      if (!summary.data) return { endpoint: '/summary', figures: null };
      const figures: Partial<Record<MetricId, number | null>> = {};
      for (const metric of METRIC_IDS) figures[metric] = plausibleKpiOf(summary.data, metric, nationalPopulation)?.value ?? null;
      return { endpoint: '/summary', figures };
    }
    const values = directions.data?.directions.find((d) => d.id === direction)?.values;
    return { endpoint: '/directions', figures: values ?? null };
  }, [direction, summary.data, directions.data, nationalPopulation]);
};

export const RegionsTablePanel = ({ period, compare, direction }: RegionsTablePanelProps) => {
  const t = useMessages(regionsMessages);
  const common = useMessages(commonMessages);
  const text = useMetricText();
  const { locale, format } = useI18n();
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const regions = useQuery({ ...regionsQueryOptions({ period, compare, direction }), placeholderData: keepPreviousData });
  const country = useCountryFigures(period, compare, direction, meta.data?.nationalPopulation);
  const per = useSearchParam('per');
  const olderPerCapita = useSearchParam('perCapita');
  const perCapita = per === PER_10K || olderPerCapita === '1';
  const sort = parseTableSort(useSearchParam('sort'));

  const tableRegions = useMemo(
    () =>
      (meta.data?.regions ?? [])
        .map((r) => ({ code: r.code, name: r.name[locale], population: r.population, populationEstimated: r.populationEstimated }))
        .sort((a, b) => compareText(locale)(a.name, b.name)),
    [meta.data, locale],
  );
  const nationalPopulation = meta.data?.nationalPopulation;
  const decimals = useMemo(
    () => (perCapita ? perCapitaDecimals(regions.data, tableRegions, nationalPopulation) : null),
    [perCapita, regions.data, tableRegions, nationalPopulation],
  );
  const rows = useMemo(() => buildRegionRows(regions.data, tableRegions, { perCapita: decimals }), [regions.data, tableRegions, decimals]);
  const total = useMemo(
    () => buildNationalRow(regions.data, tableRegions, { perCapita: decimals, name: t('nationalTotal'), population: nationalPopulation }),
    [regions.data, tableRegions, decimals, t, nationalPopulation],
  );

  const apart = useMemo(
    () => (country.figures && !regions.isPlaceholderData ? regionsApartFromCountry(regions.data, tableRegions, country.figures) : []),
    [country.figures, regions.data, regions.isPlaceholderData, tableRegions],
  );

  // Regions of the list the answer has no figures for: their rows, and so the total row, read "no data".
  const unanswered = regions.data
    ? tableRegions.filter((r) => !regions.data.regions.some((x) => x.code === r.code)).map((r) => r.name)
    : [];

  const comparison = regions.data ? formatRange(format, regions.data.comparison) : null;
  const columns = useMemo<Column<RegionTableRow>[]>(() => {
    const cols: Column<RegionTableRow>[] = [
      {
        id: 'name',
        header: t('colRegion'),
        value: (row) => row.name,
        render: (row) =>
          row.code === NATIONAL_CODE ? row.name : <Link to={linkTo(`/regions/${row.code}`, CARRIED_PARAMS)}>{row.name}</Link>,
        sortable: true,
        keepWhole: true,
      },
      {
        id: 'population',
        header: t('colPopulation'),
        value: (row) => row.population,
        // An estimate is shown as one (the note under the table says what ≈ means).
        render: (row) =>
          row.population === null ? (
            <span className="no-data">{common('noData')}</span>
          ) : row.populationEstimated ? (
            <>
              ≈&#8239;{format.number(row.population)}
              <span className="visually-hidden"> ({t('estimate')})</span>
            </>
          ) : (
            format.number(row.population)
          ),
        numeric: true,
        sortable: true,
      },
      // The CSV keeps the population a number, and says in a column of its own which ones are estimates.
      {
        id: 'populationEstimated',
        header: t('colPopulationEstimated'),
        value: (row) => (row.code === NATIONAL_CODE ? null : row.populationEstimated ? t('estimateYes') : t('estimateNo')),
        csvOnly: true,
      },
    ];
    for (const metric of METRIC_IDS) {
      cols.push({
        id: metric,
        header: perCapita ? t('perCapitaHeader', { metric: text.label(metric) }) : text.label(metric),
        value: (row) => row.values[metric],
        numeric: true,
        sortable: true,
        maxFractionDigits: decimals?.[metric],
      });
    }
    cols.push({
      id: 'growth',
      header: comparison ? t('colGrowthVs', { comparison }) : t('colGrowth'),
      value: (row) => row.values.growth,
      render: (row) => {
        const v = row.values.growth;
        return v === null ? <span className="no-data">{common('noData')}</span> : format.number(v, { fractionDigits: 1, signed: true });
      },
      numeric: true,
      sortable: true,
    });
    return cols;
  }, [t, common, text, perCapita, decimals, linkTo, format, comparison]);

  const directionName = direction ? (meta.data?.directions.find((d) => d.id === direction)?.name[locale] ?? direction) : null;
  const caption = regions.data
    ? joinSentences([
        t(perCapita ? 'tableCaptionPerCapita' : 'tableCaption', { period: formatRange(format, regions.data.period) }),
        directionName && t('directionSentence', { direction: directionName }),
      ])
    : t('tablePanelTitle');

  return (
    <Panel id="regions-table" title={t('tablePanelTitle')} className="regions-table" queries={[regions, meta]}>
      <div className="regions-table__tools">
        <label className="regions-table__toggle">
          <input
            type="checkbox"
            checked={perCapita}
            onChange={(e) => updateSearch({ per: e.target.checked ? PER_10K : null, perCapita: null })}
          />
          {t('perCapitaToggle')}
        </label>
      </div>
      {unanswered.length ? (
        <p className="panel__stale" role="status" data-testid="regions-missing">
          {t('regionsMissing', { count: unanswered.length, names: unanswered.join(', ') })}
        </p>
      ) : null}
      {apart.length ? (
        <p className="panel__stale" role="status" data-testid="regions-sum-check">
          {t('sumsApart', {
            endpoint: country.endpoint,
            list: apart
              .map((a) =>
                t('sumApartItem', { metric: text.label(a.metric), regions: format.number(a.regions), country: format.number(a.country) }),
              )
              .join('; '),
          })}
        </p>
      ) : null}
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.code}
        rowHeader="name"
        totals={[total]}
        sort={sort}
        onSortChange={(next) => updateSearch({ sort: formatTableSort(next) })}
        // The growth column depends on the comparison too: a file per period and comparison.
        csvName={`regions-${regions.data ? periodFileName(regions.data.period, regions.data.comparison) : period}${direction ? `-${direction}` : ''}${perCapita ? '-per-10000' : ''}`}
        className={perCapita ? 'regions-table__per-10k' : undefined}
        testId="regions-table"
      />
      {regions.data ? (
        // Per 10 000 residents the total row is the country's own rate, not a sum of the regions' rates.
        <p className="regions-table__note">
          {t(perCapita ? 'tableNotePerCapita' : 'tableNote', { comparison: formatRange(format, regions.data.comparison) })}
        </p>
      ) : null}
      <p className="regions-table__note">{t('populationNote')}</p>
    </Panel>
  );
};
