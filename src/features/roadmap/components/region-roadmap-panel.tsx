/**
 * A region's contribution to the roadmap, for the region page: for each indicator with a regional
 * split, the region's actual, its share of the 2026 target, progress, rank among the 20 and share of
 * the national value, with a link to the roadmap's regional view of that indicator.
 * Mount it as `<RegionRoadmapPanel code="KZ-62" />`.
 */
import '../roadmap.css';
import type { RoadmapIndicator } from '../../../api/contract';
import { useMeta } from '../../../api/meta-query';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { roundAsShown } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { capitalise } from '../../../lib/i18n/messages';
import { Link, useLinkWithParams } from '../../../lib/router';
import { roadmapMessages } from '../messages';
import { formatIndicatorValue, formatProgress, roundForUnit } from '../model/format-value';
import { indicatorsWithRegions, regionalProgress, type RegionalProgress } from '../model/regional';
import { useRoadmap } from '../use-roadmap';
import { ProgressBar } from './progress-bar';

interface Row extends RegionalProgress {
  indicator: RoadmapIndicator;
  /** The region's share of the national actual, in %. */
  share: number | null;
  /** How many regions have a known progress, the rank's "of N". */
  ranked: number;
}

export const RegionRoadmapPanel = ({ code }: { code: string }) => {
  const t = useMessages(roadmapMessages);
  const { locale, format } = useI18n();
  const { data, query, day } = useRoadmap();
  const meta = useMeta();
  const linkTo = useLinkWithParams();
  const regionName = meta.data?.regions.find((r) => r.code === code)?.name[locale] ?? code;

  // Ranked among, and a share of the sum of, the listed regions only, as on the roadmap page.
  const listed = meta.data ? new Set(meta.data.regions.map((r) => r.code)) : null;
  const rows: Row[] = (data ? indicatorsWithRegions(data.indicators) : []).flatMap((indicator) => {
    const all = regionalProgress(indicator.byRegion, listed);
    const mine = all.find((r) => r.code === code);
    if (!mine) return [];
    const national = all.reduce((a, r) => a + (r.actual ?? 0), 0);
    return [
      {
        ...mine,
        indicator,
        share: mine.actual !== null && national > 0 ? (mine.actual / national) * 100 : null,
        ranked: all.filter((r) => r.rank !== null).length,
      },
    ];
  });
  const v = (r: Row, n: number | null) =>
    n === null ? <span className="no-data">—</span> : formatIndicatorValue(format, r.indicator.unit, n);
  const columns: Column<Row>[] = [
    {
      id: 'indicator',
      header: t('colIndicator'),
      value: (r) => r.indicator.name[locale],
      render: (r) => <Link to={linkTo('/roadmap', ['lang'], { indicator: r.indicator.id })}>{r.indicator.name[locale]}</Link>,
    },
    {
      id: 'actual',
      header: t('colActual'),
      value: (r) => (r.actual === null ? null : roundForUnit(r.indicator.unit, r.actual)),
      render: (r) => v(r, r.actual),
      numeric: true,
    },
    {
      id: 'target',
      header: t('colTarget'),
      value: (r) => (r.target === null ? null : roundForUnit(r.indicator.unit, r.target)),
      render: (r) => v(r, r.target),
      numeric: true,
    },
    {
      id: 'progress',
      header: t('colShare'),
      value: (r) => roundAsShown(r.progressPercent, 1),
      render: (r) => <ProgressBar percent={r.progressPercent} compact testId={`region-roadmap-progress-${r.indicator.id}`} />,
    },
    {
      id: 'rank',
      header: t('colRank'),
      value: (r) => r.rank,
      render: (r) => (r.rank === null ? '—' : t('rankOf', { rank: String(r.rank), total: String(r.ranked) })),
      numeric: true,
    },
    {
      id: 'share',
      header: t('regionShare'),
      // On screen each cell says "0.7%"; the file's bare number needs its unit in the header.
      csvHeader: `${t('regionShare')}, %`,
      value: (r) => roundAsShown(r.share, 1),
      render: (r) => (r.share === null ? '—' : formatProgress(format, r.share)),
      numeric: true,
    },
  ];

  return (
    <Panel id="region-roadmap" title={t('regionPanelTitle')} queries={[query, meta]} skeleton={<div className="rm-skeleton" />}>
      {rows.length ? (
        <>
          <DataTable
            // The caption starts with the region's name: «Область Ұлытау: вклад …».
            caption={capitalise(t('regionPanelCaption', { region: regionName }))}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.indicator.id}
            rowHeader="indicator"
            csvName={['roadmap', code, day].filter(Boolean).join('-')}
            testId="region-roadmap"
          />
          <p className="panel__subtitle">
            {t('regionPanelNote')} {t('regionalNote')}
          </p>
        </>
      ) : (
        <p className="no-data">{t('noRegional')}</p>
      )}
    </Panel>
  );
};
