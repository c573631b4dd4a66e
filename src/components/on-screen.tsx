/**
 * Renders heavy content (a chart) only once it comes near the viewport; while it is scrolled away it
 * keeps what it showed last instead of re-rendering on every refresh; and content is first drawn, and
 * later updated, in turns, one per task. Recharts re-renders synchronously from its own store when its data
 * changes (about 35 ms per chart here), so a refresh that changed eight roadmap charts at once was one
 * 260 ms task that froze the page; now it is short tasks with frames in between. Grafana loads panels
 * out of view lazily for the same reason.
 *
 * Everything is drawn before printing. Where IntersectionObserver is missing (jsdom), everything counts
 * as on screen and updates at once (content with a `ready` still waits for it). A server rendering the first screen draws none of it: the browser's
 * first render would not have it either (the chart's chunk is not there yet).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { whilePrinting } from '../lib/print-layout';
import { isRendered } from '../lib/skipped-content';
import { KnownWidth } from '../lib/use-element-width';
import { useInBrowser } from '../lib/use-in-browser';
import { DRAWN_AHEAD_PX as AHEAD_PX } from '../lib/drawn-near-screen';
import { afterReady } from './lazy-loadable';

const observing = () => typeof IntersectionObserver !== 'undefined';

/**
 * Whether the element given to the returned ref is near the viewport. Observed whenever it is attached,
 * which may be later than the component using this hook is mounted (the map's placeholder sits in a
 * Suspense boundary that React may hydrate after its parent).
 */
const useNearViewport = (): [(element: HTMLElement | null) => void, boolean] => {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [near, setNear] = useState(() => !observing());
  const measureFrame = useRef<number | null>(null);
  const ref = useCallback((attached: HTMLElement | null) => {
    setElement(attached);
    if (measureFrame.current !== null) cancelAnimationFrame(measureFrame.current);
    measureFrame.current = null;
    if (!attached || !observing()) return;
    // Measured in the next animation frame, so content already in view takes its turn without waiting for
    // the observer's first report. Not here, in React's commit: asking for the element's style and box
    // there made the browser style and lay out all the commit had just added inside that same task (on the
    // overview, the map panel's legend and notes: 54 ms of a 161 ms task at 4× CPU); in the frame it is
    // work the frame does next anyway. Not inside content the browser skips as far off screen
    // (`content-visibility: auto`): measuring it would lay that content out at once (the roadmap's cards);
    // it is not near anyway, and the observer says when it comes near.
    // React calls this ref with null when the element goes, which cancels a frame still to come.
    measureFrame.current = requestAnimationFrame(() => {
      measureFrame.current = null;
      if (!isRendered(attached)) return;
      const rect = attached.getBoundingClientRect();
      if (rect.bottom > -AHEAD_PX && rect.top < window.innerHeight + AHEAD_PX) setNear(true);
    });
  }, []);
  useEffect(() => {
    if (!element || !observing()) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: `${AHEAD_PX}px 0px`,
    });
    observer.observe(element);
    // Printing needs no "near": OnScreen shows and useTurnWhenNear takes its turn at `beforeprint` themselves.
    return () => observer.disconnect();
  }, [element]);
  return [ref, near];
};

const noWait = (): Promise<void> => Promise.resolve();

/** Content updates waiting for their turn; one runs per task. */
const queue: (() => void)[] = [];
let turnScheduled = false;

const runOneTurn = () => {
  queue.shift()?.();
  turnScheduled = queue.length > 0;
  if (turnScheduled) setTimeout(runOneTurn, 0);
};

const takeTurn = (update: () => void): (() => void) => {
  queue.push(update);
  if (!turnScheduled) {
    turnScheduled = true;
    setTimeout(runOneTurn, 0);
  }
  return () => {
    const at = queue.indexOf(update);
    if (at >= 0) queue.splice(at, 1);
  };
};

/**
 * For content so costly to create that a frame of its placeholder is the better deal (the map): true
 * once `ref`'s element has come near the viewport, what the content needs (`ready`, its chunk) is here
 * and the content's turn has come, in a task of its own, so creating it is not appended to whatever
 * rendered the placeholder. Before printing, at once. Returns the ref to put on the placeholder, and
 * the turn.
 */
