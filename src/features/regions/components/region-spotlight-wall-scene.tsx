/**
 * The wall's region spotlight: one region's KPIs with its rank among the 20 and its per-capita figure
 * against the country, and its largest directions. The page decides which region (it cycles them).
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { METRIC_IDS, type Comparison } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { RegionFigureNotes } from '../../../components/region-figure-notes';
import { WallSceneWaiting } from '../../../components/wall-scene-waiting';
import { summaryForRegion } from '../model/spotlight';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { capitalise } from '../../../lib/i18n/messages';
import { regionQueryOptions } from '../../../api/regions-query';
import { regionsMessages } from '../messages';
import { useMetricText } from './use-metric-text';

export const RegionSpotlightWallScene = ({ code, period, compare }: { code: string; period: string; compare: Comparison }) => {
  const t = useMessages(regionsMessages);
  const text = useMetricText();
  const { locale, format } = useI18n();
  const meta = useMeta();
  const directionsTitle = useId();
  const detail = useQuery(regionQueryOptions(code, { period, compare }));
  const region = meta.data?.regions.find((r) => r.code === code);
  // A region not seen before, with its answer not here (on its way, or failing): its name, and that its
  // figures are awaited; it was a black scene under the banner.
  const heading = region ? <h2 className="wall-spotlight__name">{capitalise(region.name[locale])}</h2> : undefined;
  if (!region || !detail.data || !meta.data) return <WallSceneWaiting failed={meta.isError || detail.isError} heading={heading} />;
  const spotlight = summaryForRegion(detail.data, meta.data);
  return (
    <div className="wall-spotlight" data-testid="wall-spotlight" data-code={code}>
      {heading}
      {/* An unattended screen says why a figure is missing, as a panel does. */}
      <RegionFigureNotes answers={[detail.data, meta.data]} className="wall-figure-note" />
      <p className="wall-spotlight__facts">
        {t(region.populationEstimated ? 'populationEstimated' : 'population', { population: format.number(region.population) })}
      </p>
      <ul className="wall-spotlight__kpis">
        {METRIC_IDS.map((id) => {
          const kpi = spotlight.kpis.find((k) => k.metric === id);
          return (
            <li key={id} className="wall-spotlight__kpi">
              <span className="wall-spotlight__label">{meta.data?.metrics.find((m) => m.id === id)?.name[locale]}</span>
              <span className="wall-spotlight__value">
                {kpi?.value === null || kpi?.value === undefined ? '—' : format.number(kpi.value)}
              </span>
              <span className="wall-spotlight__rank">{kpi?.rank ? t('rank', { rank: String(kpi.rank) }) : '\u00a0'}</span>
            </li>
          );
        })}
      </ul>
      <h3 className="wall-spotlight__directions-title" id={directionsTitle}>
        {t('spotlightDirections')}
      </h3>
      <ol className="wall-spotlight__directions" aria-labelledby={directionsTitle}>
        {spotlight.topDirections.map((d) => (
          <li key={d.id}>
            {meta.data?.directions.find((x) => x.id === d.id)?.name[locale]}:{' '}
            {d.share === null ? '—' : format.percent(d.share, { fractionDigits: 1 })} ·{' '}
            {d.value === null ? '—' : text.count('volunteers', d.value)}
          </li>
        ))}
      </ol>
    </div>
  );
};
