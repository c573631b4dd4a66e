/** The language in the page's address (src/lib/i18n/i18n-context.tsx, `searchWithLocale`). */
import { describe, expect, it } from 'vitest';
import { searchWithLocale } from '../../src/lib/i18n/i18n-context';

describe('the language in the address', () => {
  it('is added at the end of a query without one, the rest as it was', () => {
    expect(searchWithLocale('', 'en')).toBe('?lang=en');
    expect(searchWithLocale('?', 'ru')).toBe('?lang=ru');
    expect(searchWithLocale('?period=2025&regions=KZ-62,KZ-75', 'en')).toBe('?period=2025&regions=KZ-62,KZ-75&lang=en');
  });

  it('is left as it is when the address names a language, and replaces one that is no language', () => {
    expect(searchWithLocale('?lang=kk&period=2025', 'en')).toBeNull();
    expect(searchWithLocale('?lang=de&period=2025', 'ru')).toBe('?lang=ru&period=2025');
  });
});