export const useTurnWhenNear = (ready: () => Promise<void> = noWait): [(element: HTMLElement | null) => void, boolean] => {
  const [ref, near] = useNearViewport();
  const [turn, setTurn] = useState(false);
  useEffect(() => {
    if (!near || turn) return;
    let cancelTurn = (): void => undefined;
    const cancelWait = afterReady(ready, () => {
      cancelTurn = takeTurn(() => setTurn(true));
    });
    return () => {
      cancelWait();
      cancelTurn();
    };
  }, [near, turn, ready]);
  useEffect(() => (turn ? undefined : whilePrinting(() => flushSync(() => setTurn(true)))), [turn]);
  return [ref, turn];
};

interface OnScreenProps {
  children: ReactNode;
  /** Stands in until the content is first shown: the server renders it, and it keeps the content's place. */
  placeholder?: ReactNode;
  /**
   * What the content needs before it can render without suspending (a chart's chunk, LazyLoadable.load).
   * Given, the content is first shown only once that is done, in a turn of its own: charts waiting for
   * the same chunk are then drawn one per task rather than all in React's one retry when it arrives.
   */
  ready?: () => Promise<void>;
}

/** The width of a box the browser has laid out (inside skipped content, none: measuring it would lay it out). */
const laidOutWidth = (box: HTMLElement | null): number | null => (box && isRendered(box) ? box.getBoundingClientRect().width : null);

export const OnScreen = ({ children, placeholder = null, ready }: OnScreenProps) => {
  const [nearRef, nearViewport] = useNearViewport();
  const box = useRef<HTMLDivElement | null>(null);
  const ref = useCallback(
    (element: HTMLDivElement | null) => {
      box.current = element;
      nearRef(element);
    },
    [nearRef],
  );
  // The box's width as the content is first shown, measured before it is put in (the page's layout is
  // still the one the browser made): charts are drawn at it at once (KnownWidth).
  const [knownWidth, setKnownWidth] = useState<number | null>(null);
  const inBrowser = useInBrowser();
  const near = nearViewport && inBrowser;
  // What is on screen. While the content is away, React gets this very element again and skips it.
  const [shown, setShown] = useState<ReactNode>(null);
  // In the browser content is first shown in a turn of its own too: drawn in the render that found it
  // near (hydration, a page's first render) it made that render longer by the whole chart.
  const inTurns = observing() || Boolean(ready);
  if (near && shown === null && children !== null && !inTurns) setShown(children);

  // The content as last rendered, for a first showing that happens after its chunk has arrived.
  const latest = useRef(children);
  useLayoutEffect(() => {
    latest.current = children;
  });
  const show = useCallback(() => {
    const width = laidOutWidth(box.current);
    flushSync(() => {
      setKnownWidth(width);
      setShown(latest.current);
    });
  }, []);
  // A printed page has no turns to wait for: what can be drawn is drawn before the browser lays it out,
  // and as it is now (content scrolled away waits for its turn to show a refresh or another period).
  useEffect(() => whilePrinting(show), [show]);
  const waiting = inTurns && shown === null && children !== null;
  useEffect(() => {
    if (!waiting) return;
    let cancelTurn = (): void => undefined;
    const cancelWait = near
      ? afterReady(ready ?? noWait, () => {
          cancelTurn = takeTurn(show);
        })
      : () => undefined;
    return () => {
      cancelWait();
      cancelTurn();
    };
  }, [ready, waiting, near, show]);

  useEffect(() => {
    if (!observing() || !near || shown === children || shown === null) return;
    // Rendered and committed within its own task (flushSync), recharts' follow-up renders included.
    return takeTurn(() => flushSync(() => setShown(children)));
  }, [near, children, shown]);

  const showing = inTurns ? shown !== null : near;
  return (
    <div ref={ref} className="on-screen" data-shown={showing || undefined}>
      <KnownWidth.Provider value={knownWidth}>
        {observing() || !near || (ready && shown === null) ? (shown ?? placeholder) : children}
      </KnownWidth.Provider>
    </div>
  );
};
