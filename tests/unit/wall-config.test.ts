import { describe, expect, it } from 'vitest';
import {
  SWIPE_MIN_PX,
  swipeStep,
  burnInShift,
  parseWallConfig,
  sceneAt,
  sceneTimeLeft,
  startRotation,
  stepRotation,
  togglePause,
  spotlightRegion,
  WALL_SCENES,
  wallRotates,
} from '../../src/features/wall/model/wall-config';

describe('wall configuration from the link', () => {
  it('defaults to every scene for 20 seconds', () => {
    expect(parseWallConfig('')).toEqual({ scenes: [...WALL_SCENES], seconds: 20, region: null, fullscreenKey: true, ignored: [] });
  });

  it('takes scenes, order, seconds and region from the URL', () => {
    expect(parseWallConfig('?scenes=roadmap,kpi,map,spotlight&seconds=5&region=KZ-62&lang=ru', ['KZ-62'], ['lang'])).toEqual({
      scenes: ['roadmap', 'kpi', 'map', 'spotlight'],
      seconds: 5,
      region: 'KZ-62',
      fullscreenKey: true,
      ignored: [],
    });
  });

  it('names a region no scene will show: the spotlight is not on the list', () => {
    expect(parseWallConfig('?scenes=kpi,map&region=KZ-62', ['KZ-62'])).toMatchObject({ region: 'KZ-62', ignored: ['region=KZ-62'] });
    expect(parseWallConfig('?scenes=kpi,spotlight&region=KZ-62', ['KZ-62']).ignored).toEqual([]);
    // All five scenes by default, the spotlight among them.
    expect(parseWallConfig('?region=KZ-62', ['KZ-62']).ignored).toEqual([]);
  });

  it('turns the F key’s full screen off with fullscreenKey=off, and names a value it does not know', () => {
    expect(parseWallConfig('?fullscreenKey=off').fullscreenKey).toBe(false);
    expect(parseWallConfig('?fullscreenKey=on').fullscreenKey).toBe(true);
    expect(parseWallConfig('?fullscreenKey=no')).toMatchObject({ fullscreenKey: true, ignored: ['fullscreenKey=no'] });
  });

  it('clamps seconds and reports what it ignored', () => {
    const config = parseWallConfig('?scenes=kpi,weather&seconds=1&region=KZ-99', ['KZ-62']);
    expect(config.scenes).toEqual(['kpi']);
    expect(config.seconds).toBe(5);
    expect(config.region).toBeNull();
    expect(config.ignored).toEqual(['scenes=weather', 'seconds=1 → 5', 'region=KZ-99']);
    expect(parseWallConfig('?seconds=9999').seconds).toBe(600);
    expect(parseWallConfig('?seconds=9999').ignored).toEqual(['seconds=9999 → 600']);
    expect(parseWallConfig('?seconds=30').ignored).toEqual([]);
    expect(parseWallConfig('?seconds=abc').ignored).toEqual(['seconds=abc']);
    expect(parseWallConfig('?scenes=nothing').scenes).toEqual([...WALL_SCENES]);
  });

  it('names a parameter nothing reads, quoting at most 40 characters of it, and takes the app’s own without a word', () => {
    const long = 'x'.repeat(60);
    expect(parseWallConfig(`?secs=30&lang=kk&kiosk&note=${long}&period=2025`, [], ['lang', 'period']).ignored).toEqual([
      'secs=30',
      'kiosk',
      `note=${'x'.repeat(34)}…`,
    ]);
    expect(parseWallConfig(`?region=${long}`).ignored).toEqual([`region=${'x'.repeat(32)}…`]);
  });

  it('quotes what would garble the note harmlessly: direction and control characters left out, whole characters cut, bare separators skipped, a repeat named', () => {
    // A right-to-left override turned the rest of the note around ("bad=abc03=sces").
    expect(parseWallConfig('?bad=abc%E2%80%AE&secs=30%0A').ignored).toEqual(['bad=abc', 'secs=30']);
    expect(parseWallConfig(`?note=${'🙂'.repeat(50)}`).ignored).toEqual([`note=${'🙂'.repeat(34)}…`]);
    expect(parseWallConfig('?=&=&&foo&=1').ignored).toEqual(['foo', '=1']);
    // "seconds=30&seconds=abc": the second was dropped without a word.
    expect(parseWallConfig('?seconds=30&seconds=abc')).toMatchObject({ seconds: 30, ignored: ['seconds=abc'] });
  });

  it('turns with more than one scene, or with a spotlight that takes the regions in turn, even alone', () => {
    expect(wallRotates({ scenes: ['kpi', 'map'], region: null })).toBe(true);
    expect(wallRotates({ scenes: ['kpi', 'kpi'], region: 'KZ-62' })).toBe(true);
    // Alone, the spotlight stayed on its first region for good (the timer wanted two scenes).
    expect(wallRotates({ scenes: ['spotlight'], region: null })).toBe(true);
    expect(wallRotates({ scenes: ['spotlight'], region: 'KZ-62' })).toBe(false);
    expect(wallRotates({ scenes: ['kpi'], region: null })).toBe(false);
  });

  it('counts each scene’s own appearances, so a scene twice in the list shows its next turn each time', () => {
    const scenes = ['kpi', 'spotlight', 'spotlight'];
    // Both spotlights of a round showed the same region (the round's number was taken for each).
    expect([1, 2, 4, 5].map((position) => sceneAt(position, scenes))).toEqual([
      { index: 1, appearance: 0 },
      { index: 2, appearance: 1 },
      { index: 1, appearance: 2 },
      { index: 2, appearance: 3 },
    ]);
    expect([0, 3, 6].map((position) => sceneAt(position, scenes).appearance)).toEqual([0, 1, 2]);
    // Back from the start: the turns before the first, in the same order.
    expect([-1, -2, -3].map((position) => sceneAt(position, scenes))).toEqual([
      { index: 2, appearance: -1 },
      { index: 1, appearance: -2 },
      { index: 0, appearance: -1 },
    ]);
    expect(sceneAt(5, [])).toEqual({ index: 0, appearance: 0 });
  });

  it('keeps a scene’s time through a pause: resumed, it stays for what was left, and the next scene gets its full time', () => {
    const started = startRotation(1_000);
    expect(sceneTimeLeft(started, 20_000, 7_000)).toBe(14_000);
    const paused = togglePause(started, 7_000);
    expect(paused).toMatchObject({ position: 0, paused: true });
    // However long the pause, what is left stays.
    expect(sceneTimeLeft(paused, 20_000, 60_000)).toBe(14_000);
    const resumed = togglePause(paused, 60_000);
    expect(resumed.paused).toBe(false);
    // Not the full 20 s again.
    expect(sceneTimeLeft(resumed, 20_000, 60_000)).toBe(14_000);
    expect(sceneTimeLeft(resumed, 20_000, 70_000)).toBe(4_000);
    expect(sceneTimeLeft(resumed, 20_000, 90_000)).toBe(0);
    // A second pause adds to what had run.
    expect(sceneTimeLeft(togglePause(resumed, 72_000), 20_000, 99_000)).toBe(2_000);

    const next = stepRotation(resumed, 1, 70_000);
    expect(next).toMatchObject({ position: 1, paused: false });
    expect(sceneTimeLeft(next, 20_000, 70_000)).toBe(20_000);
    // Stepped while paused: the scene before, paused, at its full time.
    const back = stepRotation(paused, -1, 8_000);
    expect(back).toMatchObject({ position: -1, paused: true });
    expect(sceneTimeLeft(back, 20_000, 30_000)).toBe(20_000);
  });

  it('cycles the spotlight through the regions unless one is fixed', () => {
    const regions = ['KZ-10', 'KZ-11', 'KZ-15'];
    expect([0, 1, 2, 3].map((n) => spotlightRegion(n, regions, null))).toEqual(['KZ-10', 'KZ-11', 'KZ-15', 'KZ-10']);
    expect(spotlightRegion(7, regions, 'KZ-62')).toBe('KZ-62');
    expect(spotlightRegion(0, [], null)).toBeNull();
  });

  it('shifts against burn-in by a small amount that keeps changing', () => {
    const shifts = Array.from({ length: 60 }, (_, m) => burnInShift(m));
    for (const s of shifts) {
      expect(Math.abs(s.x)).toBeLessThanOrEqual(0.35);
      expect(Math.abs(s.y)).toBeLessThanOrEqual(0.35);
    }
    expect(new Set(shifts.map((s) => `${s.x},${s.y}`)).size).toBeGreaterThan(30);
  });
});

describe('a swipe on the wall', () => {
  it('turns to the next scene to the left and the previous to the right, once far and flat enough', () => {
    expect(swipeStep(-SWIPE_MIN_PX, 0)).toBe(1);
    expect(swipeStep(SWIPE_MIN_PX, 10)).toBe(-1);
    expect(swipeStep(-200, 99)).toBe(1);
  });
  it('leaves a tap, a short move and a scroll up or down alone', () => {
    expect(swipeStep(0, 0)).toBeNull();
    expect(swipeStep(-(SWIPE_MIN_PX - 1), 0)).toBeNull();
    expect(swipeStep(-200, 101)).toBeNull();
    expect(swipeStep(5, -300)).toBeNull();
  });
});
