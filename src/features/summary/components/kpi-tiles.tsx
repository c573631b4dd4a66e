/**
 * The national KPI tiles of the overview: value, change against the comparison period in words and
 * numbers (never colour or arrow alone), and a sparkline. Tiles keep their size while loading.
 *
 * Each tile is memoised on its own KPI and metric objects. A refresh that brings the same numbers (a
 * 304, or a 200 that TanStack's structural sharing finds equal) hands back the same objects, so only
 * the panel's freshness line changes and no tile or sparkline renders again.
 */
import { useQuery } from '@tanstack/react-query';
import { memo } from 'react';
import { METRIC_IDS, type Comparison, type Kpi, type Metric, type MetricId } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { Panel } from '../../../components/panel';
import { Sparkline } from '../../../components/sparkline';
import { changeSentence, computeChange } from '../../../lib/change';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { periodMessages, periodSentence } from '../../../lib/period-label';
import { summaryQueryOptions } from '../api/summary-queries';
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
              <SkeletonTile key={id} />
            ))}
          </TileGrid>
        </>
      }
    >
      <p className="panel__subtitle">{subtitle}</p>
      <TileGrid>
        {METRIC_IDS.map((id) => (
          <KpiTile
            key={id}
            metricId={id}
            kpi={data?.kpis.find((k) => k.metric === id)}
            metric={meta.data?.metrics.find((m) => m.id === id)}
            compare={compare}
          />
        ))}
      </TileGrid>
    </Panel>
  );
};

const TileGrid = ({ children }: { children: React.ReactNode }) => <ul className="kpi-grid">{children}</ul>;

const SkeletonTile = () => (
  <li className="kpi-tile kpi-tile--skeleton" aria-hidden="true">
    <span className="skeleton skeleton--label" />
    <span className="skeleton skeleton--value" />
    <span className="skeleton skeleton--label" />
  </li>
);

interface KpiTileProps {
  metricId: MetricId;
  kpi: Kpi | undefined;
  metric: Metric | undefined;
  compare: Comparison;
}

const KpiTile = memo(function KpiTile({ metricId, kpi, metric, compare }: KpiTileProps) {
  const t = useMessages(summaryMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const name = metric?.name[locale] ?? metricId;
  const value = kpi?.value ?? null;
  const change = computeChange(value, kpi?.previous ?? null);
  const comparison = t(compare === 'yearAgo' ? 'vsYearAgo' : 'vsPrevious');
  const changeText = change ? changeSentence(change, format, t, comparison) : '';

  return (
    <li className="kpi-tile" data-metric={metricId}>
      <h3 className="kpi-tile__name">{name}</h3>
      <p className="kpi-tile__value" data-testid={`kpi-${metricId}`}>
        {value === null ? <span className="kpi-tile__no-data">{common('noData')}</span> : format.number(value)}
      </p>
      <p className="kpi-tile__basis">{metric?.kind === 'flow' ? t('overPeriod') : t('endOfPeriod')}</p>
      <p className={`kpi-tile__change kpi-tile__change--${change?.direction ?? 'none'}`}>
        {change ? (
          <>
            <span aria-hidden="true" className="kpi-tile__arrow">
              {change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '■'}
            </span>{' '}
            {changeText}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      {kpi ? <Sparkline points={kpi.series} /> : null}
    </li>
  );
});
