import { describe, expect, it } from 'vitest';
import { LOCALE_DATA } from '../../src/lib/i18n/locale-data';
import { createFormatter, rateFractionDigits, sharedFractionDigits } from '../../src/lib/i18n/format';
import { LANGUAGE_TAG, type Locale } from '../../src/lib/i18n/locales';
import { commonMessages } from '../../src/lib/i18n/common-messages';
import { translate } from '../../src/lib/i18n/messages';
import { pluralCategory } from '../../src/lib/i18n/plural';
import { joinSentences } from '../../src/lib/i18n/sentences';
import { formatRange, periodMessages, periodSentence } from '../../src/lib/period-label';

const NBSP = '\u00a0';

/**
 * The oracle for our table: symbols and month names as this runtime's ICU gives them, or null when its
 * data for the locale is missing or wrong (Debian's Chromium: "1,234,567.5" and "M01" for kk).
 */
const EXPECTED_SYMBOLS: Record<Locale, { group: string; decimal: string }> = {
  kk: { group: NBSP, decimal: ',' },
  ru: { group: NBSP, decimal: ',' },
  en: { group: ',', decimal: '.' },
};
const localeDataFromIntl = (locale: Locale) => {
  const tag = LANGUAGE_TAG[locale];
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  // Some ICU builds group with a narrow no-break space; we want the ordinary NBSP everywhere.
  const group = (parts.find((p) => p.type === 'group')?.value ?? '').replace('\u202f', NBSP);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '';
  if (group !== EXPECTED_SYMBOLS[locale].group || decimal !== EXPECTED_SYMBOLS[locale].decimal) return null;
  const formatter = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  const months = Array.from(
    { length: 12 },
    (_, m) => formatter.formatToParts(new Date(Date.UTC(2024, m, 15))).find((p) => p.type === 'month')?.value ?? '',
  );
  if (months.some((n) => n === '' || /^M\d+$/.test(n) || /^\d+$/.test(n))) return null;
  return { group, decimal, months: locale === 'en' ? months : months.map((n) => n.toLocaleLowerCase(tag)) };
};

