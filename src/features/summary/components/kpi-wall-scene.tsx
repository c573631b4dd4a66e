/** The wall's national KPI scene: six large numbers with their change in words, readable from across a room. */
import { useQuery } from '@tanstack/react-query';
import { METRIC_IDS, type Comparison } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { kpiTileMessages } from '../../../components/kpi-tile';
import { WallSceneWaiting } from '../../../components/wall-scene-waiting';
import { changeSentence, computeChange } from '../../../lib/change';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { plausibleKpiOf } from '../../../lib/region-checks';
import { RegionFigureNotes } from '../../../components/region-figure-notes';
import { summaryQueryOptions } from '../../../api/summary-query';
import { MissingKpisNote } from './kpi-tiles';

export const KpiWallScene = ({ period, compare }: { period: string; compare: Comparison }) => {
  // The tiles' words: the wall says the same as the overview.
  const t = useMessages(kpiTileMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const summary = useQuery(summaryQueryOptions({ period, compare }));
  const meta = useMeta();
  const comparison = t(compare === 'yearAgo' ? 'vsYearAgo' : 'vsPrevious');
  // Before its answers, not six tiles of "no data", nor six numbers without their names (/meta names them).
  const metrics = meta.data?.metrics;
  if (!summary.data || !metrics) return <WallSceneWaiting failed={summary.isError || meta.isError} />;

  return (
    <>
      {/* An unattended screen says why a figure is missing, as a panel does. */}
      <RegionFigureNotes answers={[summary.data, meta.data]} className="wall-figure-note" />
      <MissingKpisNote answer={summary.data} className="wall-figure-note" />
      <ul className="wall-kpis">
        {METRIC_IDS.map((id) => {
          const kpi = plausibleKpiOf(summary.data, id, meta.data?.nationalPopulation);
          const name = metrics.find((m) => m.id === id)?.name[locale] ?? id;
          const change = computeChange(kpi?.value ?? null, kpi?.previous ?? null);
          // Growth from nothing is left unsaid on the wall; its line is kept, so the tiles stay level.
          const changeText = change && change.percent !== null ? changeSentence(change, format, t, comparison) : '\u00a0';
          return (
            <li key={id} className="wall-kpi">
              <p className="wall-kpi__name">{name}</p>
              <p className="wall-kpi__value" data-testid={`wall-kpi-${id}`}>
                {kpi?.value === null || kpi?.value === undefined ? common('noData') : format.number(kpi.value)}
              </p>
              <p className="wall-kpi__change">{changeText}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
};
