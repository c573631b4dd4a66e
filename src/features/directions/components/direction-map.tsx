/**
 * One direction's map: the regions coloured by the direction's figure (absolute or per 10,000
 * residents), with the shared map's summary in words and legend. The regions table of the page lists
 * the regions, so the map's own list is off. A click opens the region's page within this direction.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useMeta } from '../../../api/meta-query';
import { RegionChoropleth } from '../../../components/region-choropleth';
import { Panel } from '../../../components/panel';
import { RegionChoroplethPlaceholder } from '../../../components/region-choropleth-placeholder';
import { useAppSettings } from '../../../config/app-settings';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { periodFileName } from '../../../lib/csv';
import { formatRange } from '../../../lib/period-label';
import { navigate, useLinkWithParams } from '../../../lib/router';
import { CARRIED_PARAMS } from '../../../lib/view-state';
import { regionsQueryOptions } from '../../../api/regions-query';
import { directionsMessages } from '../messages';
import { rankRegions, shownDecimals } from '../model/directions-model';
import type { DirectionViewProps } from './direction-regions';
import './directions.css';

export const DirectionMap = ({ direction, period, compare, metric, per10k }: DirectionViewProps) => {
  const t = useMessages(directionsMessages);
  const { locale, format } = useI18n();
  const { config } = useAppSettings();
  const linkTo = useLinkWithParams();
  const meta = useMeta();
  const query = useQuery({ ...regionsQueryOptions({ direction, period, compare }), placeholderData: keepPreviousData });
  const regions = meta.data?.regions;
  const data = query.data;

  // Written as the table beside it writes them (`shownDecimals`).
  const { values, decimals } = useMemo(() => {
    const by = per10k ? 'per10k' : 'absolute';
    if (!data || !regions) return { values: [], decimals: shownDecimals([], by) };
    const populations = new Map(regions.map((r) => [r.code, r.population]));
    const ranked = rankRegions(data.regions, metric, populations, by);
    return { values: ranked.map((f) => ({ code: f.code, value: per10k ? f.per10k : f.value })), decimals: shownDecimals(ranked, by) };
  }, [data, regions, metric, per10k]);
  const formatValue = useCallback((v: number) => format.number(v, { fractionDigits: decimals }), [format, decimals]);
  const hrefOf = useCallback(
    // The region page's map takes every metric this page has (lib/view-state's MAP_METRICS).
    (code: string) => linkTo(`/regions/${code}`, CARRIED_PARAMS, { direction }),
    [linkTo, direction],
  );
  const onSelect = useCallback(
    (code: string) => {
      navigate(hrefOf(code));
      window.scrollTo(0, 0);
    },
    [hrefOf],
  );

  const directionName = meta.data?.directions.find((d) => d.id === direction)?.name[locale] ?? direction;
  const metricName = meta.data?.metrics.find((m) => m.id === metric)?.name[locale] ?? metric;
  const label = per10k ? t('mapMetric', { metric: metricName, measure: t('per10kUnit') }) : metricName;

  return (
    <Panel
      id="direction-map"
      title={t('mapTitle', { direction: directionName })}
      queries={[query, meta]}
      skeleton={<RegionChoroplethPlaceholder showList={false} />}
    >
      {/* Its line is kept while the figures come, so the map below it does not move down a line. */}
      <p className="panel__subtitle">{data ? formatRange(format, data.period) : '\u00a0'}</p>
      {regions ? (
        <RegionChoropleth
          values={values}
          regions={regions}
          formatValue={formatValue}
          decimals={decimals}
          metricLabel={label}
          onSelect={onSelect}
          hrefOf={hrefOf}
          tileUrl={config.mapTileUrl}
          showList={false}
          picture={{
            // As on the regions' map: what is mapped, then the direction ("Map: …" is the panel's title, not the picture's).
            title: `${label} · ${directionName}`,
            subtitle: data ? formatRange(format, data.period) : undefined,
            asOf: data ? new Date(data.asOf) : null,
            demo: meta.data?.demo ?? false,
            fileName: `map-${direction}-${metric}${per10k ? '-per10k' : ''}-${data ? periodFileName(data.period) : ''}`,
          }}
        />
      ) : null}
    </Panel>
  );
};