describe('number formats', () => {
  it('groups with a non-breaking space in kk and ru, a comma in en', () => {
    expect(createFormatter('kk').number(312450)).toBe(`312${NBSP}450`);
    expect(createFormatter('ru').number(312450)).toBe(`312${NBSP}450`);
    expect(createFormatter('en').number(312450)).toBe('312,450');
    expect(createFormatter('ru').number(1234567.5, { maxFractionDigits: 1 })).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(createFormatter('en').number(1234567.5, { maxFractionDigits: 1 })).toBe('1,234,567.5');
  });

  it('formats signs, percents and small numbers', () => {
    const ru = createFormatter('ru');
    expect(ru.number(-1500, { signed: true })).toBe('\u22121500');
    expect(ru.number(12340, { signed: true })).toBe(`+12${NBSP}340`);
    expect(ru.percent(4.06)).toBe(`4,1${NBSP}%`);
    expect(createFormatter('en').percent(4.06)).toBe('4.1%');
    expect(ru.number(0.04, { signed: true, maxFractionDigits: 1 })).toBe('0');
    // In a column that also holds five-digit numbers, four-digit ones are grouped too (kk and ru alike).
    expect(ru.number(9985, { groupFourDigits: true })).toBe(`9${NBSP}985`);
    expect(createFormatter('kk').number(1053, { fractionDigits: 1, groupFourDigits: true })).toBe(`1${NBSP}053,0`);
    expect(ru.number(985, { groupFourDigits: true })).toBe('985');
    expect(createFormatter('en').number(9985, { groupFourDigits: true })).toBe('9,985');
  });

  it('names months and dates in each language', () => {
    const date = new Date('2026-11-22T09:30:00Z');
    expect(createFormatter('kk').month('2025-05')).toBe('2025\u00a0ж. мамыр');
    expect(createFormatter('ru').month('2025-05')).toBe('май 2025');
    expect(createFormatter('en').month('2025-05')).toBe('May 2025');
    expect(createFormatter('kk').date(date)).toBe('2026\u00a0ж. 22\u00a0қараша');
    expect(createFormatter('ru').date(date)).toBe('22\u00a0ноября 2026\u00a0г.');
    expect(createFormatter('en').dateTime(date)).toBe('22\u00a0November 2026, 14:30');
  });

  it('names a period that ends part-way through its last month by its last day', () => {
    const ytd = { from: '2026-01', to: '2026-12', through: '2026-12-03' };
    const december = { from: '2026-12', to: '2026-12', through: '2026-12-03' };
    // Days at both ends, the year said once (the review of 2026-12-05 read "Jan 2026 – 3 December 2026").
    expect(formatRange(createFormatter('kk'), ytd)).toBe('2026\u00a0ж. 1\u00a0қаңтар – 3\u00a0желтоқсан');
    expect(formatRange(createFormatter('ru'), ytd)).toBe('1\u00a0января – 3\u00a0декабря 2026\u00a0г.');
    expect(formatRange(createFormatter('en'), ytd)).toBe('1\u00a0January – 3\u00a0December 2026');
    const acrossYears = { from: '2025-12', to: '2026-01', through: '2026-01-03' };
    expect(formatRange(createFormatter('kk'), acrossYears)).toBe('2025\u00a0ж. 1\u00a0желтоқсан – 2026\u00a0ж. 3\u00a0қаңтар');
    expect(formatRange(createFormatter('ru'), acrossYears)).toBe('1\u00a0декабря 2025\u00a0г. – 3\u00a0января 2026\u00a0г.');
    expect(formatRange(createFormatter('en'), acrossYears)).toBe('1\u00a0December 2025 – 3\u00a0January 2026');
    expect(formatRange(createFormatter('kk'), december)).toBe('2026\u00a0ж. 1–3\u00a0желтоқсан');
    expect(formatRange(createFormatter('ru'), december)).toBe('1–3\u00a0декабря 2026\u00a0г.');
    expect(formatRange(createFormatter('en'), december)).toBe('1–3\u00a0December 2026');
    expect(formatRange(createFormatter('en'), { ...december, through: '2026-12-01' })).toBe('1\u00a0December 2026');
    // Whole months of one year: the year once ("Янв. 2025 – дек. 2025" had it twice, and abbreviated).
    const year2025 = { from: '2025-01', to: '2025-12' };
    expect(formatRange(createFormatter('en'), year2025)).toBe('January – December 2025');
    expect(formatRange(createFormatter('ru'), year2025)).toBe('январь – декабрь 2025\u00a0г.');
    expect(formatRange(createFormatter('kk'), { from: '2026-07', to: '2026-09' })).toBe('2026\u00a0ж. шілде – қыркүйек');
    expect(formatRange(createFormatter('ru'), { from: '2025-11', to: '2026-02' })).toBe('нояб. 2025 – февр. 2026');
  });

  it('says what a period is compared with, or that there is nothing before the data to compare with', () => {
    const sentence = (locale: Locale, ranges: { period: { from: string; to: string }; comparison: { from: string; to: string } }) =>
      periodSentence(
        createFormatter(locale),
        (key, params) => translate(periodMessages, locale, createFormatter(locale), key, params),
        ranges,
        '2019-01',
      );
    const y2019 = { period: { from: '2019-01', to: '2019-12' }, comparison: { from: '2018-01', to: '2018-12' } };
    expect(sentence('en', y2019)).toBe('January – December 2019; nothing to compare with — the data begin in January 2019');
    expect(sentence('ru', y2019)).toBe('Январь – декабрь 2019\u00a0г.; сравнивать не с чем — начало данных: январь 2019');
    expect(sentence('kk', y2019)).toBe('2019\u00a0ж. қаңтар – желтоқсан; салыстыру мүмкін емес — деректердің басы: 2019\u00a0ж. қаңтар');
    // A comparison that reaches into the data is named, even if it begins before them.
    const last12 = { period: { from: '2019-06', to: '2020-05' }, comparison: { from: '2018-06', to: '2019-05' } };
    expect(sentence('en', last12)).toBe('Jun 2019 – May 2020; compared with Jun 2018 – May 2019');
  });

  it("formats Kazakh with its own data, whatever the browser's Intl says", () => {
    expect(createFormatter('kk').number(1234567.5, { maxFractionDigits: 1 })).toBe(`1${NBSP}234${NBSP}567,5`);
    expect(createFormatter('kk').month('2026-01')).toBe('2026\u00a0ж. қаңтар');
  });

  it('has a table that agrees with ICU wherever ICU is complete', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const intl = localeDataFromIntl(locale);
      if (!intl) continue; // this ICU lacks the locale (Debian's Chromium and kk): nothing to compare
      expect({ group: intl.group, decimal: intl.decimal, months: intl.months }).toEqual({
        group: LOCALE_DATA[locale].group,
        decimal: LOCALE_DATA[locale].decimal,
        months: LOCALE_DATA[locale].months,
      });
    }
    expect(localeDataFromIntl('en')?.months[0]).toBe('January');
  });
});

