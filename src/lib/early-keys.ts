/**
 * Keys pressed on a server-rendered page before the app has started. Its code is evaluated only after the
 * first paint (src/main.tsx): ~0.3 s here, seconds on a TV's browser. A served wall shows its scene from
 * the first paint, so a presenter pressed → then, and nothing happened. The entry keeps those presses;
 * the wall acts on them once it listens itself (wall-frame.tsx).
 */

/** More than a presenter presses while a page starts; a page that never takes them holds no more. */
const MAX_KEPT = 8;

const kept: KeyboardEvent[] = [];
let keep: ((event: KeyboardEvent) => void) | null = null;

/** Starts keeping the page's key presses (with no Ctrl, Alt or Meta: the browser's own shortcuts). */
export const keepEarlyKeys = (): void => {
  if (keep) return;
  keep = (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || kept.length >= MAX_KEPT) return;
    kept.push(event);
  };
  window.addEventListener('keydown', keep, { capture: true });
};

/** The presses kept so far, oldest first, and no more keeping. */
export const takeEarlyKeys = (): KeyboardEvent[] => {
  if (keep) window.removeEventListener('keydown', keep, { capture: true });
  keep = null;
  return kept.splice(0);
};
