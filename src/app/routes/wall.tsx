/**
 * `/wall`: the unattended display. Composes scenes from the features; the frame (src/features/wall)
 * owns rotation, clock, staleness and presenter keys. Polling goes on in a hidden tab here, and the
 * cache is saved so a rebooted screen shows its last data.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useMeta } from '../../api/meta-query';
import { DirectionsWallScene } from '../../features/directions/components/directions-wall-scene';
import { RegionMapWallScene } from '../../features/regions/components/region-map-wall-scene';
import { RegionSpotlightWallScene } from '../../features/regions/components/region-spotlight-wall-scene';
import { RoadmapWallScene } from '../../features/roadmap/components/roadmap-wall-scene';
import { KpiWallScene } from '../../features/summary/components/kpi-wall-scene';
import { PeriodCaption } from '../../features/summary/components/period-caption';
import { WallFrame, type WallScene } from '../../features/wall/components/wall-frame';
import { wallMessages } from '../../features/wall/messages';
import { parseWallConfig, quotedParam, spotlightRegion, wallRotates, type WallSceneId } from '../../features/wall/model/wall-config';
import { useMessages } from '../../lib/i18n/i18n-context';
import { useBackgroundPolling } from '../../lib/background-polling';
import { useKeepCachedData } from '../../lib/keep-cached-data';
import { persistQueryCache } from '../../lib/persisted-cache';
import { invalidRefresh } from '../../lib/refresh';
import { useLocation, useSearchParam } from '../../lib/router';
import { CARRIED_PARAMS, useComparisonParam, usePeriodParam } from '../../lib/view-state';
import { BENCH_PARAM } from '../bench-hook';
import { wallStart } from '../wall-start';

/** The parameters the wall takes besides its own, without a note: what the other pages carry, and the benchmark's. */
const APP_PARAMS: readonly string[] = [...CARRIED_PARAMS, BENCH_PARAM];

export const WallPage = () => {
  const t = useMessages(wallMessages);
  const client = useQueryClient();
  const { search } = useLocation();
  const meta = useMeta();
  const { value: period, invalid: periodInvalid } = usePeriodParam();
  const { value: compare, invalid: compareInvalid } = useComparisonParam();
  const refreshInvalid = invalidRefresh(useSearchParam('refresh'));
  const codes = useMemo(() => meta.data?.regions.map((r) => r.code) ?? [], [meta.data]);
  const config = useMemo(() => parseWallConfig(search, codes, APP_PARAMS), [search, codes]);

  // An operations-room screen may look "hidden" to the browser (a TV, another window on top): keep polling.
  useBackgroundPolling();
  // A scene off screen for longer than an outage lasts keeps its last good data (and the saved copy does).
  useKeepCachedData(client);
  useEffect(() => persistQueryCache(client), [client]);

  const scenesById: Record<WallSceneId, WallScene> = {
    // The only scene with changes: the others (values, shares, ranks) name no comparison period.
    kpi: {
      id: 'kpi',
      title: t('sceneKpi'),
      ofPeriod: true,
      compares: true,
      render: () => <KpiWallScene period={period} compare={compare} />,
    },
    map: { id: 'map', title: t('sceneMap'), ofPeriod: true, render: () => <RegionMapWallScene period={period} compare={compare} /> },
    directions: {
      id: 'directions',
      title: t('sceneDirections'),
      ofPeriod: true,
      render: () => <DirectionsWallScene period={period} compare={compare} />,
    },
    // The roadmap's figures are its own (progress to the end of 2026), whatever the period.
    roadmap: { id: 'roadmap', title: t('sceneRoadmap'), ofPeriod: false, render: () => <RoadmapWallScene /> },
    spotlight: {
      id: 'spotlight',
      title: t('sceneSpotlight'),
      ofPeriod: true,
      render: (appearance) => {
        const code = spotlightRegion(appearance, codes, config.region);
        return code ? <RegionSpotlightWallScene code={code} period={period} compare={compare} /> : null;
      },
    },
  };
  const scenes = config.scenes.map((id) => scenesById[id]);
  // Every parameter of the link that was not understood, the app-wide ones too: a mistyped `refresh=30`
  // polled every minute without a word, and `period=bogus` showed the year to date.
  const appWide = Object.entries({ period: periodInvalid, compare: compareInvalid, refresh: refreshInvalid });
  const ignored = [...config.ignored, ...appWide.filter(([, raw]) => raw !== null).map(([name, raw]) => quotedParam(`${name}=${raw}`))];

  return (
    <WallFrame
      scenes={scenes}
      periodCaption={(withComparison) => (
        <PeriodCaption className="wall__period" period={period} compare={compare} withComparison={withComparison} />
      )}
      seconds={config.seconds}
      rotates={wallRotates(config)}
      ignored={ignored}
      restored={wallStart.restored}
      fullscreenKey={config.fullscreenKey}
    />
  );
};