describe('lists in words', () => {
  it('joins names with commas and the language’s "and" before the last', () => {
    expect(createFormatter('kk').list(['Алматы', 'Астана', 'Шымкент'])).toBe('Алматы, Астана және Шымкент');
    expect(createFormatter('ru').list(['Алматы', 'Астана'])).toBe('Алматы и Астана');
    expect(createFormatter('en').list(['Almaty'])).toBe('Almaty');
    expect(createFormatter('en').list([])).toBe('');
  });
});

describe('joinSentences', () => {
  it('stops each sentence but the last once, and leaves out empty parts', () => {
    expect(joinSentences(['Все показатели, 1–6 декабря 2026 г.', 'Направление: Экология'])).toBe(
      'Все показатели, 1–6 декабря 2026 г. Направление: Экология',
    );
    expect(joinSentences(['Every indicator, 1–6 December 2026', null, '', 'Direction: Ecology'])).toBe(
      'Every indicator, 1–6 December 2026. Direction: Ecology',
    );
    expect(joinSentences(['Only one'])).toBe('Only one');
  });
});

describe('plurals', () => {
  it('follows the Russian rules', () => {
    expect([1, 2, 5, 11, 21, 22, 25, 111, 112].map((n) => pluralCategory('ru', n))).toEqual([
      'one',
      'few',
      'many',
      'many',
      'one',
      'few',
      'many',
      'many',
      'many',
    ]);
    expect(pluralCategory('ru', 1.5)).toBe('other');
  });

  it('has one and other in Kazakh and English', () => {
    expect(pluralCategory('kk', 1)).toBe('one');
    expect(pluralCategory('kk', 20)).toBe('other');
    expect(pluralCategory('en', 0)).toBe('other');
  });

  it('chooses the form in messages', () => {
    const ru = createFormatter('ru');
    const say = (count: number) => translate(commonMessages, 'ru', ru, 'regionsCount', { count });
    expect([say(1), say(3), say(20), say(21)]).toEqual(['1 регион', '3 региона', '20 регионов', '21 регион']);
  });
});

describe('catalogs', () => {
  it('give every key in every language, none empty', () => {
    const keys = Object.keys(commonMessages.en).sort();
    for (const locale of ['kk', 'ru'] as const) expect(Object.keys(commonMessages[locale]).sort()).toEqual(keys);
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const message of Object.values(commonMessages[locale])) {
        expect(typeof message === 'string' ? message : message.other).not.toBe('');
      }
    }
  });
});

/**
 * The lines of text of every message catalog: src's files that define messages (messages.ts and the
 * components that keep their own), and the demo API's names of the metrics, which the screens show as well.
 */
const catalogLines = async (): Promise<{ file: string; lines: string[] }[]> => {
  const { readdir, readFile } = await import('node:fs/promises');
  const sources = (await readdir(new URL('../../src', import.meta.url), { recursive: true }))
    .filter((path) => /\.tsx?$/.test(path))
    .map((path) => new URL(`../../src/${path}`, import.meta.url));
  const catalogs = [];
  for (const source of [...sources, new URL('../../mocks/model/meta.ts', import.meta.url)]) {
    const text = await readFile(source, 'utf8');
    if (!text.includes('defineMessages(') && !source.pathname.endsWith('mocks/model/meta.ts')) continue;
    const lines = text.split('\n').filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
    catalogs.push({ file: source.pathname, lines });
  }
  return catalogs;
};

