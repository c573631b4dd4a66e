/**
 * A region's breakdown by direction: volunteers per direction as bars (each with its name above it and
 * its share and count at its end, the ministry's priorities marked ★, as on /directions) and as a table
 * (share, change, actions, people helped), with the largest and smallest direction said in words.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Meta, RegionDetail } from '../../../api/contract';
import { ChartFrame } from '../../../components/chart-frame';
import { DataTable, type Column } from '../../../components/data-table';
import { ShareBarsPlaceholder, ShareBarsSpace, ShareBarsWithKey } from '../../../components/share-bar-chart';
import { Panel } from '../../../components/panel';
import { periodFileName } from '../../../lib/csv';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { formatRange } from '../../../lib/period-label';
import { barLabel } from '../../../lib/share-bar-layout';
import { useSharedValue } from '../../../lib/use-shared-value';
import { directionBreakdown } from '../model/region-profile';
import { regionsMessages } from '../messages';
import { useMetricText } from './use-metric-text';
import '../regions.css';

interface RegionDirectionsPanelProps {
  regionName: string;
  code: string;
  detail: UseQueryResult<RegionDetail>;
  meta: Meta;
}

interface Row {
  id: string;
  name: string;
  priority: boolean;
  volunteers: number | null;
  share: number | null;
  change: number | null;
  actions: number | null;
  peopleHelped: number | null;
}

export const RegionDirectionsPanel = ({ regionName, code, detail, meta }: RegionDirectionsPanelProps) => {
  const t = useMessages(regionsMessages);
  const common = useMessages(commonMessages);
  const text = useMetricText();
  const { locale, format } = useI18n();
  const directions = detail.data?.directions;

  const rows = useMemo<Row[]>(() => {
    if (!directions) return [];
    const volunteers = directionBreakdown(directions, 'volunteers');
    return directions.map((d, i) => {
      const about = meta.directions.find((m) => m.id === d.id);
      return {
        id: d.id,
        name: about?.name[locale] ?? d.id,
        priority: about?.ministryPriority ?? false,
        volunteers: volunteers[i]?.value ?? null,
        share: volunteers[i]?.share ?? null,
        change: volunteers[i]?.change ?? null,
        actions: d.values.actions ?? null,
        peopleHelped: d.values.peopleHelped ?? null,
      };
    });
  }, [directions, meta.directions, locale]);

  const columns: Column<Row>[] = [
    { id: 'name', header: t('colDirection'), value: (r) => r.name, sortable: true },
    { id: 'volunteers', header: text.label('volunteers'), value: (r) => r.volunteers, numeric: true, sortable: true },
    { id: 'share', header: t('colShare'), value: (r) => r.share, numeric: true, sortable: true },
    {
      id: 'change',
      header: detail.data ? t('colChangeVs', { comparison: formatRange(format, detail.data.comparison) }) : t('colChange'),
      value: (r) => r.change,
      render: (r) =>
        r.change === null ? (
          <span className="no-data">{common('noData')}</span>
        ) : (
          format.number(r.change, { fractionDigits: 1, signed: true })
        ),
      numeric: true,
      sortable: true,
    },
    { id: 'actions', header: text.label('actions'), value: (r) => r.actions, numeric: true, sortable: true },
    { id: 'peopleHelped', header: text.label('peopleHelped'), value: (r) => r.peopleHelped, numeric: true, sortable: true },
  ];

  const ranked = rows.filter((r) => r.volunteers !== null && r.share !== null).sort((a, b) => (b.volunteers ?? 0) - (a.volunteers ?? 0));
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  const summary =
    top && bottom && top !== bottom
      ? t('directionsSummary', {
          top: top.name,
          share: format.percent(top.share ?? 0, { fractionDigits: 1 }),
          bottom: bottom.name,
          bottomShare: format.percent(bottom.share ?? 0, { fractionDigits: 1 }),
        })
      : undefined;

  // The chart's order, which is the table's first: most volunteers first, a direction without data last.
  const shownOrder = useMemo(() => [...rows].sort((a, b) => (b.volunteers ?? -1) - (a.volunteers ?? -1)), [rows]);
  // The period in the title, as the country's breakdown has it: a picture passed on says when it was.
  const title = detail.data
    ? t('directionsChartTitle', { region: regionName, period: formatRange(format, detail.data.period) })
    : t('directionsTitle');
  const legendText = common('priorityLegend');
  // A direction without data has no bar; it is in the table.
  const bars = shownOrder.flatMap((r) =>
    r.volunteers === null || r.share === null
      ? []
      : [
          {
            id: r.id,
            label: barLabel(r.name, r.priority),
            priority: r.priority,
            share: r.share,
            endLabel: common('shareBarLabel', {
              share: format.percent(r.share, { fractionDigits: 1 }),
              value: format.number(r.volunteers),
            }),
          },
        ],
  );
  // A new element only when what the chart draws changes (see ChartFrame's `chart`).
  const drawn = useSharedValue(bars);
  const chart = useMemo(() => <ShareBarsWithKey bars={drawn} title={title} />, [drawn, title]);
  // As tall as the bars will be, so nothing below moves when they are drawn: one row per direction with
  // data once the answer is here, one per direction of meta before.
  const placeholderRows = detail.data ? bars.length : meta.directions.length;
  const placeholder = useMemo(() => <ShareBarsPlaceholder count={placeholderRows} />, [placeholderRows]);
  const csv = {
    header: columns.map((c) => c.header),
    rows: shownOrder.map((r) => columns.map((c) => c.value(r))),
  };

  return (
    <Panel id="region-directions" title={t('directionsTitle')} queries={[detail]} skeleton={<ShareBarsSpace count={placeholderRows} />}>
      <ChartFrame
        tabParam="directionsView"
        title={title}
        // The pictures' key to the stars, which the page has under the bars.
        subtitle={legendText}
        asOf={detail.data ? new Date(detail.data.asOf) : null}
        demo={meta.demo}
        summary={summary}
        csvShown={csv}
        fileName={`directions-${code}${detail.data ? `-${periodFileName(detail.data.period, detail.data.comparison)}` : ''}`}
        placeholder={placeholder}
        chart={chart}
        table={
          <DataTable
            caption={title}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.id}
            rowHeader="name"
            defaultSort={{ column: 'volunteers', descending: true }}
          />
        }
      />
    </Panel>
  );
};
