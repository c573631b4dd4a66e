import { describe, expect, it } from 'vitest';
import { periodMismatch } from '../../src/api/answer-period';

const NOW = new Date('2026-12-06T06:00:00Z');
const answer = (from: string, to: string, asOf = '2026-12-06T05:30:00Z') => ({ asOf, period: { from, to } });

describe('an answer for the period asked', () => {
  it('takes the year to date, the last twelve months, a year, a quarter, a month and a range as the app reads them', () => {
    expect(periodMismatch('ytd', answer('2026-01', '2026-12'), NOW)).toBeNull();
    expect(periodMismatch(null, answer('2026-01', '2026-12'), NOW)).toBeNull();
    expect(periodMismatch('12m', answer('2025-12', '2026-11'), NOW)).toBeNull();
    expect(periodMismatch('2025', answer('2025-01', '2025-12'), NOW)).toBeNull();
    expect(periodMismatch('2026-Q3', answer('2026-07', '2026-09'), NOW)).toBeNull();
    expect(periodMismatch('2026-10', answer('2026-10', '2026-10'), NOW)).toBeNull();
    expect(periodMismatch('2026-03..2026-08', answer('2026-03', '2026-08'), NOW)).toBeNull();
    // A year still under way ends with this month; data that begin later start later.
    expect(periodMismatch('2026', answer('2026-01', '2026-12'), NOW)).toBeNull();
    expect(periodMismatch('2018-06..2019-03', answer('2019-01', '2019-03'), NOW)).toBeNull();
  });

  it('names the months of an answer for another period', () => {
    // The year to date answered with January–March 2019: its figures were shown as this year's.
    expect(periodMismatch('ytd', answer('2019-01', '2019-03'), NOW)).toEqual({ from: '2019-01', to: '2019-03' });
    expect(periodMismatch('2026-Q3', answer('2026-04', '2026-06'), NOW)).toEqual({ from: '2026-04', to: '2026-06' });
    expect(periodMismatch('2025', answer('2024-12', '2025-12'), NOW)).toEqual({ from: '2024-12', to: '2025-12' });
  });

  it('leaves a server clock years ahead to the panels’ own warning, and an answer without a period alone', () => {
    expect(periodMismatch('ytd', answer('2026-01', '2026-12', '2099-01-01T00:00:00Z'), NOW)).toBeNull();
    expect(periodMismatch('ytd', { asOf: '2026-12-06T05:30:00Z', regions: [] }, NOW)).toBeNull();
    expect(periodMismatch('ytd', null, NOW)).toBeNull();
  });
});
