/**
 * The map panel of the overview, /regions and a region page: metric and direction selectors (both in
 * the URL), the choropleth with its legend, summary and ranked list. Clicking or pressing Enter on a
 * region opens its page, carrying the view (language, period, comparison, metric, direction).
 *
 * A new metric, direction or period recolours the same map: the previous data stays on screen while
 * the next arrives (keepPreviousData), so the map is never unmounted and never flickers.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo } from 'react';
import type { Comparison, DirectionId } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { RegionChoropleth } from '../../../components/region-choropleth';
import { DirectionOptions } from '../../../components/direction-options';
import { Panel } from '../../../components/panel';
import { RegionChoroplethPlaceholder } from '../../../components/region-choropleth-placeholder';
import { useAppSettings } from '../../../config/app-settings';
import { periodFileName } from '../../../lib/csv';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { formatRange, periodMessages, periodSentence } from '../../../lib/period-label';
import { navigate, updateSearch, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS, MAP_METRICS, mapMetricSearch, type MapMetric } from '../../../lib/view-state';
import { regionsQueryOptions } from '../../../api/regions-query';
import { mapMetricSpec, mapMetricValues } from '../model/map-metrics';
import { regionsMessages } from '../messages';
import { useMetricText } from './use-metric-text';
import '../regions.css';

interface RegionMapPanelProps {
  period: string;
  compare: Comparison;
  direction: DirectionId | null;
  metric: MapMetric;
  /** A region page: zoom to it and outline it. */
  focusCode?: string | null;
  title?: string;
  mapHeight?: string;
  showList?: boolean;
}

export const RegionMapPanel = ({
  period,
  compare,
  direction,
  metric,
  focusCode = null,
  title,
  mapHeight,
  showList = true,
}: RegionMapPanelProps) => {
  const t = useMessages(regionsMessages);
  const periodText = useMessages(periodMessages);
  const text = useMetricText();
  const { locale, format } = useI18n();
  const { config } = useAppSettings();
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const regions = useQuery({ ...regionsQueryOptions({ period, compare, direction }), placeholderData: keepPreviousData });
  const metricId = useId();
  const directionId = useId();

  const metaRegions = meta.data?.regions;
  const values = useMemo(
    () => (metaRegions ? mapMetricValues(metric, regions.data, metaRegions) : []),
    [metric, regions.data, metaRegions],
  );
  const formatValue = useCallback((v: number) => text.value(metric, v), [text, metric]);
  const formatLegendValue = useCallback(
    (v: number, options: { groupFourDigits: boolean }) => text.bare(metric, v, options),
    [text, metric],
  );
  const hrefOf = useCallback((code: string) => linkTo(`/regions/${code}`, CARRIED_PARAMS), [linkTo]);
  const onSelect = useCallback(
    (code: string) => {
      navigate(hrefOf(code));
      window.scrollTo(0, 0);
    },
    [hrefOf],
  );

  // A change (growth) is nothing without its base: its picture and file name say what it is compared with.
  const isChange = mapMetricSpec(metric).kind === 'growth';
  const directionName = direction ? (meta.data?.directions.find((d) => d.id === direction)?.name[locale] ?? direction) : null;
  const subtitle = regions.data
    ? [
        periodSentence(format, periodText, regions.data, meta.data?.dataFrom),
        directionName ? t('directionSentence', { direction: directionName }) : '',
      ]
        .filter(Boolean)
        .join(' · ')
    : '\u00a0';

  const controls = (
    <div className="region-map__controls">
      <span className="field">
        <label htmlFor={metricId}>{t('metricSelect')}</label>
        <select
          id={metricId}
          value={metric}
          onChange={(e) => updateSearch(mapMetricSearch(e.target.value as MapMetric))}
          data-testid="map-metric"
        >
          {MAP_METRICS.map((m) => (
            <option key={m} value={m}>
              {text.label(m)}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={directionId}>{t('directionSelect')}</label>
        <select
          id={directionId}
          value={direction ?? ''}
          onChange={(e) => updateSearch({ direction: e.target.value || null })}
          data-testid="map-direction"
        >
          <DirectionOptions directions={meta.data?.directions ?? []} allLabel={t('allDirections')} />
        </select>
      </span>
    </div>
  );

  return (
    <Panel
      id="region-map"
      title={title ?? t('mapPanelTitle')}
      className="region-map"
      actions={controls}
      queries={[regions, meta]}
      skeleton={
        <>
          <p className="panel__subtitle">{'\u00a0'}</p>
          <RegionChoroplethPlaceholder mapHeight={mapHeight} showList={showList} />
        </>
      }
    >
      <p className="panel__subtitle">{subtitle}</p>
      {metaRegions ? (
        <RegionChoropleth
          values={values}
          regions={metaRegions}
          formatValue={formatValue}
          formatLegendValue={formatLegendValue}
          decimals={mapMetricSpec(metric).decimals}
          metricLabel={text.label(metric)}
          onSelect={onSelect}
          hrefOf={hrefOf}
          focusCode={focusCode}
          tileUrl={config.mapTileUrl}
          mapHeight={mapHeight}
          showList={showList}
          picture={{
            title: directionName ? `${text.label(metric)} · ${directionName}` : text.label(metric),
            subtitle: regions.data
              ? isChange
                ? periodSentence(format, periodText, regions.data, meta.data?.dataFrom)
                : formatRange(format, regions.data.period)
              : undefined,
            asOf: regions.data ? new Date(regions.data.asOf) : null,
            demo: meta.data?.demo ?? false,
            fileName: `map-${metric}${direction ? `-${direction}` : ''}-${regions.data ? periodFileName(regions.data.period, isChange ? regions.data.comparison : undefined) : ''}`,
          }}
        />
      ) : null}
    </Panel>
  );
};
