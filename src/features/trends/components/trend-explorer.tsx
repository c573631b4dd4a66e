/**
 * Trends of any metric for the whole country or up to five regions, absolute or per 10,000 residents
 * (with the national average as a reference line then), optionally within one direction. The choice
 * lives in the URL (`regions=KZ-71,KZ-75`, `direction=`, with the page's `metric`, `per`, `period` and
 * `compare`), so a copied link shows the same chart.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useRef } from 'react';
import { DIRECTION_IDS, type Comparison, type DirectionId, type MetricId, type RegionCode } from '../../../api/contract';
import { directionsQueryOptions } from '../../../api/directions-query';
import { useMeta } from '../../../api/meta-query';
import { regionsQueryOptions } from '../../../api/regions-query';
import { summaryQueryOptions } from '../../../api/summary-query';
import { byLocalisedName } from '../../../lib/i18n/collate';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { capitalise } from '../../../lib/i18n/messages';
import { ownData } from '../../../lib/own-data';
import { updateSearch, useSearchParam } from '../../../lib/router';
import { trendsMessages } from '../messages';
import { totalsForExplorer } from '../model/period-totals';
import { MAX_REGIONS, NATIONAL_KEY, parseIdList } from '../model/trend-model';
import { TrendChartPanel, type TrendSeriesSpec } from './trend-chart-panel';

interface TrendExplorerProps {
  metric: MetricId;
  per10k: boolean;
  period: string;
  compare: Comparison;
  /** A direction's page fixes the direction; elsewhere the URL's `direction` chooses it (none: all). */
  fixedDirection?: DirectionId;
  /** The URL's direction when not fixed (validated by the page). */
  direction?: DirectionId | null;
}

export const TrendExplorer = ({ metric, per10k, period, compare, fixedDirection, direction = null }: TrendExplorerProps) => {
  const t = useMessages(trendsMessages);
  const common = useMessages(commonMessages);
  const { locale } = useI18n();
  const meta = useMeta();
  const id = useId();
  const regionsRaw = useSearchParam('regions');
  const regions = meta.data?.regions ?? [];
  const parsed = meta.data
    ? parseIdList(
        regionsRaw,
        regions.map((r) => r.code),
        MAX_REGIONS,
      )
    : { values: [], invalid: null };
  const chosen: RegionCode[] = parsed.values;
  const activeDirection = fixedDirection ?? direction;
  const nationalPopulation = meta.data?.nationalPopulation ?? null;
  const directionName = activeDirection
    ? (meta.data?.directions.find((d) => d.id === activeDirection)?.name[locale] ?? activeDirection)
    : null;

  const national: TrendSeriesSpec = {
    key: NATIONAL_KEY,
    label: t('national'),
    styleIndex: 0,
    region: null,
    direction: activeDirection,
    population: nationalPopulation,
  };
  const specs: TrendSeriesSpec[] = chosen.length
    ? [
        ...chosen.map((code, i) => ({
          key: code,
          label: regions.find((r) => r.code === code)?.name[locale] ?? code,
          styleIndex: i + 1,
          region: code,
          direction: activeDirection,
          population: regions.find((r) => r.code === code)?.population ?? null,
        })),
        // Per 10,000 residents the country is comparable with its regions: a reference line.
        ...(per10k ? [national] : []),
      ]
    : [national];

  // The answers the page's tiles, breakdown and tables show for the same period: their totals in the
  // sentences (the same queries, so nothing more is asked where those panels are on screen). Not another
  // period's answers, kept while this one's are asked.
  const summary = ownData(useQuery({ ...summaryQueryOptions({ period, compare }), enabled: activeDirection === null }));
  const byDirection = ownData(
    useQuery({ ...directionsQueryOptions({ region: null, period, compare }), enabled: activeDirection !== null }),
  );
  const byRegion = ownData(
    useQuery({ ...regionsQueryOptions({ period, compare, direction: activeDirection }), enabled: chosen.length > 0 }),
  );
  const populations = useMemo(
    () => ({ national: meta.data?.nationalPopulation, byCode: new Map((meta.data?.regions ?? []).map((r) => [r.code, r.population])) }),
    [meta.data],
  );
  const totals = useMemo(
    () => totalsForExplorer({ metric, direction: activeDirection, summary, directions: byDirection, regions: byRegion, populations }),
    [metric, activeDirection, summary, byDirection, byRegion, populations],
  );

  const setRegions = (codes: readonly string[]) => updateSearch({ regions: codes.length ? codes.join(',') : null });
  const toggle = (code: string, on: boolean) => setRegions(on ? [...chosen, code] : chosen.filter((c) => c !== code));
  const sorted = byLocalisedName(regions, locale);
  const full = chosen.length >= MAX_REGIONS;
  const summaryRef = useRef<HTMLElement>(null);

  const controls = (
    <div className="trend-controls">
      {parsed.invalid !== null ? (
        <p className="notice" role="status">
          {common('badParam', { name: 'regions' })}
        </p>
      ) : null}
      {fixedDirection ? null : (
        <div className="trend-controls__field">
          <label htmlFor={`${id}-direction`}>{t('directionFilter')}</label>
          <select id={`${id}-direction`} value={direction ?? ''} onChange={(e) => updateSearch({ direction: e.target.value || null })}>
            <option value="">{t('allDirections')}</option>
            {DIRECTION_IDS.map((d) => (
              <option key={d} value={d}>
                {meta.data?.directions.find((x) => x.id === d)?.name[locale] ?? d}
              </option>
            ))}
          </select>
        </div>
      )}
      <details>
        <summary ref={summaryRef}>
          {t('regionsLegend')} · {chosen.length ? t('regionsChosen', { count: chosen.length }) : t('regionsNone')}
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('regionsLegend')}</legend>
          <ul className="trend-controls__options">
            {sorted.map((r) => {
              const on = chosen.includes(r.code);
              return (
                <li key={r.code}>
                  <label>
                    <input type="checkbox" checked={on} disabled={!on && full} onChange={(e) => toggle(r.code, e.target.checked)} />
                    {/* Each choice's label starts with a capital: «Область Абай», as «Акмолинская область». */}
                    {capitalise(r.name[locale])}
                  </label>
                </li>
              );
            })}
          </ul>
          {/* Always there, so that reaching the limit is said (the other boxes fall silent and out of the Tab order). */}
          <p className="trend-controls__hint" role="status">
            {full ? t('regionsLimit') : ''}
          </p>
          {chosen.length ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setRegions([]);
                // The button goes with the choice: focus to the list's summary, not the page's body (WCAG 2.4.3).
                summaryRef.current?.focus();
              }}
            >
              {t('clearRegions')}
            </button>
          ) : null}
        </fieldset>
      </details>
    </div>
  );

  return (
    <TrendChartPanel
      id="trends"
      title={t('panelTitle')}
      tabParam="trtab"
      specs={specs}
      metric={metric}
      per10k={per10k}
      period={period}
      compare={compare}
      scope={directionName ?? t('scopeAllDirections')}
      fileName={`trend-${metric}${per10k ? '-per10k' : ''}${activeDirection ? `-${activeDirection}` : ''}`}
      fileSelection={chosen.join('-') || 'kz'}
      controls={controls}
      note={chosen.length && per10k ? t('nationalReference') : undefined}
      totals={totals}
    />
  );
};
