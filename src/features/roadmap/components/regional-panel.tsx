/**
 * Each indicator's progress per region, for the indicators the API splits by region: an indicator
 * selector, the map of progress (the shared regional choropleth, loaded lazily) and a sortable table
 * (progress, actual, regional 2026 target, left to target). Indicator and sort live in the URL
 * (`?indicator=organisations&rsort=-progress`); a region on the map opens its page.
 */
import '../roadmap.css';
import { useId, useMemo } from 'react';
import { useMeta } from '../../../api/meta-query';
import { DataTable, type Column, type SortState } from '../../../components/data-table';
import { RegionChoropleth } from '../../../components/region-choropleth';
import { useAppSettings } from '../../../config/app-settings';
import { Panel } from '../../../components/panel';
import { roundAsShown, type NumberOptions } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { Link, navigate, updateSearch, useLinkWithParams, useSearchParam } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { roadmapMessages } from '../messages';
import { formatIndicatorValue, formatProgress, roundForUnit } from '../model/format-value';
import { indicatorsWithRegions, regionalProgress, type RegionalProgress } from '../model/regional';
import { useRoadmap } from '../use-roadmap';
import { ProgressBar } from './progress-bar';

const SORT_COLUMNS = ['region', 'actual', 'target', 'progress', 'remaining'] as const;
const DEFAULT_SORT: SortState = { column: 'progress', descending: true };

const parseSort = (raw: string | null): SortState | null => {
  if (!raw) return null;
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  return (SORT_COLUMNS as readonly string[]).includes(column) ? { column, descending } : null;
};

interface Row extends RegionalProgress {
  name: string;
}

export const RegionalPanel = () => {
  const t = useMessages(roadmapMessages);
  const { locale, format } = useI18n();
  const { data, query, day } = useRoadmap();
  const meta = useMeta();
  const id = useId();
  const linkTo = useLinkWithParams();
  const requested = useSearchParam('indicator');
  const sort = parseSort(useSearchParam('rsort')) ?? DEFAULT_SORT;
  const names = new Map((meta.data?.regions ?? []).map((r) => [r.code, r.name[locale]]));
  const listed = useMemo(() => (meta.data ? new Set(meta.data.regions.map((r) => r.code)) : null), [meta.data]);
  const { config } = useAppSettings();
  // Derived once per response and choice: the map recolours in place when `mapValues` changes.
  const { candidates, indicator, progress, mapValues } = useMemo(() => {
    const withRegions = data ? indicatorsWithRegions(data.indicators) : [];
    const chosen = withRegions.find((i) => i.id === requested) ?? withRegions[0];
    const perRegion = regionalProgress(chosen?.byRegion ?? null, listed);
    return {
      candidates: withRegions,
      indicator: chosen,
      progress: perRegion,
      mapValues: perRegion.map((r) => ({ code: r.code, value: r.progressPercent })),
    };
  }, [data, requested, listed]);
  const rows: Row[] = progress.map((r) => ({ ...r, name: names.get(r.code) ?? r.code }));
  const metCount = rows.filter((r) => r.met).length;
  const unit = indicator?.unit ?? 'count';
  // Written as the table formats its columns (four-digit figures grouped where five-digit ones are among them).
  const v = (n: number | null, numberFormat: NumberOptions) =>
    n === null ? <span className="no-data">—</span> : formatIndicatorValue(format, unit, n, numberFormat);
  const raw = (n: number | null) => (n === null ? null : roundForUnit(unit, n));

  const columns: Column<Row>[] = [
    {
      id: 'region',
      header: t('colRegion'),
      value: (r) => r.name,
      render: (r) => <Link to={linkTo(`/regions/${r.code}`, CARRIED_PARAMS)}>{r.name}</Link>,
      sortable: true,
      keepWhole: true,
    },
    {
      id: 'progress',
      header: t('colShare'),
      value: (r) => roundAsShown(r.progressPercent, 1),
      render: (r) => <ProgressBar percent={r.progressPercent} compact testId={`region-progress-${r.code}`} />,
      numeric: true,
      sortable: true,
    },
    { id: 'actual', header: t('colActual'), value: (r) => raw(r.actual), render: (r, f) => v(r.actual, f), numeric: true, sortable: true },
    { id: 'target', header: t('colTarget'), value: (r) => raw(r.target), render: (r, f) => v(r.target, f), numeric: true, sortable: true },
    {
      id: 'remaining',
      header: t('colRemaining'),
      value: (r) => raw(r.remaining),
      render: (r, f) => v(r.remaining, f),
      numeric: true,
      sortable: true,
    },
  ];
  const indicatorName = indicator?.name[locale] ?? '';

  return (
    <Panel id="roadmap-regions" title={t('regionalTitle')} queries={[query, meta]} skeleton={<div className="rm-skeleton" />}>
      {indicator ? (
        <>
          <div className="rm-filters">
            <label htmlFor={`${id}-indicator`}>{t('regionalIndicator')}</label>
            <select id={`${id}-indicator`} value={indicator.id} onChange={(e) => updateSearch({ indicator: e.target.value })}>
              {candidates.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name[locale]}
                </option>
              ))}
            </select>
          </div>
          <p className="panel__subtitle">{t('regionalNote')}</p>
          <p data-testid="regional-met">{t('regionalMetCount', { count: metCount })}</p>
          <div className={`rm-regional${meta.data ? ' rm-regional--with-map' : ''}`}>
            {meta.data ? (
              <div className="rm-regional__map">
                <RegionChoropleth
                  values={mapValues}
                  regions={meta.data.regions}
                  formatValue={(p) => formatProgress(format, p)}
                  decimals={1}
                  // No class holds regions both short of their target and past it.
                  breakAt={100}
                  metricLabel={t('regionalMapLabel', { name: indicatorName })}
                  onSelect={(code) => navigate(linkTo(`/regions/${code}`, CARRIED_PARAMS))}
                  hrefOf={(code) => linkTo(`/regions/${code}`, CARRIED_PARAMS)}
                  tileUrl={config.mapTileUrl}
                  mapHeight="24rem"
                  showList={false}
                  picture={{
                    title: t('regionalMapLabel', { name: indicatorName }),
                    subtitle: t('regionalNote'),
                    asOf: query.data ? new Date(query.data.asOf) : null,
                    demo: meta.data.demo,
                    fileName: `roadmap-map-${indicator.id}`,
                  }}
                />
              </div>
            ) : null}
            <div className="rm-regional__table">
              <DataTable
                caption={t('regionalCaption', { name: indicatorName })}
                columns={columns}
                rows={rows}
                rowKey={(r) => r.code}
                rowHeader="region"
                sort={sort}
                onSortChange={(next) =>
                  updateSearch({
                    rsort: next.column === DEFAULT_SORT.column && next.descending ? null : `${next.descending ? '-' : ''}${next.column}`,
                  })
                }
                csvName={['roadmap-regions', indicator.id, day].filter(Boolean).join('-')}
                testId="roadmap-regions"
                className="rm-regional-table"
              />
            </div>
          </div>
        </>
      ) : (
        <p className="no-data">{t('noRegional')}</p>
      )}
    </Panel>
  );
};
