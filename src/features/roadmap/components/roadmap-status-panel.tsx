/**
 * The roadmap at a glance: how many indicators are on track, at risk, off track; one row per
 * indicator with target, latest actual, forecast, interval, progress and status; and the method in
 * words, so a reader can check how each verdict was reached.
 */
import '../roadmap.css';
import type { RoadmapIndicator } from '../../../api/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { Panel } from '../../../components/panel';
import { roundAsShown, type NumberOptions } from '../../../lib/i18n/format';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { formatRange } from '../../../lib/period-label';
import { soFar } from '../../../lib/months';
import { roadmapMessages } from '../messages';
import { roadmapEnded, type IndicatorAssessment } from '../model/forecast';
import { formatIndicatorValue, roundForUnit } from '../model/format-value';
import { statusLabelKey } from '../status-text';
import { useRoadmap } from '../use-roadmap';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';
import { StatusCounts } from './status-counts';

interface Row {
  indicator: RoadmapIndicator;
  assessment: IndicatorAssessment;
}

const UNIT_WORD = { percent: 'unitPercent', people: 'unitPeople', count: 'unitCount' } as const;

export const RoadmapStatusPanel = () => {
  const t = useMessages(roadmapMessages);
  const { locale, format } = useI18n();
  const { data, assessment, query, day } = useRoadmap();
  const ended = data ? roadmapEnded(new Date(data.asOf), data.end) : false;

  // With the column's grouping: "1 750" under "10 000" in kk and ru, not "1750".
  const v = (r: Row, n: number | null, { groupFourDigits }: NumberOptions) =>
    n === null ? <span className="no-data">—</span> : formatIndicatorValue(format, r.indicator.unit, n, { groupFourDigits });
  const raw = (r: Row, n: number | null) => (n === null ? null : roundForUnit(r.indicator.unit, n));
  const columns: Column<Row>[] = [
    {
      id: 'name',
      header: t('colIndicator'),
      value: (r) => r.indicator.name[locale],
      render: (r) => <a href={`#rm-${r.indicator.id}`}>{r.indicator.name[locale]}</a>,
    },
    // On screen each number carries its unit ("1,61 %"); in the CSV the numbers are bare, so the unit has a column.
    {
      id: 'unit',
      header: t('colUnit'),
      value: (r) => t(UNIT_WORD[r.indicator.unit]),
      csvOnly: true,
    },
    {
      id: 'target',
      header: t('colTarget'),
      value: (r) => raw(r, r.assessment.target),
      render: (r, numbers) => <span data-testid={`row-target-${r.indicator.id}`}>{v(r, r.assessment.target, numbers)}</span>,
      numeric: true,
    },
    {
      id: 'latest',
      header: t('colLatest'),
      value: (r) => raw(r, r.assessment.current?.value ?? null),
      render: (r, numbers) => (
        <>
          <span data-testid={`row-latest-${r.indicator.id}`}>{v(r, r.assessment.current?.value ?? null, numbers)}</span>
          {r.assessment.current ? (
            <span className="rm-sub">
              {/* A flow's "latest" is the year so far: say which months, or days, it sums ("1 January – 6 December 2026"). */}
              {r.indicator.cumulative || !data
                ? format.month(r.assessment.current.month, 'short')
                : formatRange(
                    format,
                    soFar({ from: `${r.assessment.current.month.slice(0, 4)}-01`, to: r.assessment.current.month }, new Date(data.asOf)),
                  )}
            </span>
          ) : null}
        </>
      ),
      numeric: true,
    },
    {
      id: 'forecast',
      header: ended ? t('finalLabel') : t('colForecast'),
      value: (r) => raw(r, r.assessment.forecast?.value ?? r.assessment.final),
      render: (r, numbers) => (
        <span data-testid={`row-forecast-${r.indicator.id}`}>
          {r.assessment.forecast || r.assessment.final !== null ? (
            v(r, r.assessment.forecast?.value ?? r.assessment.final, numbers)
          ) : (
            <span className="no-data">{t('noForecast')}</span>
          )}
        </span>
      ),
      numeric: true,
    },
    // On screen one cell, "331 190 – 334 585"; in the CSV two numbers a spreadsheet can use.
    {
      id: 'interval',
      header: t('colInterval'),
      csvHeader: t('colIntervalLower'),
      value: (r) => raw(r, r.assessment.forecast?.lower ?? null),
      render: (r, { groupFourDigits }) => {
        const f = r.assessment.forecast;
        return f ? (
          `${formatIndicatorValue(format, r.indicator.unit, f.lower, { groupFourDigits })} – ${formatIndicatorValue(format, r.indicator.unit, f.upper, { groupFourDigits })}`
        ) : (
          <span className="no-data">—</span>
        );
      },
      numeric: true,
    },
    {
      id: 'intervalUpper',
      header: t('colIntervalUpper'),
      value: (r) => raw(r, r.assessment.forecast?.upper ?? null),
      numeric: true,
      csvOnly: true,
    },
    {
      id: 'progress',
      header: t('colProgress'),
      // On screen a bar with its percentage; the file's bare number needs its unit in the header.
      csvHeader: `${t('colProgress')}, %`,
      value: (r) => roundAsShown(r.assessment.progressPercent, 1),
      render: (r) => <ProgressBar percent={r.assessment.progressPercent} compact />,
    },
    {
      id: 'status',
      header: t('colStatus'),
      value: (r) => t(statusLabelKey(r.assessment.status, r.assessment.basis)),
      render: (r) => <StatusBadge status={r.assessment.status} basis={r.assessment.basis} testId={`row-status-${r.indicator.id}`} />,
    },
  ];

  return (
    <Panel id="roadmap-status" title={t('summaryTitle')} queries={[query]} skeleton={<div className="rm-skeleton" />}>
      {assessment ? (
        <>
          <StatusCounts counts={assessment.counts} final={ended} />
          <DataTable
            caption={t('tableCaption')}
            columns={columns}
            rows={assessment.items}
            rowKey={(r) => r.indicator.id}
            rowHeader="name"
            csvName={['roadmap-indicators', day].filter(Boolean).join('-')}
            testId="roadmap-indicators"
            className="rm-status-table"
          />
          <section className="rm-method" aria-labelledby="rm-method-title">
            <h3 id="rm-method-title">{t('methodTitle')}</h3>
            <p>{t('methodForecast')}</p>
            <p>{t('methodFlows')}</p>
            <p>{t('methodStatus')}</p>
            <p>{t('methodProgress')}</p>
          </section>
        </>
      ) : null}
    </Panel>
  );
};
