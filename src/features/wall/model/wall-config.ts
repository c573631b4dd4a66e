/**
 * A wall screen is configured entirely by its link: which scenes, in what order, how long each stays,
 * and an optional fixed region for the spotlight (`/wall?scenes=kpi,map,roadmap&seconds=20&region=KZ-62`);
 * `fullscreenKey=off` turns off the one single-letter shortcut, F for full screen (WCAG 2.1.4: a speech
 * user's dictated "f", or a stray key on a shared keyboard, must not take the screen over).
 * Parsing is forgiving: unknown scene names are dropped and reported, out-of-range seconds are clamped and
 * reported with the value taken, and a parameter the wall does not know ("secs=30", mistyped) is named.
 */
import { cutToCharacters, plainText } from '../../../lib/plain-text';

/**
 * The class on `<html>` while the wall is shown: it sizes the root font from the viewport
 * (src/features/wall/wall.css), so the wall reads the same on a 1080p and a 4K screen. The server puts it
 * on the wall's page itself: added by the app, the served wall was painted at the browser's 16 px and then
 * grew to 20 px (1080p) or 40 px (4K) as the app started.
 */
export const WALL_MODE_CLASS = 'wall-mode';

export const WALL_SCENES = ['kpi', 'map', 'directions', 'roadmap', 'spotlight'] as const;
export type WallSceneId = (typeof WALL_SCENES)[number];

export const DEFAULT_SECONDS = 20;
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 600;

export interface WallConfig {
  scenes: WallSceneId[];
  seconds: number;
  region: string | null;
  /** Whether F switches full screen (on unless `fullscreenKey=off`). */
  fullscreenKey: boolean;
  /** Parameters that were present but not understood, for an on-screen note. */
  ignored: string[];
}

const isScene = (value: string): value is WallSceneId => (WALL_SCENES as readonly string[]).includes(value);

/** The wall's own parameters. */
const WALL_PARAMS = ['scenes', 'seconds', 'region', 'fullscreenKey'];

/** How much of a parameter the note quotes: a link may carry anything. */
const MAX_QUOTED = 40;
/**
 * A parameter as the note quotes it: whole characters, at most 40, without control characters (a
 * right-to-left override in a value turned the rest of the note around: "bad=abc03=sces").
 */
export const quotedParam = (text: string): string => cutToCharacters(plainText(text), MAX_QUOTED);

/**
 * The wall's settings from its link's search. `knownRegions`: the codes a fixed region may be (any code
 * while the list is not there). `otherParams`: the parameters the app's other pages take and carry to the
 * wall (language, period, refresh…), taken here without a note.
 */
export const parseWallConfig = (search: string, knownRegions: readonly string[] = [], otherParams: readonly string[] = []): WallConfig => {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];

  let scenes: WallSceneId[] = [...WALL_SCENES];
  const rawScenes = params.get('scenes');
  if (rawScenes !== null) {
    const wanted = rawScenes
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const valid = wanted.filter(isScene);
    const unknown = wanted.filter((s) => !isScene(s));
    if (unknown.length) ignored.push(quotedParam(`scenes=${unknown.join(',')}`));
    // Repeats are allowed (kpi,map,kpi,roadmap): a screen may want the KPIs more often.
    if (valid.length) scenes = valid;
  }

  let seconds = DEFAULT_SECONDS;
  const rawSeconds = params.get('seconds');
  if (rawSeconds !== null) {
    const n = Number(rawSeconds);
    if (Number.isFinite(n) && n > 0) {
      seconds = Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, Math.round(n)));
      // Clamped, said so: "seconds=2" became 5 without a word on the screen.
      if (seconds !== n) ignored.push(`seconds=${rawSeconds} → ${seconds}`);
    } else ignored.push(quotedParam(`seconds=${rawSeconds}`));
  }

  let region: string | null = null;
  const rawRegion = params.get('region');
  if (rawRegion !== null) {
    if (/^KZ-\d{2}$/.test(rawRegion) && (knownRegions.length === 0 || knownRegions.includes(rawRegion))) region = rawRegion;
    else ignored.push(quotedParam(`region=${rawRegion}`));
    // Only the spotlight shows a region: without it on the list the region went unused without a word.
    if (region !== null && !scenes.includes('spotlight')) ignored.push(quotedParam(`region=${rawRegion}`));
  }

  let fullscreenKey = true;
  const rawFullscreenKey = params.get('fullscreenKey');
  if (rawFullscreenKey === 'off') fullscreenKey = false;
  else if (rawFullscreenKey !== null && rawFullscreenKey !== 'on') ignored.push(quotedParam(`fullscreenKey=${rawFullscreenKey}`));

  // Read by nothing, and it was silent: "secs=30" left the scenes at 20 s with no word why. A wall
  // parameter given twice is read once, the first; the others are named too. A bare "&" or "=" is nothing.
  const seen = new Set<string>();
  for (const [key, value] of params) {
    const repeated = WALL_PARAMS.includes(key) && seen.has(key);
    seen.add(key);
    if (key === '' && value === '') continue;
    if (repeated || (!WALL_PARAMS.includes(key) && !otherParams.includes(key)))
      ignored.push(quotedParam(value === '' ? key : `${key}=${value}`));
  }

  return { scenes, seconds, region, fullscreenKey, ignored };
};

