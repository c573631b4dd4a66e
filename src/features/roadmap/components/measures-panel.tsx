/**
 * The roadmap's measures: title, body responsible, deadline, status and % done, overdue ones marked
 * in words and style; filter by status and "overdue only", and sort — all in the URL
 * (`?mstatus=inProgress&overdue=1&msort=-percentDone`) — and download what is shown as CSV.
 * Overdue is judged on the data's as-of date, the day the statuses were reported.
 */
import '../roadmap.css';
import { useId } from 'react';
import type { RoadmapMeasure } from '../../../api/contract';
import { DataTable, type Column } from '../../../components/data-table';
import { Mark } from '../../../components/mark';
import { Panel } from '../../../components/panel';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { updateSearch, useSearchParam } from '../../../lib/router';
import { roadmapMessages } from '../messages';
import {
  DEFAULT_MEASURE_SORT,
  filterMeasures,
  formatMeasureSort,
  isOverdue,
  MEASURE_STATUSES,
  parseMeasureSort,
  parseMeasureStatus,
  type MeasureSortColumn,
  type MeasureStatus,
} from '../model/measures';
import { useRoadmap } from '../use-roadmap';
import { ProgressBar } from './progress-bar';

const STATUS_KEY = { done: 'measureDone', inProgress: 'measureInProgress', notStarted: 'measureNotStarted' } as const satisfies Record<
  MeasureStatus,
  string
>;
/** Sorting by status follows the work's order, not the alphabet of the language. */
const STATUS_ORDER: Record<MeasureStatus, number> = { notStarted: 0, inProgress: 1, done: 2 };

export const MeasuresPanel = () => {
  const t = useMessages(roadmapMessages);
  const { locale, format } = useI18n();
  const { data, query, day } = useRoadmap();
  const id = useId();
  const status = parseMeasureStatus(useSearchParam('mstatus'));
  const overdueOnly = useSearchParam('overdue') === '1';
  const sort = parseMeasureSort(useSearchParam('msort')) ?? DEFAULT_MEASURE_SORT;
  const today = day ?? '';
  const all = data?.measures ?? [];
  const shown = filterMeasures(all, { status, overdueOnly }, today);
  const overdueCount = all.filter((m) => isOverdue(m, today)).length;

  const statusText = (m: RoadmapMeasure) => t(STATUS_KEY[m.status]) + (isOverdue(m, today) ? `; ${t('overdue')}` : '');
  const columns: Column<RoadmapMeasure>[] = [
    { id: 'title', header: t('colMeasure'), value: (m) => m.title[locale], sortable: true },
    {
      id: 'deadline',
      header: t('colDeadline'),
      value: (m) => m.deadline,
      render: (m) => <time dateTime={m.deadline}>{format.date(new Date(`${m.deadline}T07:00:00Z`))}</time>,
      sortable: true,
    },
    {
      id: 'status',
      header: t('colStatus'),
      // For sorting and the CSV: the order of work (not started → done), overdue first within it.
      value: (m) => STATUS_ORDER[m.status] * 2 + (isOverdue(m, today) ? 0 : 1),
      csv: statusText,
      render: (m) => (
        <span className="rm-measure-status" data-testid={`measure-status-${m.id}`}>
          <span className={`rm-measure-status__label rm-measure-status__label--${m.status}`}>
            {m.status === 'done' ? <Mark shape="check" /> : null}
            {t(STATUS_KEY[m.status])}
          </span>
          {isOverdue(m, today) ? (
            <span className="rm-overdue">
              <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
                <path d="M8 1.5l7 13H1z" fill="currentColor" />
                <path d="M8 6v4M8 12v.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
              {t('overdue')}
            </span>
          ) : null}
        </span>
      ),
      sortable: true,
    },
    {
      id: 'percentDone',
      header: t('colDone'),
      value: (m) => m.percentDone,
      render: (m) => <ProgressBar percent={m.percentDone} compact />,
      numeric: true,
      sortable: true,
    },
    { id: 'responsible', header: t('colResponsible'), value: (m) => m.responsible[locale], sortable: true },
  ];

  return (
    <Panel id="roadmap-measures" title={t('measuresTitle')} queries={[query]} skeleton={<div className="rm-skeleton" />}>
      <div className="rm-filters" role="group" aria-label={t('measuresTitle')}>
        <label htmlFor={`${id}-status`}>{t('filterStatus')}</label>
        <select id={`${id}-status`} value={status ?? ''} onChange={(e) => updateSearch({ mstatus: e.target.value || null })}>
          <option value="">{t('filterAll')}</option>
          {MEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(STATUS_KEY[s])}
            </option>
          ))}
        </select>
        <label className="rm-filters__check">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => updateSearch({ overdue: e.target.checked ? '1' : null })} />
          {t('filterOverdue')}
        </label>
      </div>
      <p className="rm-measures-count" role="status" data-testid="measures-count">
        {t('measuresShown', { count: shown.length, total: all.length, overdue: overdueCount })}
      </p>
      {shown.length === 0 && all.length > 0 ? <p className="no-data">{t('measuresNone')}</p> : null}
      <DataTable
        caption={t('measuresCaption')}
        columns={columns}
        rows={shown}
        rowKey={(m) => m.id}
        rowHeader="title"
        sort={sort}
        onSortChange={(next) =>
          updateSearch({
            msort:
              next.column === DEFAULT_MEASURE_SORT.column && !next.descending
                ? null
                : formatMeasureSort({ column: next.column as MeasureSortColumn, descending: next.descending }),
          })
        }
        csvName={['roadmap-measures', day].filter(Boolean).join('-')}
        testId="roadmap-measures"
        className="rm-measures"
      />
    </Panel>
  );
};
