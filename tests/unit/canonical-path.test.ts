import { describe, expect, it, vi } from 'vitest';
import { canonicalizeAddress, canonicalLocation, canonicalPath } from '../../src/app/canonical-path';

describe('canonical addresses', () => {
  it('writes region codes in capitals and direction ids in lower case', () => {
    expect(canonicalPath('/regions/kz-62')).toBe('/regions/KZ-62');
    expect(canonicalPath('/regions/Kz-75/')).toBe('/regions/KZ-75');
    expect(canonicalPath('/directions/ECOLOGY')).toBe('/directions/ecology');
  });

  it('leaves canonical addresses, other pages and codes that are no code in any case alone', () => {
    for (const path of [
      '/regions/KZ-62',
      '/directions/ecology',
      '/',
      '/regions',
      '/wall',
      '/regions/kz-6',
      '/regions/almaty',
      '/directions/Nope',
    ])
      expect(canonicalPath(path), path).toBeNull();
  });

  it('keeps the query (language, period…) in the redirect', () => {
    expect(canonicalLocation('/regions/kz-62?lang=ru&period=2025')).toBe('/regions/KZ-62?lang=ru&period=2025');
    expect(canonicalLocation('/regions/KZ-62?lang=ru')).toBeNull();
  });

  it('puts the address right in the browser without a new history entry, the hash kept', () => {
    const replaceState = vi.fn();
    canonicalizeAddress({
      location: { pathname: '/regions/kz-62', search: '?lang=en', hash: '#trend' } as Location,
      history: { replaceState } as unknown as History,
    });
    expect(replaceState).toHaveBeenCalledWith(null, '', '/regions/KZ-62?lang=en#trend');
    replaceState.mockClear();
    canonicalizeAddress({
      location: { pathname: '/regions/KZ-62', search: '', hash: '' } as Location,
      history: { replaceState } as unknown as History,
    });
    expect(replaceState).not.toHaveBeenCalled();
  });
});
