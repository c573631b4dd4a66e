import { describe, expect, it } from 'vitest';
import { csvDateTime, csvFileName, escapeCsvCell, periodFileName, safeFileName, toCsv } from '../../src/lib/csv';

describe('CSV export', () => {
  it('names a period by its months, and one that runs to today by its last day counted', () => {
    expect(periodFileName({ from: '2025-05', to: '2025-05' }, { from: '2024-05', to: '2024-05' })).toBe(
      '2025-05-2025-05-vs-2024-05-2024-05',
    );
    expect(
      periodFileName({ from: '2026-01', to: '2026-12', through: '2026-12-06' }, { from: '2025-01', to: '2025-12', through: '2025-12-06' }),
    ).toBe('2026-01-2026-12-06-vs-2025-01-2025-12-06');
  });

  it('uses the spreadsheet dialect of the language, with a BOM and CRLF', () => {
    expect(toCsv(['Регион', 'Волонтёры'], [['область Ұлытау', 1234.5]], 'ru')).toBe('\ufeffРегион;Волонтёры\r\nобласть Ұлытау;1234,5\r\n');
    expect(toCsv(['Region', 'Volunteers'], [['Ulytau Region', 1234.5]], 'en')).toBe('\ufeffRegion,Volunteers\r\nUlytau Region,1234.5\r\n');
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(escapeCsvCell('a, "b"', 'en')).toBe('"a, ""b"""');
    expect(escapeCsvCell('a;b', 'kk')).toBe('"a;b"');
    expect(escapeCsvCell('two\nlines', 'en')).toBe('"two\nlines"');
  });

  it('neutralises spreadsheet formulas from data, but not negative numbers', () => {
    for (const hostile of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tx']) {
      expect(escapeCsvCell(hostile, 'en').replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(escapeCsvCell(-3.5, 'en')).toBe('-3.5');
    expect(escapeCsvCell(null, 'en')).toBe('');
    expect(escapeCsvCell(Number.NaN, 'en')).toBe('');
  });

  it("writes an instant as a spreadsheet date-time on Astana's clock (UTC+5), across midnight too", () => {
    expect(csvDateTime(new Date('2026-12-05T12:47:08.000Z'))).toBe('2026-12-05 17:47:08');
    expect(csvDateTime(new Date('2026-12-31T19:00:00Z'))).toBe('2027-01-01 00:00:00');
  });

  it('makes safe file names', () => {
    expect(safeFileName('Регионы: волонтёры / 2025')).toBe('регионы-волонтёры-2025');
    expect(safeFileName('../../etc')).toBe('etc');
    // A trend of five regions with its comparison: whole, its "-full" too (cut at 80 letters before).
    const five = 'trend-actions-per10k-2025-06-2026-05-vs-2024-06-2025-05-kz-71-kz-75-kz-79-kz-62-kz-35';
    expect(safeFileName(five)).toBe(five);
    expect(safeFileName(`${five}-full`)).toBe(`${five}-full`);
    // Longer still: its start and a digest of the whole, so two such files keep different names.
    const long = (last: string) => safeFileName(`${five}-${'x'.repeat(60)}-${last}`);
    expect(long('a')).toHaveLength(120);
    expect(long('a')).not.toBe(long('b'));
    expect(long('a')).toMatch(/^trend-actions-per10k-.*-[0-9a-f]{8}$/);
  });

  it('marks a file of demo figures in its name, never cut off by the length limit', () => {
    expect(csvFileName('Регионы 2025', false)).toBe('регионы-2025.csv');
    expect(csvFileName('Регионы 2025', true)).toBe('регионы-2025-demo.csv');
    expect(csvFileName('x'.repeat(200), true)).toMatch(/^x{111}-[0-9a-f]{8}-demo\.csv$/);
  });
});