describe('messages keep a number with what it counts', () => {
  it('write "10 000" and "20 өңір" with no-break spaces in every catalog: a phone broke "10 / 000" and "20 / өңір"', async () => {
    const catalogs = await catalogLines();
    expect(catalogs.length).toBeGreaterThan(20);
    for (const { file, lines } of catalogs) {
      const breakable = lines.filter((line) => /\b10 000\b|\d өңір|из \d+ регион/.test(line));
      expect(breakable, file).toEqual([]);
    }
  });
});

describe('the words of the catalogs', () => {
  it('name a thing one way in Kazakh everywhere: a request for help is an өтінім, an action is held (өткізілді)', async () => {
    // "Ашық көмек өтініштері" stood beside "74 өтінім ашылды" on the overview, "Акция өтті" beside "Акция өткізілді".
    for (const { file, lines } of await catalogLines()) {
      expect(
        lines.filter((line) => /өтініш|Өтініш|Акция өтті/.test(line)),
        file,
      ).toEqual([]);
    }
  });

  it('put no Kazakh case ending on a placeholder by hand: "{time} жағдай бойынша" wanted "-дағы", which a formatted date cannot take', async () => {
    for (const { file, lines } of await catalogLines()) {
      expect(
        lines.filter((line) => /\} (жағдай бойынша|бойынша сұрыптау|аяқталды)/.test(line)),
        file,
      ).toEqual([]);
    }
  });

  it('make no Russian noun agree with {total}, which no plural form follows: "из 21 мероприятий", "Статус 21 показателей"', async () => {
    for (const { file, lines } of await catalogLines()) {
      expect(
        lines.filter((line) => /\{total\} [а-яё]+(ей|ий|ов|ев)(?![а-яё])/.test(line)),
        file,
      ).toEqual([]);
    }
  });
});

describe('decimals shared by numbers read side by side', () => {
  it('takes the fewest that write every value as rounded to the most allowed', () => {
    expect(sharedFractionDigits([80, 100, 120], 1)).toBe(0);
    expect(sharedFractionDigits([7, 16.2, 135.9], 1)).toBe(1);
    expect(sharedFractionDigits([1, 1.25, 1.5], 2)).toBe(2);
    expect(sharedFractionDigits([1, 1.2, 1.4], 2)).toBe(1);
    // A value that rounds to a whole number at the last place allowed needs no decimal for it.
    expect(sharedFractionDigits([1.04, 2], 1)).toBe(0);
    expect(sharedFractionDigits([-0.3, 0.1 + 0.2], 1)).toBe(1);
    expect(sharedFractionDigits([], 1)).toBe(0);
  });
});

describe('decimals of rates read side by side (per 10 000 residents)', () => {
  it('keeps one, and takes more only so that the smallest non-zero rate does not read as zero', () => {
    expect(rateFractionDigits([12.04, 3.4, 0.2])).toBe(1);
    // Organisations in one direction per 10 000 residents: "0,04", not "0,0".
    expect(rateFractionDigits([0.12, 0.04, null, 0])).toBe(2);
    expect(rateFractionDigits([0.1, 0.7])).toBe(1);
    expect(rateFractionDigits([0.1 + 0.2, 0.1])).toBe(1);
    expect(rateFractionDigits([0.004])).toBe(3);
    // No more than `most`, and zeros and missing values ask for nothing.
    expect(rateFractionDigits([0.00004])).toBe(3);
    expect(rateFractionDigits([0, null])).toBe(1);
    expect(rateFractionDigits([-0.05, 2])).toBe(2);
    const ru = createFormatter('ru');
    const rates = [0.12, 0.04];
    expect(rates.map((v) => ru.number(v, { fractionDigits: rateFractionDigits(rates) }))).toEqual(['0,12', '0,04']);
  });
});
