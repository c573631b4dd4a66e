/**
 * The panels below a page's first screen (or the part of a panel below it: the map's ranked list on
 * /regions), on a page the server rendered: sent inside `<noscript>`, which a browser running scripts
 * keeps as one piece of text instead of building it into elements, and drawn by the app once it has taken
 * the page over. The first screen's numbers are then painted without the parse, style and layout of
 * everything below them (A/B, 11–15 interleaved loads at 1× CPU: /roadmap 100 → 80 ms, /regions 88 →
 * 76, KZ-62 84 → 76). A reader without scripts reads the same HTML as elements, as before. (Laid out
 * with `display: contents` where scripts run, that text was painted, and cost more than the panels did.)
 *
 * Drawn by a navigation inside the app, the panels are there at once; only hydration defers them, and
 * then in a transition, in slices with frames between them. Until they are drawn their place keeps the
 * page's foot a screen down (nothing on screen moves when they come), and a link to a place inside them
 * (`/roadmap#rm-volunteers`, which the browser could not follow while they were text) is followed once
 * they are there, and so is the reader's place on a page reloaded far down; unless the reader has
 * scrolled meanwhile.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { holdInPlace, READER_MOVES, scrollBackTo } from '../lib/in-page-links';
import { scrollWhenLeft } from '../lib/router';
import { useInBrowser } from '../lib/use-in-browser';

/** The element a page's address points to (`#rm-volunteers`) when it is inside `box`. */
const addressedIn = (box: HTMLElement): HTMLElement | null => {
  const id = window.location.hash.slice(1);
  if (!id) return null;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // Not valid percent-encoding ("#100%"): the fragment as written.
  }
  const target = document.getElementById(decoded) ?? document.getElementById(id);
  return target && box.contains(target) ? target : null;
};

/** Whether the reader's place on a reloaded page has been seen to: once, by the first of its deferred parts drawn (/regions has two). */
let placeReturned = false;

export const BelowFirstScreen = ({ children }: { children: ReactNode }) => {
  // False while hydrating a served page (as on the server), true when the page is drawn by the app.
  const inBrowser = useInBrowser();
  const [drawn, setDrawn] = useState(inBrowser);
  const box = useRef<HTMLDivElement>(null);
  // Whether the reader has scrolled, typed or clicked since the page came: then the address's target is
  // not followed when it is drawn.
  const readerMoved = useRef(false);

  useEffect(() => {
    if (drawn) return;
    const moved = (): void => {
      readerMoved.current = true;
    };
    // A link to a place on the page followed meanwhile (the roadmap's table to an indicator's card, on a
    // slow browser) is where the reader wants to be: the click that followed it does not count as moving on.
    const followed = (): void => {
      readerMoved.current = false;
    };
    for (const type of READER_MOVES) window.addEventListener(type, moved, { capture: true, passive: true });
    window.addEventListener('hashchange', followed);
    startTransition(() => setDrawn(true));
    return () => {
      for (const type of READER_MOVES) window.removeEventListener(type, moved, true);
      window.removeEventListener('hashchange', followed);
    };
  }, [drawn]);

  const wasDrawn = useRef(drawn);
  useLayoutEffect(() => {
    if (wasDrawn.current || !drawn || !box.current) return;
    wasDrawn.current = true;
    if (readerMoved.current) return;
    const target = addressedIn(box.current);
    if (target) {
      target.scrollIntoView();
      holdInPlace(target, target.getBoundingClientRect().top);
      return;
    }
    if (placeReturned) return;
    placeReturned = true;
    const left = scrollWhenLeft();
    if (left !== null && left > window.scrollY) scrollBackTo(left);
  }, [drawn]);

  return (
    <div ref={box} className="below-first-screen" data-pending={drawn ? undefined : ''}>
      {drawn ? children : <noscript>{children}</noscript>}
    </div>
  );
};
