/**
 * The KPI tiles of a region page: each metric's value, its rank among the 20, the value per 10 000
 * residents against the country's with its rank by that (a small region last by count may lead per resident), its share of the national total, and the change on the comparison
 * period in words. Plain HTML and SVG: they paint before the map's and the charts' chunks arrive.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import {
  METRIC_IDS,
  type Comparison,
  type DirectionId,
  type Meta,
  type MonthlyPoint,
  type Region,
  type RegionDetail,
  type Summary,
} from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { KpiTile, KpiTileSkeleton } from '../../../components/kpi-tile';
import { Panel } from '../../../components/panel';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { joinSentences } from '../../../lib/i18n/sentences';
import { plausibleKpiOf } from '../../../lib/region-checks';
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
  /** The direction the page's map is filtered by (carried from /regions): the tiles are not, and say so. */
  direction: DirectionId | null;
}

export const RegionKpiTiles = ({ region, detail, national, meta, compare, direction }: RegionKpiTilesProps) => {
  const t = useMessages(regionsMessages);
  const periodText = useMessages(periodMessages);
  const { format, locale } = useI18n();
  const data = detail.data;
  const directionName = direction ? (meta.directions.find((d) => d.id === direction)?.name[locale] ?? direction) : null;
  const subtitle = data
    ? joinSentences([
        periodSentence(format, periodText, data, meta.dataFrom),
        directionName && t('kpiAllDirections', { direction: directionName }),
      ])
    : '\u00a0';
  const populations = { region: region.population, nation: meta.nationalPopulation };
  const metaQuery = useMeta();

  return (
    <Panel
      id="region-kpis"
      title={t('kpiTitle')}
      className="panel--kpis"
      // /meta's too: the panel checks the region's figures against its population (src/lib/region-checks.ts).
      queries={[detail, national, metaQuery]}
      skeleton={
        <ul className="kpi-grid">
          {METRIC_IDS.map((id) => (
            <KpiTileSkeleton key={id} />
          ))}
        </ul>
      }
    >
      <p className="panel__subtitle">{subtitle}</p>
      <ul className="kpi-grid">
        {METRIC_IDS.map((id) => {
          // More volunteers than residents cannot be true: "no data" on the tile, as on the map (the panel names it).
          const kpi = plausibleKpiOf(data, id, region.population);
          const comparison = compareKpi(id, kpi, plausibleKpiOf(national.data, id, meta.nationalPopulation), populations, {
            count: data?.ranks[id],
            perCapita: data?.ranksPerResident?.[id],
          });
          return <RegionKpiTile key={id} comparison={comparison} meta={meta} compare={compare} series={kpi?.series} />;
        })}
      </ul>
    </Panel>
  );
};

interface RegionKpiTileProps {
  comparison: KpiComparison;
  meta: Meta;
  compare: Comparison;
  series: readonly MonthlyPoint[] | undefined;
}

/** The shared tile with the region's own lines: its rank, and its figures against the country's. */
const RegionKpiTile = ({ comparison: c, meta, compare, series }: RegionKpiTileProps) => {
  const t = useMessages(regionsMessages);
  const { format } = useI18n();
  // The same decimals for both ("46,6 (по стране 65,0)", not "65" beside "46,6"): see `perCapitaDigits`.
  const perCapita = (v: number) => format.number(v, { fractionDigits: c.perCapitaDigits });

  return (
    <KpiTile
      metricId={c.metric}
      metric={meta.metrics.find((m) => m.id === c.metric)}
      value={c.value}
      previous={c.previous}
      compare={compare}
      series={series}
      valueTestId={`region-kpi-${c.metric}`}
    >
      {c.rank !== null ? (
        <p className="region-kpi__rank" data-testid={`region-rank-${c.metric}`}>
          {t('rank', { rank: String(c.rank) })}
        </p>
      ) : null}
      {c.perCapita !== null && c.nationalPerCapita !== null ? (
        <p className="region-kpi__national">
          {c.rankPerCapita !== null
            ? t('perCapitaVsNationalRanked', {
                value: perCapita(c.perCapita),
                national: perCapita(c.nationalPerCapita),
                rank: String(c.rankPerCapita),
              })
            : t('perCapitaVsNational', { value: perCapita(c.perCapita), national: perCapita(c.nationalPerCapita) })}
        </p>
      ) : null}
      {c.shareOfNational !== null ? (
        <p className="region-kpi__national">{t('shareOfNational', { share: format.percent(c.shareOfNational, { fractionDigits: 1 }) })}</p>
      ) : null}
    </KpiTile>
  );
};
