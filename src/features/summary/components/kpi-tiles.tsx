/**
 * The national KPI tiles of the overview: value, change against the comparison period in words and
 * numbers (never colour or arrow alone), and a sparkline. Tiles keep their size while loading.
 *
 * Each tile is memoised on its own numbers, metric and series (components/kpi-tile.tsx). A refresh that
 * brings the same numbers (a 304, or a 200 that TanStack's structural sharing finds equal) hands back
 * the same objects, so only the panel's freshness line changes and no tile or sparkline renders again.
 */
import { useQuery } from '@tanstack/react-query';
import { METRIC_IDS, type Comparison, type Kpi } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { KpiTile, KpiTileSkeleton } from '../../../components/kpi-tile';
import { Panel } from '../../../components/panel';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { plausibleKpiOf } from '../../../lib/region-checks';
import { periodMessages, periodSentence } from '../../../lib/period-label';
import { summaryQueryOptions } from '../../../api/summary-query';
import { summaryMessages } from '../messages';

interface KpiTilesProps {
  period: string;
  compare: Comparison;
}

export const KpiTiles = ({ period, compare }: KpiTilesProps) => {
  const t = useMessages(summaryMessages);
  const periodText = useMessages(periodMessages);
  const { format } = useI18n();
  const summary = useQuery(summaryQueryOptions({ period, compare }));
  const meta = useMeta();
  const data = summary.data;
  const subtitle = data ? periodSentence(format, periodText, data, meta.data?.dataFrom) : '\u00a0';

  return (
    <Panel
      id="kpis"
      title={t('panelTitle')}
      className="panel--kpis"
      queries={[summary, meta]}
      skeleton={
        <>
          <p className="panel__subtitle">{'\u00a0'}</p>
          <TileGrid>
            {METRIC_IDS.map((id) => (
              <KpiTileSkeleton key={id} />
            ))}
          </TileGrid>
        </>
      }
    >
      <p className="panel__subtitle">{subtitle}</p>
      <MissingKpisNote answer={data} className="panel__stale" />
      <TileGrid>
        {METRIC_IDS.map((id) => {
          // More volunteers than the country has residents cannot be true: "no data" (the panel says why).
          const kpi = plausibleKpiOf(data, id, meta.data?.nationalPopulation);
          return (
            <KpiTile
              key={id}
              metricId={id}
              metric={meta.data?.metrics.find((m) => m.id === id)}
              value={kpi?.value ?? null}
              previous={kpi?.previous ?? null}
              compare={compare}
              series={kpi?.series}
              valueTestId={`kpi-${id}`}
            />
          );
        })}
      </TileGrid>
    </Panel>
  );
};

/**
 * Which indicators the /summary answer left out (`kpis: []` turned every tile to "no data" without a word),
 * named as /meta names them.
 */
export const MissingKpisNote = ({ answer, className }: { answer: { kpis: readonly Kpi[] } | undefined; className: string }) => {
  const t = useMessages(summaryMessages);
  const { locale } = useI18n();
  const meta = useMeta();
  if (!answer) return null;
  const missing = METRIC_IDS.filter((id) => !answer.kpis.some((k) => k.metric === id));
  if (!missing.length) return null;
  const names = missing.map((id) => meta.data?.metrics.find((m) => m.id === id)?.name[locale] ?? id);
  return (
    <p className={className} role="status" data-testid="kpis-missing">
      {t('kpisMissing', { names: names.join(', ') })}
    </p>
  );
};

const TileGrid = ({ children }: { children: React.ReactNode }) => <ul className="kpi-grid">{children}</ul>;
