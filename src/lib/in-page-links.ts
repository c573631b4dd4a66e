/**
 * Links to a place on the same page, and the hold that keeps what a reader was taken to where the browser
 * put it while the page settles. Free of React: the entry installs it before the app's code is running.
 */

import { DRAWN_AHEAD_PX, NOT_YET_DRAWN } from './drawn-near-screen';

/**
 * A plain left click, which the app handles in place; with a modifier or another button the browser
 * does what it would with the link (new tab, new window, download).
 */
export const isPlainClick = (event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** What the reader does that ends a wait to put them back where they were: they have moved on. */
const READER_MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/** Calls `moved` whenever the reader scrolls, types or clicks, until the returned function is called. */
export const onReaderMove = (moved: (event: Event) => void): (() => void) => {
  for (const type of READER_MOVES) window.addEventListener(type, moved, { capture: true, passive: true });
  return () => {
    for (const type of READER_MOVES) window.removeEventListener(type, moved, true);
  };
};

/** Frames the followed element must keep its place on screen before the page is left to the reader. */
const SETTLED_FRAMES = 12;

/**
 * Whether a part above `target` near enough to the screen to be drawn soon is not drawn yet (a chart,
 * its place held until its code has come): one farther up will not be drawn for now.
 */
const drawingAbove = (target: HTMLElement): boolean => {
  const top = target.getBoundingClientRect().top;
  for (const part of document.querySelectorAll(NOT_YET_DRAWN)) {
    const bottom = part.getBoundingClientRect().bottom;
    if (bottom <= top && bottom > -DRAWN_AHEAD_PX) return true;
  }
  return false;
};

/**
 * Holds `target` `onScreen` px from the window's top while the page settles: the panels above it are laid
 * out at an estimated height until they are drawn (`content-visibility`), and charts and the map arrive,
 * so the place the browser scrolled to is soon not where the target is. Stops, and leaves the page alone,
 * as soon as the reader scrolls, types or clicks, the target has kept its place for a few frames with
 * nothing above it still to be drawn, or is gone, or after 120 frames; returns that stop.
 */
export const holdInPlace = (target: HTMLElement, onScreen: number): (() => void) => {
  let frame = 0;
  const stopWatching = onReaderMove(() => stop());
  const stop = (): void => {
    cancelAnimationFrame(frame);
    stopWatching();
  };
  const hold = (still: number, left: number, heldAt: number | null): void => {
    const off = target.getBoundingClientRect().top - onScreen;
    // Scrolled since the last frame by something other than a layout above it: the page and the followed
    // element moved together (the browser's scroll anchoring moves the page and leaves the element in its
    // place). A scroll that sent no event (a screen reader's, a script's) was undone here for 2 s: it is the
    // reader's, and the page is theirs.
    const scrolled = heldAt === null ? 0 : window.scrollY - heldAt;
    if (Math.abs(scrolled) >= 1 && Math.abs(off + scrolled) < 1) {
      stop();
      return;
    }
    if (Math.abs(off) >= 1) {
      const before = window.scrollY;
      window.scrollBy(0, off);
      // At the page's top or end there is nothing more to do; holding on would only undo the reader's scrolls.
      if (window.scrollY === before) {
        stop();
        return;
      }
    }
    // Not settled while a chart above it is still to come: on a busy phone at a 32 px default font the card
    // above was drawn ~1 s after the jump, 203 px taller than its place, and the card went down with it.
    const settled = Math.abs(off) < 1 && !drawingAbove(target) ? still + 1 : 0;
    if (settled >= SETTLED_FRAMES || left <= 0 || !target.isConnected) {
      stop();
      return;
    }
    const at = window.scrollY;
    frame = requestAnimationFrame(() => hold(settled, left - 1, at));
  };
  hold(0, 120, null);
  return stop;
};

/**
 * Scrolls to `y` px down the page, again every frame while the page is too short for it (panels not yet
 * on screen are laid out at an estimated height, `content-visibility`, and the page grows as those the
 * scroll brings near are drawn), as the browser does when it returns a reader to their place. Stops as
 * soon as it is there, when the reader scrolls, types or clicks, or after 120 frames (2 s at 60 Hz);
 * returns that stop. A scroll with no such event (a scroll bar dragged, a screen reader's) is not told
 * from the browser's own scroll anchoring, which moves the page while the panels above are drawn at their
 * real height: stopping at any scroll stopped it 344 px short.
 */
export const scrollBackTo = (y: number): (() => void) => {
  let frame = 0;
  const stopWatching = onReaderMove(() => stop());
  const stop = (): void => {
    cancelAnimationFrame(frame);
    stopWatching();
  };
  const step = (left: number): void => {
    window.scrollTo(0, y);
    if (Math.abs(window.scrollY - y) < 1 || left <= 0) return stop();
    frame = requestAnimationFrame(() => step(left - 1));
  };
  step(120);
  return stop;
};

/**
 * Whether the reader has scrolled, typed or clicked since the page was loaded, other than to follow a
 * link to a place on it (the fragment they followed is where they want to be). Watched from the entry
 * (`followInPageLinks`), before the app's code has arrived: on a slow browser a reader may have moved on
 * for seconds when the app draws the panels below the first screen (src/components/below-first-screen.tsx).
 */
let movedAt = -1;
let followedAt = -1;
export const readerHasMoved = (): boolean => movedAt > followedAt;

const watchReader = (): void => {
  onReaderMove((event) => {
    movedAt = event.timeStamp;
  });
  window.addEventListener('hashchange', (event) => {
    followedAt = event.timeStamp;
  });
};

/** A fragment as the browser reads it ("%C3%A9" is "é"); as written where it is not valid percent-encoding ("#100%"). */
const decodedOrAsIs = (fragment: string): string => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

/** The element a fragment (without its "#") names, as written or decoded; null for none. */
export const fragmentTarget = (fragment: string): HTMLElement | null =>
  fragment ? (document.getElementById(fragment) ?? document.getElementById(decodedOrAsIs(fragment))) : null;

/**
 * A link to a place on the same page (the roadmap's table of indicators to their cards, the skip links):
 * the browser scrolls to the target, then the panels it passed over are drawn at their real height
 * instead of an estimate, and the target moved away: at a 32 px default font on a phone the card of the
 * seventh indicator was 1824 px below the screen's top. It is held where the browser put it meanwhile
 * (its scroll margin below the top, or lower where the page ends too soon for that).
 */
let following = false;

/**
 * Installed by the entry (src/main.tsx) before the app's code has arrived: a server-rendered page's links
 * work from its first paint, and a click then got the browser's jump without the hold (the card drifted
 * 2,000 px on a busy machine). It watches from then on whether the reader has moved (`readerHasMoved`).
 * Once, however often called.
 */
export const followInPageLinks = (): void => {
  if (following) return;
  following = true;
  watchReader();
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || !isPlainClick(event)) return;
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const target = fragmentTarget(link?.getAttribute('href')?.slice(1) ?? '');
    if (!target) return;
    // After the browser's own scroll, which follows this event, and before the frame that draws what it
    // brought on screen: where the target is then is where the browser put it.
    requestAnimationFrame(() => holdInPlace(target, target.getBoundingClientRect().top));
  });
};
