import { describe, expect, it } from 'vitest';
import { csvDateTime, csvFileName, escapeCsvCell, safeFileName, toCsv } from '../../src/lib/csv';

describe('CSV export', () => {
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
  });

  it('marks a file of demo figures in its name, never cut off by the length limit', () => {
    expect(csvFileName('Регионы 2025', false)).toBe('регионы-2025.csv');
    expect(csvFileName('Регионы 2025', true)).toBe('регионы-2025-demo.csv');
    expect(csvFileName('x'.repeat(200), true)).toBe(`${'x'.repeat(80)}-demo.csv`);
  });
});
