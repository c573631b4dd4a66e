/** The wall's turning (src/features/wall): its timer, progress line, spotlight regions, pause and key hint. */
import { act, cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

/** The first regions of the demo API's /meta, in its order: Abai, Akmola, Aktobe. */
const [ABAI, AKMOLA, AKTOBE] = ['KZ-10', 'KZ-11', 'KZ-15'];

const wall = () => document.querySelector('.wall');
const sceneId = () => wall()?.getAttribute('data-scene');
const spotlightCode = () => document.querySelector('[data-testid="wall-spotlight"]')?.getAttribute('data-code');
const progressBar = () => document.querySelector('.wall__progress-bar');
const hint = () => document.querySelector('.wall__hint')?.textContent;

/** Presses `key` on the wall; whether the wall took it (kept it from the browser). */
const press = (key: string) => {
  const event = new KeyboardEvent('keydown', { key, cancelable: true });
  act(() => {
    window.dispatchEvent(event);
  });
  return event.defaultPrevented;
};

/** Lets `ms` of the wall's time pass (its timers, and the demo API's answers meanwhile). */
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/**
 * Real time for the demo API to answer, until `ready` (or 200 rounds), the wall's clock moving a millisecond
 * a round (the app's work on an answer waits on timers of its own).
 */
const settle = async (ready: () => boolean) => {
  for (let round = 0; round < 200 && !ready(); round++)
    await act(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      await vi.advanceTimersByTimeAsync(1);
    });
};

/** The spotlight's region once its figures are in, `code` awaited. */
const spotlightShows = async (code: string) => {
  await settle(() => spotlightCode() === code);
  return spotlightCode();
};

const openWall = async (search: string, lang = 'en') => {
  renderApp(`/wall?lang=${lang}&${search}`);
  await settle(() => sceneId() !== undefined);
};

// Loaded before the clock is faked: the route's code arriving is no timer the test could advance.
beforeAll(() => import('../../src/app/routes/wall'));
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => vi.useRealTimers());

describe('the wall with the spotlight alone', () => {
  it('shows the next region at each turn, with a progress line to it', async () => {
    await openWall('scenes=spotlight&seconds=5');
    expect(await spotlightShows(ABAI)).toBe(ABAI);
    expect(progressBar()).not.toBeNull();
    await pass(5_000);
    expect(await spotlightShows(AKMOLA)).toBe(AKMOLA);
    await pass(5_000);
    expect(await spotlightShows(AKTOBE)).toBe(AKTOBE);
  });

  it('keeps a fixed region, with no progress line', async () => {
    await openWall('scenes=spotlight&seconds=5&region=KZ-62');
    await pass(10_000);
    expect(await spotlightShows('KZ-62')).toBe('KZ-62');
    expect(progressBar()).toBeNull();
  });
});

describe('the wall with the spotlight twice in its scenes', () => {
  it('shows the next region at each of its turns, in the regions’ order', async () => {
    await openWall('scenes=kpi,spotlight,spotlight&seconds=600');
    expect(sceneId()).toBe('kpi');
    const shown: (string | null | undefined)[] = [];
    for (const expected of [ABAI, AKMOLA, null, AKTOBE]) {
      press('ArrowRight');
      shown.push(expected ? await spotlightShows(expected) : sceneId());
    }
    // Both of a round showed the same region: Abai, Abai, then Akmola, Akmola.
    expect(shown).toEqual([ABAI, AKMOLA, 'kpi', AKTOBE]);
  });
});

describe('the wall paused and resumed', () => {
  it('freezes its progress line where it was, and resumed, stays for the time the scene had left', async () => {
    await openWall('scenes=kpi,roadmap&seconds=10');
    await pass(6_000);
    const line = progressBar();
    press(' ');
    expect(wall()).toHaveAttribute('data-paused', 'true');
    // The same line, stopped: a new one (keyed on the pause) started empty.
    expect(progressBar()).toBe(line);
    expect(line).toHaveStyle({ animationPlayState: 'paused' });
    await pass(30_000);
    expect(sceneId()).toBe('kpi');
    press(' ');
    expect(progressBar()).toBe(line);
    expect(line).toHaveStyle({ animationPlayState: 'running' });
    // 4 s were left, not the full 10 again.
    await pass(3_900);
    expect(sceneId()).toBe('kpi');
    await pass(200);
    expect(sceneId()).toBe('roadmap');
    // The next scene has its full time, and a new line.
    expect(progressBar()).not.toBe(line);
    await pass(9_800);
    expect(sceneId()).toBe('roadmap');
    await pass(300);
    expect(sceneId()).toBe('kpi');
  });
});

describe('the wall’s key hint', () => {
  it('names next, back and pause where there is something to turn to', async () => {
    await openWall('scenes=kpi,map&seconds=600');
    expect(hint()).toBe('→ / PageDown next · ← / PageUp previous · Space pause · F full screen · Esc exit');
    cleanup();
    await openWall('scenes=spotlight&seconds=600&fullscreenKey=off', 'ru');
    expect(hint()).toBe('→ / PageDown — дальше · ← / PageUp — назад · Пробел — пауза · Esc — выход');
  });

  it('leaves them out, and the keys to the browser, where there is nothing to turn to', async () => {
    await openWall('scenes=kpi&seconds=5');
    // They were named, and did nothing.
    expect(hint()).toBe('F full screen · Esc exit');
    for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', ' ']) expect(press(key), key).toBe(false);
    expect(wall()).toHaveAttribute('data-paused', 'false');
    // Not taken, they leave the hint up for its 8 seconds.
    expect(hint()).toBe('F full screen · Esc exit');
    cleanup();
    await openWall('scenes=spotlight&region=KZ-62&fullscreenKey=off', 'kk');
    expect(hint()).toBe('Esc — шығу');
    expect(press(' ')).toBe(false);
    expect(wall()).toHaveAttribute('data-paused', 'false');
  });
});
