import { describe, expect, it } from 'vitest';
import { addMonths, comparisonRange, monthOfDate, monthsBetween, parsePeriod, sameSpan } from '../../src/lib/months';

describe('period grammar', () => {
  const latest = '2026-11';
  it.each([
    ['ytd', 'ytd', '2026-01', '2026-11'],
    ['12m', 'last12', '2025-11', '2026-10'],
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

describe('the same span of a comparison period', () => {
  /** Noon in Astana on a date. */
  const noon = (date: string) => new Date(`${date}T12:00:00+05:00`);

  it('cuts a comparison month of another length at the same day, and counts those days', () => {
    // 28 February at noon, compared with the month before: 1–28 January, 27½ of January's 31 days.
    const feb = sameSpan({ from: '2027-02', to: '2027-02' }, { from: '2027-01', to: '2027-01' }, noon('2027-02-28'));
    expect(feb.period.through).toBe('2027-02-28');
    expect(feb.comparison.through).toBe('2027-01-28');
    expect(feb.comparisonShare).toBeCloseTo(27.5 / 31, 9);
    // 30 March against February: the whole of February, and it says so.
    const march = sameSpan({ from: '2027-03', to: '2027-03' }, { from: '2027-02', to: '2027-02' }, noon('2027-03-30'));
    expect(march.comparison.through).toBe('2027-02-28');
    expect(march.comparisonShare).toBe(1);
    // 29 February 2028 against a year earlier: to 28 February 2027, all of it.
    const leap = sameSpan({ from: '2028-01', to: '2028-02' }, { from: '2027-01', to: '2027-02' }, noon('2028-02-29'));
    expect(leap.comparison).toEqual({ from: '2027-01', to: '2027-02', through: '2027-02-28' });
    expect(leap.comparisonShare).toBe(1);
  });

  it('leaves a period that ended before today whole, and its comparison too', () => {
    const past = sameSpan({ from: '2027-01', to: '2027-01' }, { from: '2026-12', to: '2026-12' }, noon('2027-02-10'));
    expect(past).toEqual({
      period: { from: '2027-01', to: '2027-01' },
      comparison: { from: '2026-12', to: '2026-12' },
      comparisonShare: 1,
    });
  });
});
