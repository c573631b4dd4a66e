/**
 * The wall display's frame: a chromeless, dark, viewport-scaled stage that rotates scenes, with a
 * clock, the data's as-of time, a plain stale warning, a progress line to the next scene, presenter
 * keys (→ ← PageUp PageDown Space F Esc), on a touch screen swipes and controls a tap brings up, a
 * first-load hint, an idle cursor (and controls) that disappear, and a slow shift of the whole scene
 * against burn-in. Scenes are given by the page; the frame owns time.
 */
import { useCallback, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { useAppSettings } from '../../../config/app-settings';
import { useMeta } from '../../../api/meta-query';
import { takeEarlyKeys } from '../../../lib/early-keys';
import { commonMessages } from '../../../lib/i18n/common-messages';
import { useI18n, useMessages } from '../../../lib/i18n/i18n-context';
import { describeReason } from '../../../lib/describe-error';
import { errorMessages } from '../../../lib/error-messages';
import { staleness, useLiveSnapshot } from '../../../lib/live-status';
import { Link, navigate, useLinkWithParams } from '../../../lib/router';
import { useNow } from '../../../lib/use-now';
import {
  WALL_MODE_CLASS,
  burnInShift,
  sceneAt,
  sceneTimeLeft,
  startRotation,
  stepRotation,
  swipeStep,
  togglePause,
  type WallSceneId,
} from '../model/wall-config';
import { wallMessages } from '../messages';
import '../wall.css';

export interface WallScene {
  id: WallSceneId;
  title: string;
  /** Whether the scene's figures are those of the selected period (the frame then says which). */
  ofPeriod: boolean;
  /** Whether it shows changes against the comparison period (the frame's caption then names that period too). */
  compares?: boolean;
  /** Renders the scene; `appearance` counts how often this scene has shown before (wall-config `sceneAt`; for the spotlight). */
  render: (appearance: number) => ReactNode;
}

interface WallFrameProps {
  scenes: readonly WallScene[];
  /** What the period is, and its comparison for a scene that `compares`: shown with the scenes that are `ofPeriod`. */
  periodCaption: (withComparison: boolean) => ReactNode;
  seconds: number;
  /**
   * Whether there is anything to turn to (wall-config `wallRotates`): a spotlight alone may turn, one other scene
   * not. Without, no timer, no progress line, and no keys (nor their hint) for next, back and pause.
   */
  rotates: boolean;
  ignored: readonly string[];
  restored: boolean;
  /** Whether F switches full screen (`fullscreenKey=off` turns the single-letter shortcut off). */
  fullscreenKey?: boolean;
}

const HINT_MS = 8_000;
const IDLE_MS = 3_000;
/** Next, back and pause: keys for a wall with something to turn to, left to the browser on one without. */
const TURNING_KEYS: readonly string[] = ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', ' '];
/** Where Esc and "Exit" go: the overview of the same figures, refreshed as often (the wall's own options stay behind). */
const EXIT_TO = ['/', ['lang', 'period', 'compare', 'refresh']] as const;

export const WallFrame = ({ scenes, periodCaption, seconds, rotates, ignored, restored, fullscreenKey = true }: WallFrameProps) => {
  const t = useMessages(wallMessages);
  const linkTo = useLinkWithParams();
  // Steps taken since start (the scene and the spotlight's turn follow from it), pause, and the scene's time run.
  const [rotation, setRotation] = useState(() => startRotation(performance.now()));
  const { position, paused } = rotation;
  const [showHint, setShowHint] = useState(true);
  const [idle, setIdle] = useState(false);
  // The controls come with the reader's first touch or move of the pointer, not on an unattended wall's start.
  const [pointerUsed, setPointerUsed] = useState(false);
  const count = scenes.length;
  const sceneIds = scenes.map((s) => s.id);
  const { index, appearance } = sceneAt(position, sceneIds);

  const go = useCallback((step: 1 | -1) => {
    const now = performance.now();
    setRotation((r) => stepRotation(r, step, now));
  }, []);
  const pauseOrResume = useCallback(() => {
    const now = performance.now();
    setRotation((r) => togglePause(r, now));
  }, []);

  // For what is left of the scene's time: all of it for a new scene, the rest of it after a pause.
  useEffect(() => {
    if (rotation.paused || !rotates) return;
    const timer = window.setTimeout(() => go(1), sceneTimeLeft(rotation, seconds * 1000, performance.now()));
    return () => window.clearTimeout(timer);
  }, [rotation, seconds, rotates, go]);

  // Before the first paint where the app draws the wall itself (a static host); a served wall has it already.
  useLayoutEffect(() => {
    document.documentElement.classList.add(WALL_MODE_CLASS);
    return () => document.documentElement.classList.remove(WALL_MODE_CLASS);
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(() => setShowHint(false), HINT_MS);
    return () => window.clearTimeout(timer);
  }, []);

  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      setPointerUsed(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener('mousemove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, []);

  // A finger swiped sideways turns the wall as the arrow keys do (a tablet or phone has none). Not a swipe on
  // the map, which Leaflet pans, nor on a control; a mouse's drag is not a swipe.
  useEffect(() => {
    if (!rotates) return;
    let start: { id: number; x: number; y: number } | null = null;
    const down = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      start =
        event.pointerType === 'mouse' || target?.closest('.leaflet-container, button, a')
          ? null
          : { id: event.pointerId, x: event.clientX, y: event.clientY };
    };
    const up = (event: PointerEvent) => {
      if (!start || event.pointerId !== start.id) return;
      const step = swipeStep(event.clientX - start.x, event.clientY - start.y);
      start = null;
      if (step === null) return;
      go(step);
      setShowHint(false);
    };
    const cancel = () => {
      start = null;
    };
    window.addEventListener('pointerdown', down);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    return () => {
      window.removeEventListener('pointerdown', down);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
    };
  }, [rotates, go]);

  // In the commit that first draws the wall, not after its paint: a presenter's key (or a test's) that came
  // between the scene showing and a passive effect running was lost, and the wall stayed on its scene.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (!rotates && TURNING_KEYS.includes(event.key)) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          event.preventDefault();
          go(1);
          break;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          go(-1);
          break;
        case ' ':
          event.preventDefault();
          pauseOrResume();
          break;
        case 'f':
        case 'F':
          if (!fullscreenKey) return;
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen?.().catch(() => undefined);
          break;
        case 'Escape':
          if (document.fullscreenElement) return; // the browser leaves full screen first
          navigate(linkTo(...EXIT_TO));
          break;
        default:
          return;
      }
      // Taken before anything focused sees it: with focus on the map scene's map, Leaflet panned 80 px at
      // each arrow (and left the map shifted) instead of the wall changing scene, and Space did not pause.
      event.stopPropagation();
      setShowHint(false);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    // Pressed while the app's code was on its way, the served wall already on screen (lib/early-keys.ts).
    for (const early of takeEarlyKeys()) onKey(early);
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [go, pauseOrResume, linkTo, fullscreenKey, rotates]);

  const scene = scenes[index] ?? scenes[0];
  // Only the keys that do something here: on a wall with nothing to turn to, next, back and pause did nothing.
  const hint = [rotates ? t('hintTurning') : null, fullscreenKey ? t('hintFullscreen') : null, t('hintExit')]
    .filter((part) => part !== null)
    .join(' · ');

  return (
    // Focusable: on a phone the wall is a box that scrolls, and with no link or button in it the keyboard
    // could not reach it to scroll (axe's scrollable-region-focusable).
    <div className={`wall${idle ? ' wall--idle' : ''}`} data-scene={scene?.id} data-paused={paused} tabIndex={0}>
      <BurnInStage>
        {/* Everything above the scene in the banner landmark, the hint below it in the footer's: outside any
            landmark, a screen reader's region list missed them (axe's `region`). Both wrappers lay out as
            nothing (display: contents), the stage's column as before. */}
        <header className="wall__head">
          <div className="wall__bar">
            <p className="wall__scene-name" aria-live="polite">
              {scene ? t('scene', { n: String(index + 1), total: String(count), name: scene.title }) : null}
              {paused ? <span className="wall__paused"> · {t('paused')}</span> : null}
            </p>
            <WallAsOf />
            <WallClock />
          </div>
          {/* A scene without a period keeps the caption's line, so the scene below does not move up and down. */}
          {scene?.ofPeriod ? (
            periodCaption(scene.compares === true)
          ) : (
            <p className="wall__period" aria-hidden="true">
              {'\u00a0'}
            </p>
          )}
          <WallStaleWarning restored={restored} />
          {ignored.length ? <p className="wall__note">{t('ignored', { params: ignored.join(', ') })}</p> : null}
        </header>
        <main className="wall__scene" id="main">
          <h1 className="visually-hidden">{t('title')}</h1>
          {scene ? scene.render(appearance) : null}
        </main>
        {/* In the flow below the scene, not laid over it: over it, it hid the last row of tiles or the map's
            legend for its 8 seconds. The scene takes the line back when the hint goes. */}
        {showHint ? (
          <footer className="wall__foot">
            <p className="wall__hint" role="note">
              {hint}
            </p>
            {/* On a touch screen in place of the keys' (wall.css). */}
            <p className="wall__touch-hint" role="note">
              {rotates ? `${t('touchTurning')} · ${t('touchControls')}` : t('touchControls')}
            </p>
          </footer>
        ) : null}
      </BurnInStage>
      {/* What the keys do, for a touch or a pointer: while it is used, gone with the cursor when it is not. */}
      {pointerUsed && !idle ? (
        <div className="wall__controls" role="group" aria-label={t('controls')}>
          {rotates ? (
            <>
              {/* The arrows are seen, not said: "left arrow, Previous" is what a screen reader made of them. */}
              <button type="button" onClick={() => go(-1)}>
                <span aria-hidden="true">←&nbsp;</span>
                {t('previous')}
              </button>
              <button type="button" onClick={pauseOrResume}>
                {paused ? t('resume') : t('pause')}
              </button>
              <button type="button" onClick={() => go(1)}>
                {t('next')}
                <span aria-hidden="true">&nbsp;→</span>
              </button>
            </>
          ) : null}
          <Link to={linkTo(...EXIT_TO)}>{t('exit')}</Link>
        </div>
      ) : null}
      {/* Only where the wall turns: with one scene that stays, the line ran to a next scene that never came. */}
      {rotates ? (
        <div className="wall__progress" aria-hidden="true">
          {/* New for each scene, kept through a pause: paused, its animation stops where it is and goes on
              from there on resume, as the timer does (keyed on the pause too, it emptied at each). */}
          <div
            key={position}
            className="wall__progress-bar"
            style={{ animationDuration: `${seconds}s`, animationPlayState: paused ? 'paused' : 'running' }}
          />
        </div>
      ) : null}
    </div>
  );
};

