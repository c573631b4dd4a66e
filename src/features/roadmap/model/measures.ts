/**
 * The roadmap's measures (action items): which are overdue, and the filter and sort the page keeps in
 * the URL (`?mstatus=inProgress&overdue=1&msort=-deadline`). Pure, so the rules are unit-tested.
 */
import type { RoadmapMeasure } from '../../../api/contract';

export const MEASURE_STATUSES = ['done', 'inProgress', 'notStarted'] as const satisfies readonly RoadmapMeasure['status'][];
export type MeasureStatus = RoadmapMeasure['status'];

export const MEASURE_SORT_COLUMNS = ['title', 'responsible', 'deadline', 'status', 'percentDone'] as const;
export type MeasureSortColumn = (typeof MEASURE_SORT_COLUMNS)[number];

export interface MeasureSort {
  column: MeasureSortColumn;
  descending: boolean;
}

export const DEFAULT_MEASURE_SORT: MeasureSort = { column: 'deadline', descending: false };

/**
 * Overdue: not done and its deadline (a whole day, in Astana) is over. `today` is the Astana date
 * (YYYY-MM-DD); a measure due today is not overdue yet.
 */
export const isOverdue = (measure: Pick<RoadmapMeasure, 'status' | 'deadline'>, today: string): boolean =>
  measure.status !== 'done' && measure.deadline < today;

export interface MeasureFilter {
  status: MeasureStatus | null;
  overdueOnly: boolean;
}

export const parseMeasureStatus = (raw: string | null): MeasureStatus | null =>
  (MEASURE_STATUSES as readonly string[]).includes(raw ?? '') ? (raw as MeasureStatus) : null;

/** `deadline` or `-deadline` → sort state; anything else → null (the caller uses the default). */
export const parseMeasureSort = (raw: string | null): MeasureSort | null => {
  if (!raw) return null;
  const descending = raw.startsWith('-');
  const column = descending ? raw.slice(1) : raw;
  return (MEASURE_SORT_COLUMNS as readonly string[]).includes(column) ? { column: column as MeasureSortColumn, descending } : null;
};

export const formatMeasureSort = (sort: MeasureSort): string => `${sort.descending ? '-' : ''}${sort.column}`;

export const filterMeasures = <M extends Pick<RoadmapMeasure, 'status' | 'deadline'>>(
  measures: readonly M[],
  filter: MeasureFilter,
  today: string,
): M[] => measures.filter((m) => (filter.status === null || m.status === filter.status) && (!filter.overdueOnly || isOverdue(m, today)));
