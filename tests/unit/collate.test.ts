import { describe, expect, it } from 'vitest';
import { byLocalisedName, compareText } from '../../src/lib/i18n/collate';

const sorted = (names: readonly string[], locale: 'kk' | 'ru' | 'en') => [...names].sort(compareText(locale));

describe('alphabetical order of names', () => {
  it('follows the Kazakh alphabet in Kazakh: ұ before ү, і after ы', () => {
    expect(sorted(['Іле', 'Үржар', 'Ыстық', 'Ұлан', 'Иван', 'Қостанай', 'Күн'], 'kk')).toEqual([
      'Иван',
      'Күн',
      'Қостанай',
      'Ұлан',
      'Үржар',
      'Ыстық',
      'Іле',
    ]);
  });

  it('puts the Kazakh letters after their Russian base letter in Russian, and ё with е', () => {
    expect(sorted(['Ыстық', 'Іле', 'Иван', 'Йошкар', 'Қостанай', 'Кызыл', 'Лес'], 'ru')).toEqual([
      'Иван',
      'Іле',
      'Йошкар',
      'Кызыл',
      'Қостанай',
      'Лес',
      'Ыстық',
    ]);
    expect(sorted(['ель', 'ёж', 'еда'], 'ru')).toEqual(['еда', 'ёж', 'ель']);
  });

  it('orders the 20 regions as a Kazakh reader expects, a name before the longer names it starts', () => {
    const kazakhOrder = [
      'Абай облысы',
      'Ақмола облысы',
      'Ақтөбе облысы',
      'Алматы',
      'Алматы облысы',
      'Астана',
      'Атырау облысы',
      'Батыс Қазақстан облысы',
      'Жамбыл облысы',
      'Жетісу облысы',
      'Қарағанды облысы',
      'Қостанай облысы',
      'Қызылорда облысы',
      'Маңғыстау облысы',
      'Павлодар облысы',
      'Солтүстік Қазақстан облысы',
      'Түркістан облысы',
      'Ұлытау облысы',
      'Шығыс Қазақстан облысы',
      'Шымкент',
    ];
    // From the order of their code points, in which the Kazakh letters (Ә, Қ, Ұ, І …) come after я.
    const byCodePoint = [...kazakhOrder].sort();
    expect(byCodePoint).not.toEqual(kazakhOrder);
    expect(sorted(byCodePoint, 'kk')).toEqual(kazakhOrder);
  });

  it('orders the official Russian names by their proper name: "город Алматы" under А, "область Ұлытау" under У', () => {
    const russianOrder = [
      'область Абай',
      'Акмолинская область',
      'Актюбинская область',
      'Алматинская область',
      'город Алматы',
      'город Астана',
      'Атырауская область',
      'Восточно-Казахстанская область',
      'Жамбылская область',
      'область Жетісу',
      'Западно-Казахстанская область',
      'Карагандинская область',
      'Костанайская область',
      'Кызылординская область',
      'Мангистауская область',
      'Павлодарская область',
      'Северо-Казахстанская область',
      'Туркестанская область',
      'область Ұлытау',
      'город Шымкент',
    ];
    expect(sorted([...russianOrder].reverse(), 'ru')).toEqual(russianOrder);
    // Only a leading generic word is skipped, and only in Russian.
    expect(sorted(['Городецкая', 'город Астана'], 'ru')).toEqual(['город Астана', 'Городецкая']);
    // An organisation's name that starts with the word is ordered as written.
    expect(sorted(['Город добра', 'Вектор', 'Дом'], 'ru')).toEqual(['Вектор', 'Город добра', 'Дом']);
    expect(sorted(['область Абай', 'Жамбыл'], 'kk')).toEqual(['Жамбыл', 'область Абай']);
  });

  it('orders letters typed as a base letter and a combining mark as the letters they make', () => {
    const decomposed = (text: string) => text.normalize('NFD');
    expect(sorted([decomposed('Йошкар'), 'Иван', 'Кызыл'], 'ru')).toEqual(['Иван', decomposed('Йошкар'), 'Кызыл']);
    expect(sorted([decomposed('ёж'), 'еда', 'жук'], 'kk')).toEqual(['еда', decomposed('ёж'), 'жук']);
  });

  it('ignores case, puts digits before letters and Latin before Cyrillic', () => {
    expect(sorted(['beta', 'Alpha', 'alpha', 'Бета', '2 Gamma', 'Альфа'], 'en')).toEqual([
      '2 Gamma',
      'Alpha',
      'alpha',
      'beta',
      'Альфа',
      'Бета',
    ]);
  });

  it('is a consistent order: antisymmetric, zero only for the same text', () => {
    const compare = compareText('kk');
    expect(compare('Астана', 'Астана')).toBe(0);
    expect(Math.sign(compare('Абай', 'Ақмола'))).toBe(-Math.sign(compare('Ақмола', 'Абай')));
    expect(compare('Астана', 'астана')).not.toBe(0);
  });
});

describe('items named in every language', () => {
  it('come in the order of their names in the reader’s language, the list given left as it was', () => {
    const regions = [
      { code: 'KZ-71', name: { kk: 'Астана', ru: 'город Астана', en: 'Astana' } },
      { code: 'KZ-10', name: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' } },
      { code: 'KZ-11', name: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
    ];
    expect(byLocalisedName(regions, 'kk').map((r) => r.code)).toEqual(['KZ-10', 'KZ-11', 'KZ-71']);
    // Russian orders "город Астана" by "Астана", after "Акмолинская".
    expect(byLocalisedName(regions, 'ru').map((r) => r.code)).toEqual(['KZ-10', 'KZ-11', 'KZ-71']);
    expect(regions.map((r) => r.code)).toEqual(['KZ-71', 'KZ-10', 'KZ-11']);
  });
});