// The pieces below tick on their own, so the scene itself re-renders only when it changes.

const BurnInStage = ({ children }: { children: ReactNode }) => {
  const minute = Math.floor(useNow(60_000) / 60_000);
  const shift = burnInShift(minute);
  return (
    <div className="wall__stage" style={{ transform: `translate(${shift.x}em, ${shift.y}em)` }}>
      {children}
    </div>
  );
};

const WallClock = () => {
  const { format } = useI18n();
  const now = useNow(1_000);
  return (
    <p className="wall__clock" data-testid="wall-clock">
      {format.time(new Date(now))}
    </p>
  );
};

/** The data's as-of time, and, for demo data, the badge every page carries (visitors see the wall most). */
const WallAsOf = () => {
  const t = useMessages(wallMessages);
  const common = useMessages(commonMessages);
  const { format } = useI18n();
  const { refreshMs } = useAppSettings();
  const meta = useMeta();
  return (
    <p className="wall__as-of">
      {meta.data?.demo ? (
        <span className="wall__demo" data-testid="wall-demo">
          {common('demoBadge')}
          <span className="visually-hidden">: {common('demoExplanation')}</span>
        </span>
      ) : null}
      {meta.data ? t('asOf', { time: format.dateTime(new Date(meta.data.asOf)) }) : null}
      {/* Else nothing says the figures stay as they were loaded (and none can be late, so no warning comes). */}
      {refreshMs === null ? <span className="wall__refresh-off"> · {t('refreshOff')}</span> : null}
    </p>
  );
};

/**
 * Says plainly when what is on screen is late (lib/live-status `staleness`: when the status light says
 * so) — any of it, not only all of it — with the time of its last success and what fails (the endpoint
 * and how).
 */
const WallStaleWarning = ({ restored }: { restored: boolean }) => {
  const t = useMessages(wallMessages);
  const te = useMessages(errorMessages);
  const { format } = useI18n();
  const { refreshMs } = useAppSettings();
  const live = useLiveSnapshot();
  const now = useNow(1_000);
  const stale = staleness(live, refreshMs, now);
  if (!stale) return null;
  const reason = describeReason(stale.error, te);
  const time = stale.since ? format.dateTime(new Date(stale.since)) : '';
  const text = stale.since
    ? reason
      ? t('staleBecause', { reason, time })
      : t('stale', { time })
    : reason
      ? t('staleNeverBecause', { reason })
      : t('staleNever');
  return (
    <p className="wall__stale" role="alert" data-testid="wall-stale">
      {text}
      {/* What never came cannot be shown from the saved copy either: then only the rest is ("No data received
          yet (/regions/KZ-11) · Showing saved data" contradicted itself). */}
      {restored ? ` · ${t(stale.since ? 'restored' : 'restoredRest')}` : ''}
    </p>
  );
};
