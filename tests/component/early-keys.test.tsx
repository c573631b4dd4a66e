/** Keys pressed on a served page before the app starts (src/lib/early-keys.ts), kept for the wall. */
import { afterEach, describe, expect, it } from 'vitest';
import { keepEarlyKeys, takeEarlyKeys } from '../../src/lib/early-keys';

const press = (key: string, init: KeyboardEventInit = {}) => window.dispatchEvent(new KeyboardEvent('keydown', { key, ...init }));

describe('early keys', () => {
  afterEach(() => takeEarlyKeys());

  it('keeps the presses in order, not those with Ctrl, Alt or Meta, and stops keeping once taken', () => {
    keepEarlyKeys();
    press('ArrowRight');
    press('r', { ctrlKey: true });
    press(' ');
    expect(takeEarlyKeys().map((e) => e.key)).toEqual(['ArrowRight', ' ']);
    press('ArrowLeft');
    expect(takeEarlyKeys()).toEqual([]);
  });

  it('holds no more than eight on a page that never takes them, and keeps each press once however often it is asked to keep', () => {
    keepEarlyKeys();
    keepEarlyKeys();
    for (let i = 0; i < 20; i++) press('PageDown');
    expect(takeEarlyKeys()).toHaveLength(8);
  });
});
