/**
 * The KPI tiles of a region page: each metric's value, its rank among the 20, the value per 10 000
 * residents against the country's, its share of the national total, and the change on the comparison
 * period in words. Plain HTML and SVG: they paint before the map's and the charts' chunks arrive.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import {
  METRIC_IDS,
  type Comparison,
  type Meta,
  type MonthlyPoint,
  type Region,
  type RegionDetail,
  type Summary,
} from '../../../api/contract';
import { Panel } from '../../../components/panel';
import { Sparkline } from '../../../components/sparkline';
import { changeSentence } from '../../../lib/change';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { periodMessages, periodSentence } from '../../../lib/period-label';
import { compareKpi, type KpiComparison } from '../model/region-profile';
import { regionsMessages } from '../messages';
import '../regions.css';

interface RegionKpiTilesProps {
  region: Region;
  detail: UseQueryResult<RegionDetail>;
  national: UseQueryResult<Summary>;
  meta: Meta;
  compare: Comparison;
}

export const RegionKpiTiles = ({ region, detail, national, meta, compare }: RegionKpiTilesProps) => {
  const t = useMessages(regionsMessages);
  const periodText = useMessages(periodMessages);
  const { format } = useI18n();
  const data = detail.data;
  const subtitle = data ? periodSentence(format, periodText, data, meta.dataFrom) : '\u00a0';
  const populations = { region: region.population, nation: meta.nationalPopulation };

  return (
    <Panel
      id="region-kpis"
      title={t('kpiTitle')}
      className="panel--kpis"
      queries={[detail, national]}
      skeleton={
        <ul className="kpi-grid">
          {METRIC_IDS.map((id) => (
            <li key={id} className="kpi-tile kpi-tile--skeleton" aria-hidden="true">
              <span className="skeleton skeleton--label" />
              <span className="skeleton skeleton--value" />
              <span className="skeleton skeleton--label" />
            </li>
          ))}
        </ul>
      }
    >
      <p className="panel__subtitle">{subtitle}</p>
      <ul className="kpi-grid">
        {METRIC_IDS.map((id) => {
          const kpi = data?.kpis.find((k) => k.metric === id);
          const comparison = compareKpi(
            id,
            kpi,
            national.data?.kpis.find((k) => k.metric === id),
            populations,
            data?.ranks[id],
          );
          return <RegionKpiTile key={id} comparison={comparison} meta={meta} compare={compare} series={kpi?.series ?? []} />;
        })}
      </ul>
    </Panel>
  );
};

interface RegionKpiTileProps {
  comparison: KpiComparison;
  meta: Meta;
  compare: Comparison;
  series: readonly MonthlyPoint[];
}

const RegionKpiTile = ({ comparison: c, meta, compare, series }: RegionKpiTileProps) => {
  const t = useMessages(regionsMessages);
  const common = useMessages(commonMessages);
  const { locale, format } = useI18n();
  const metric = meta.metrics.find((m) => m.id === c.metric);
  const name = metric?.name[locale] ?? c.metric;
  const versus = t(compare === 'yearAgo' ? 'vsYearAgo' : 'vsPrevious');
  const changeText = c.change ? changeSentence(c.change, format, t, versus) : '';
  // One decimal for both, always: "46,6 (по стране 65,0)", not "65" beside "46,6".
  const perCapita = (v: number) => format.number(v, { fractionDigits: 1 });

  return (
    <li className="kpi-tile" data-metric={c.metric}>
      <h3 className="kpi-tile__name">{name}</h3>
      <p className="kpi-tile__value" data-testid={`region-kpi-${c.metric}`}>
        {c.value === null ? <span className="kpi-tile__no-data">{common('noData')}</span> : format.number(c.value)}
      </p>
      <p className="kpi-tile__basis">{metric?.kind === 'flow' ? t('overPeriod') : t('endOfPeriod')}</p>
      {c.rank !== null ? (
        <p className="region-kpi__rank" data-testid={`region-rank-${c.metric}`}>
          {t('rank', { rank: String(c.rank) })}
        </p>
      ) : null}
      {c.perCapita !== null && c.nationalPerCapita !== null ? (
        <p className="region-kpi__national">
          {t('perCapitaVsNational', { value: perCapita(c.perCapita), national: perCapita(c.nationalPerCapita) })}
        </p>
      ) : null}
      {c.shareOfNational !== null ? (
        <p className="region-kpi__national">{t('shareOfNational', { share: format.percent(c.shareOfNational, { fractionDigits: 1 }) })}</p>
      ) : null}
      <p className={`kpi-tile__change kpi-tile__change--${c.change?.direction ?? 'none'}`}>
        {c.change ? (
          <>
            <span aria-hidden="true" className="kpi-tile__arrow">
              {c.change.direction === 'up' ? '▲' : c.change.direction === 'down' ? '▼' : '■'}
            </span>{' '}
            {changeText}
          </>
        ) : (
          '\u00a0'
        )}
      </p>
      {series.length ? <Sparkline points={series} /> : null}
    </li>
  );
};