/**
 * Whether the wall has anything to turn to: another scene, or a spotlight that takes the regions in turn
 * (alone in the list, each turn shows its next region). Only then does it run a timer and a progress line,
 * and take (and name in its hint) the keys for next, back and pause.
 */
export const wallRotates = ({ scenes, region }: Pick<WallConfig, 'scenes' | 'region'>): boolean =>
  scenes.length > 1 || (scenes.includes('spotlight') && region === null);

/**
 * Where the wall's turning stands: steps taken since start (negative after going back), whether it is paused,
 * and how long the scene on screen had run by `since` (ms, performance.now()), when it last came, paused or
 * resumed. Pausing keeps the time run, so resuming goes on with what was left, not the scene's full time again.
 */
export interface Rotation {
  position: number;
  paused: boolean;
  ranMs: number;
  since: number;
}

export const startRotation = (now: number): Rotation => ({ position: 0, paused: false, ranMs: 0, since: now });

/** The next (1) or previous (-1) scene, from the start of its time, paused or not as before. */
export const stepRotation = (rotation: Rotation, step: 1 | -1, now: number): Rotation => ({
  ...rotation,
  position: rotation.position + step,
  ranMs: 0,
  since: now,
});

export const togglePause = (rotation: Rotation, now: number): Rotation =>
  rotation.paused
    ? { ...rotation, paused: false, since: now }
    : { ...rotation, paused: true, ranMs: rotation.ranMs + (now - rotation.since), since: now };

/** How much of the scene's `sceneMs` is left at `now` (while paused, what was left when it paused). */
export const sceneTimeLeft = (rotation: Rotation, sceneMs: number, now: number): number =>
  Math.max(0, sceneMs - rotation.ranMs - (rotation.paused ? 0 : now - rotation.since));

/**
 * Where the wall is after `position` steps from its start (negative after going back): the index of the scene
 * shown, and that scene's `appearance`, how often it has shown before. Counted for the scene, not by rounds of
 * the list: in kpi,spotlight,spotlight both spotlights of a round showed the same region.
 */
export const sceneAt = (position: number, sceneIds: readonly string[]): { index: number; appearance: number } => {
  const count = sceneIds.length;
  if (count === 0) return { index: 0, appearance: 0 };
  const index = ((position % count) + count) % count;
  const round = (position - index) / count;
  const id = sceneIds[index];
  const timesPerRound = sceneIds.filter((other) => other === id).length;
  const timesBeforeInRound = sceneIds.slice(0, index).filter((other) => other === id).length;
  return { index, appearance: round * timesPerRound + timesBeforeInRound };
};

/**
 * The region the spotlight shows on its n-th appearance: the fixed one, or the regions in turn.
 * Cycling by appearance (not by clock) means every region gets its turn whatever the scene list.
 */
export const spotlightRegion = (appearance: number, regions: readonly string[], fixed: string | null): string | null => {
  if (fixed) return fixed;
  if (regions.length === 0) return null;
  return regions[((appearance % regions.length) + regions.length) % regions.length] ?? null;
};

/**
 * Burn-in care: a slow Lissajous-like walk of a few pixels-worth (in em) so no pixel shows the same
 * thing for hours. Returns the offset for a given minute.
 */
export const burnInShift = (minute: number, amplitudeEm = 0.35): { x: number; y: number } => {
  const x = Math.round(Math.sin((minute * 2 * Math.PI) / 17) * amplitudeEm * 100) / 100;
  const y = Math.round(Math.cos((minute * 2 * Math.PI) / 23) * amplitudeEm * 100) / 100;
  return { x, y };
};

/** How far a finger must travel sideways for a swipe to turn the wall (CSS px), and how much more sideways than up or down. */
export const SWIPE_MIN_PX = 60;
const SWIPE_SLOPE = 2;

/**
 * The turn a touch that moved by (dx, dy) asks for: to the next scene (1) for a swipe to the left, the
 * previous (-1) for one to the right, none for a tap, a short move or one mostly up or down (the wall
 * scrolls on a phone).
 */
export const swipeStep = (dx: number, dy: number): 1 | -1 | null => {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < SWIPE_SLOPE * Math.abs(dy)) return null;
  return dx < 0 ? 1 : -1;
};
