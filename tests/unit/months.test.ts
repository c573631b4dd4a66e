import { describe, expect, it } from 'vitest';
import { addMonths, comparisonRange, monthOfDate, monthsBetween, parsePeriod } from '../../src/lib/months';

describe('period grammar', () => {
  const latest = '2026-11';
  it.each([
    ['ytd', 'ytd', '2026-01', '2026-11'],
    ['12m', 'last12', '2025-12', '2026-11'],
    ['2025', 'year', '2025-01', '2025-12'],
    ['2025-Q2', 'quarter', '2025-04', '2025-06'],
    ['2025-05', 'month', '2025-05', '2025-05'],
    ['2024-03..2025-02', 'range', '2024-03', '2025-02'],
    ['2025-02..2024-03', 'range', '2024-03', '2025-02'],
    ['2026', 'year', '2026-01', '2026-11'],
  ])('%s → %s %s..%s', (param, kind, from, to) => {
    expect(parsePeriod(param, latest)).toEqual({ kind, range: { from, to } });
  });

  it.each(['', 'last-year', '2025-13', '2025-Q5', '2027', '2018', '<script>'])('rejects %j', (param) => {
    expect(parsePeriod(param, latest)).toBeNull();
  });

  it('clamps a range that starts before the data', () => {
    expect(parsePeriod('2018-06..2019-03', latest)?.range).toEqual({ from: '2019-01', to: '2019-03' });
  });

  it('compares with the same length before, or a year earlier', () => {
    expect(comparisonRange({ from: '2026-01', to: '2026-11' }, 'previous')).toEqual({ from: '2025-02', to: '2025-12' });
    expect(comparisonRange({ from: '2026-01', to: '2026-11' }, 'yearAgo')).toEqual({ from: '2025-01', to: '2025-11' });
  });

  it('does month arithmetic across years', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('puts a date in its Astana month (UTC+5)', () => {
    expect(monthOfDate(new Date('2026-11-30T19:30:00Z'))).toBe('2026-12');
    expect(monthOfDate(new Date('2026-11-30T18:30:00Z'))).toBe('2026-11');
  });
});
