/**
 * The wall's map scene: volunteers per 10,000 residents in every region, with the value written on
 * each region (nobody can hover a wall) and the legend beside the map. On an upright screen the regions'
 * ranking fills the room below the map (wall.css; the list is hidden on a landscape one).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Comparison } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { RegionChoropleth } from '../../../components/region-choropleth';
import { RegionFigureNotes } from '../../../components/region-figure-notes';
import { WallSceneWaiting } from '../../../components/wall-scene-waiting';
import { useAppSettings } from '../../../config/app-settings';
import type { MapMetric } from '../../../lib/view-state';
import { regionsQueryOptions } from '../../../api/regions-query';
import { mapMetricSpec, mapMetricValues } from '../model/map-metrics';
import { useMetricText } from './use-metric-text';

const WALL_METRIC: MapMetric = 'volunteersPer10k';

export const RegionMapWallScene = ({ period, compare }: { period: string; compare: Comparison }) => {
  const text = useMetricText();
  const { config } = useAppSettings();
  const meta = useMeta();
  const regions = useQuery({ ...regionsQueryOptions({ period, compare, direction: null }), placeholderData: keepPreviousData });
  const metaRegions = meta.data?.regions;
  const values = useMemo(() => (metaRegions ? mapMetricValues(WALL_METRIC, regions.data, metaRegions) : []), [regions.data, metaRegions]);
  // Labels on every region must be short (the legend's title says what the numbers are); the summary
  // sentence above the map says them with their unit.
  const formatValue = useCallback((v: number) => text.value(WALL_METRIC, v), [text]);
  const formatBare = useCallback((v: number, options?: { groupFourDigits: boolean }) => text.bare(WALL_METRIC, v, options), [text]);
  // Before its answer, no map: drawn without values it said that no region has data.
  if (!metaRegions || !regions.data) return <WallSceneWaiting failed={meta.isError || regions.isError} />;
  return (
    <div className="wall-map" data-testid="wall-map">
      {/* An unattended screen says why a region shows no data, as a panel does. */}
      <RegionFigureNotes answers={[regions.data, meta.data]} className="wall-figure-note" />
      <RegionChoropleth
        values={values}
        regions={metaRegions}
        formatValue={formatValue}
        formatLegendValue={formatBare}
        formatLabelValue={formatBare}
        decimals={mapMetricSpec(WALL_METRIC).decimals}
        metricLabel={text.label(WALL_METRIC)}
        showValueLabels
        showList="static"
        tileUrl={config.mapTileUrl}
      />
    </div>
  );
};
