/**
 * The panels below a page's first screen, on a page the server rendered: sent inside `<noscript>`, which
 * a browser running scripts keeps as one piece of text instead of building it into elements, and drawn by
 * the app once it has taken the page over. The first screen's numbers are then painted without the parse,
 * style and layout of everything below them (A/B, 11–15 interleaved loads at 1× CPU: /roadmap 100 → 80
 * ms, /regions 88 → 80, KZ-62 84 → 76). A reader without scripts reads the same HTML as elements, as
 * before. (Laid out with `display: contents` where scripts run, that text was painted, and cost more than
 * the panels did.) Only whole panels at the end of a page: a deferred part inside a panel (the map's
 * ranked list, 4 ms more) keeps a screen's height until drawn, and what follows it in the panel rose into
 * view when it came on a 4K screen (a layout shift); the page's foot, after panels taller than a screen,
 * stays out of view.
 *
 * Drawn by a navigation inside the app, the panels are there at once; only hydration defers them, and
 * then in a transition, in slices with frames between them. Until they are drawn their place keeps the
 * page's foot a screen down (nothing on screen moves when they come), and a link to a place inside them
 * (`/roadmap#rm-volunteers`, which the browser could not follow while they were text) is followed once
 * they are there, and so is the reader's place on a page reloaded far down; unless the reader has
 * scrolled meanwhile.
 */
import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { fragmentTarget, holdInPlace, readerHasMoved, scrollBackTo } from '../lib/in-page-links';
import { whilePrinting } from '../lib/print-layout';
import { scrollWhenLeft } from '../lib/router';
import { useInBrowser } from '../lib/use-in-browser';

/** Its class: the server's page is held for its first paint up to it (src/app/first-screen.ts). */
export const BELOW_FIRST_SCREEN_CLASS = 'below-first-screen';

/**
 * Where the reader is taken once a deferred part is drawn, decided once for the document (/regions has two
 * parts): on a reload, or Back or Forward to the page, their place as they left it, as the browser would;
 * else the place the address names, once the part holding it is drawn. Nothing once the reader has moved.
 */
let placeDecided = false;
let stopReturning = (): void => undefined;

const takeReaderTo = (box: HTMLElement): void => {
  if (placeDecided || readerHasMoved()) return;
  const left = scrollWhenLeft();
  if (left !== null) {
    placeDecided = true;
    if (left > window.scrollY) stopReturning = scrollBackTo(left);
    return;
  }
  // The element the page's address names (`#rm-volunteers`), once the part holding it is drawn.
  const target = fragmentTarget(window.location.hash.slice(1));
  if (!target || !box.contains(target)) return;
  placeDecided = true;
  target.scrollIntoView();
  stopReturning = holdInPlace(target, target.getBoundingClientRect().top);
  // The browser's own jump to a fragment moves where Tab goes next to the target; this one, made by script,
  // left it at the top of the page. Focus on the target does that, and tells a screen reader where it is.
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.dataset.fragmentTarget = '';
  target.focus({ preventScroll: true });
};

export const BelowFirstScreen = ({ children }: { children: ReactNode }) => {
  // False while hydrating a served page (as on the server), true when the page is drawn by the app.
  const inBrowser = useInBrowser();
  const [drawn, setDrawn] = useState(inBrowser);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (drawn) return;
    startTransition(() => setDrawn(true));
    // Printed before the transition is done, the page has its panels, not a blank screen.
    return whilePrinting(() => flushSync(() => setDrawn(true)));
  }, [drawn]);

  const wasDrawn = useRef(drawn);
  useLayoutEffect(() => {
    if (wasDrawn.current || !drawn || !box.current) return;
    wasDrawn.current = true;
    takeReaderTo(box.current);
  }, [drawn]);
  // The page left while the reader was being taken to their place: no more scrolling.
  useEffect(() => () => stopReturning(), []);

  return (
    <div ref={box} className={BELOW_FIRST_SCREEN_CLASS} data-pending={drawn ? undefined : ''}>
      {drawn ? children : <noscript>{children}</noscript>}
    </div>
  );
};
