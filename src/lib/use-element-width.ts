/**
 * The size of an element, followed as it resizes. Charts are drawn at this explicit size (rather than
 * by a self-measuring container, which measures again and draws a second time), so a refresh
 * re-renders them in place at the same size, and where ResizeObserver is missing (jsdom, old kiosks)
 * they still draw at the fallback.
 */
import { createContext, useContext, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { whilePrinting } from './print-layout';

export interface ElementSize {
  width: number;
  height: number;
}

/** Rounded to 8 px so sub-pixel jitter of the layout does not redraw the chart. */
const JITTER_PX = 8;

const follow = (old: number, measured: number): number => (measured > 0 && Math.abs(old - measured) >= JITTER_PX ? measured : old);

/**
 * The followed value from the element's box: `old` itself when nothing moved enough, so React keeps still.
 * `exact`: the first reading of a box drawn at a width it was given, which that width must not outlast.
 */
type Reading<V> = (box: DOMRect, old: V, exact: boolean) => V;

const readWidth: Reading<number> = (box, old, exact) => {
  const measured = Math.floor(box.width);
  return exact ? (measured > 0 ? measured : old) : follow(old, measured);
};

const readSize: Reading<ElementSize> = (box, old) => {
  const width = follow(old.width, Math.floor(box.width));
  const height = follow(old.height, Math.floor(box.height));
  return width === old.width && height === old.height ? old : { width, height };
};

/**
 * The width a box drawn right now will have, measured by whoever draws it (OnScreen, from its own box,
 * before it shows what it holds), or null. Given, a chart is drawn at that width at once. Measured after
 * the chart was put in the page, it made the browser lay the page out inside React's commit, and drew the
 * chart a second time when the guess (`fallback`) was wrong: on /directions a 35–43 ms task at 1× for
 * the breakdown's bars, on a phone-sized page.
 */
export const KnownWidth = createContext<number | null>(null);

const useFollowedBox = <T extends HTMLElement, V>(fallback: V, read: Reading<V>, known: V | null = null): [RefObject<T | null>, V] => {
  const ref = useRef<T>(null);
  const [value, setValue] = useState(known ?? fallback);
  // Only what the first render was given counts: a later value of the context is for boxes drawn later.
  const [startedKnown] = useState(known !== null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // Drawn at a known width, the box is measured by the observer, after the browser's own layout; its
    // first reading replaces that width even when it is off by less than the jitter (a width measured
    // before printing, say, must not stay for good).
    let exact = startedKnown;
    const measure = () => {
      const box = node.getBoundingClientRect();
      const first = exact;
      exact = false;
      setValue((old) => read(box, old, first));
    };
    // A box not drawn at a known width is first measured by the observer's first report, which comes once
    // the browser has laid the box out, before that frame is painted, and is drawn in that frame (flushSync):
    // it is never seen at the fallback's size. Not here, in React's commit: reading the box, or even asking
    // whether it lies in content the browser skips, made the browser lay out all the commit had added inside
    // the commit's task (the roadmap's eight chart places on a phone at 1×: 7–9 ms of a 35–49 ms task, traced);
    // and inside skipped content (a roadmap card far below the screen) a read laid the skipped card out as
    // well: 330–460 ms of long tasks at 1× for those eight places (medians of 10 loads). The observer reports
    // nothing there until the card is rendered.
    const observing = typeof ResizeObserver !== 'undefined';
    let waitingForLayout = observing && !startedKnown;
    if (!observing) measure();
    // The printed page's size, drawn before the browser lays the page out for paper, and the screen's
    // again after (lib/print-layout): the observer may see neither.
    const measureNow = () => flushSync(measure);
    const stopFollowingPrint = whilePrinting(measureNow, measureNow);
    const onResize = () => {
      if (!waitingForLayout) measure();
      else {
        waitingForLayout = false;
        measureNow();
      }
    };
    const observer = observing ? new ResizeObserver(onResize) : null;
    observer?.observe(node);
    return () => {
      stopFollowingPrint();
      observer?.disconnect();
    };
  }, [read, startedKnown]);
  return [ref, value];
};

/** The width alone, for a box as tall as what is drawn in it. */
export const useElementWidth = <T extends HTMLElement>(fallback: number) => {
  const known = useContext(KnownWidth);
  return useFollowedBox<T, number>(fallback, readWidth, known !== null && known > 0 ? Math.floor(known) : null);
};

/**
 * Width and height of a box whose CSS sets both (e.g. `height: 18rem`, which grows with the reader's font
 * size); not for a box as tall as its drawing, which would then follow its own drawing.
 */
export const useElementSize = <T extends HTMLElement>(fallback: ElementSize) => useFollowedBox<T, ElementSize>(fallback, readSize);
