/**
 * The month an answer's data were taken in (`asOf`, Astana time) is still under way, whether or not the API
 * flags its point `partial` (the contract lets it leave the flag out). Marked here, at the edge, once for
 * every view: before, only the trend charts knew it, and a flow's first days of the month were drawn as a
 * collapse in every KPI tile's sparkline, paired with the country's in the region's trend, and left
 * unmarked in the full series' CSV.
 */
import type { EndpointId, MonthlyPoint } from './contract';
import { monthOfDate } from '../lib/months';

/** The points with `current` flagged partial; the same array when it already was, so memoised views keep theirs. */
const withMonthUnderWay = <P extends MonthlyPoint>(points: readonly P[], current: string): readonly P[] =>
  points.some((p) => p.month === current && !p.partial)
    ? points.map((p) => (p.month === current && !p.partial ? { ...p, partial: true } : p))
    : points;

/** Each item with its monthly points under `key` marked; the same items, and list, where nothing changed. */
const eachMarked = <K extends string, T extends Record<K, readonly MonthlyPoint[]>>(
  items: readonly T[],
  key: K,
  current: string,
): readonly T[] => {
  const next = items.map((item) => {
    const points = withMonthUnderWay(item[key], current);
    return points === item[key] ? item : { ...item, [key]: points };
  });
  return next.some((item, i) => item !== items[i]) ? next : items;
};

/** A validated answer of `endpoint` with its month under way flagged in every monthly series it carries. */
export const markMonthUnderWay = (endpoint: EndpointId, data: unknown): unknown => {
  const answer = data as {
    asOf?: string;
    kpis?: { series: MonthlyPoint[] }[];
    points?: MonthlyPoint[];
    indicators?: { actuals: MonthlyPoint[] }[];
  };
  if (typeof answer.asOf !== 'string') return data;
  const asOf = new Date(answer.asOf);
  if (Number.isNaN(asOf.getTime())) return data;
  const current = monthOfDate(asOf);
  switch (endpoint) {
    case 'summary':
    case 'region': {
      if (!answer.kpis) return data;
      const kpis = eachMarked(answer.kpis, 'series', current);
      return kpis === answer.kpis ? data : { ...answer, kpis };
    }
    case 'timeseries': {
      if (!answer.points) return data;
      const points = withMonthUnderWay(answer.points, current);
      return points === answer.points ? data : { ...answer, points };
    }
    case 'roadmap': {
      if (!answer.indicators) return data;
      const indicators = eachMarked(answer.indicators, 'actuals', current);
      return indicators === answer.indicators ? data : { ...answer, indicators };
    }
    default:
      return data;
  }
};
