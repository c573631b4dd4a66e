/**
 * The size of an element, followed as it resizes. Charts are drawn at this explicit size (rather than
 * by a self-measuring container, which measures again and draws a second time), so a refresh
 * re-renders them in place at the same size, and where ResizeObserver is missing (jsdom, old kiosks)
 * they still draw at the fallback.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { whilePrinting } from './print-layout';

export interface ElementSize {
  width: number;
  height: number;
}

/** Rounded to 8 px so sub-pixel jitter of the layout does not redraw the chart. */
const JITTER_PX = 8;

const follow = (old: number, measured: number): number => (measured > 0 && Math.abs(old - measured) >= JITTER_PX ? measured : old);

/** The followed value from the element's box: `old` itself when nothing moved enough, so React keeps still. */
type Reading<V> = (box: DOMRect, old: V) => V;

const readWidth: Reading<number> = (box, old) => follow(old, Math.floor(box.width));

const readSize: Reading<ElementSize> = (box, old) => {
  const width = follow(old.width, Math.floor(box.width));
  const height = follow(old.height, Math.floor(box.height));
  return width === old.width && height === old.height ? old : { width, height };
};

const useFollowedBox = <T extends HTMLElement, V>(fallback: V, read: Reading<V>): [RefObject<T | null>, V] => {
  const ref = useRef<T>(null);
  const [value, setValue] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => setValue((old) => read(node.getBoundingClientRect(), old));
    measure();
    // The printed page's size, drawn before the browser lays the page out for paper, and the screen's
    // again after (lib/print-layout): the observer may see neither.
    const measureNow = () => flushSync(measure);
    const stopFollowingPrint = whilePrinting(measureNow, measureNow);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(node);
    return () => {
      stopFollowingPrint();
      observer?.disconnect();
    };
  }, [read]);
  return [ref, value];
};

/** The width alone, for a box as tall as what is drawn in it. */
export const useElementWidth = <T extends HTMLElement>(fallback: number) => useFollowedBox<T, number>(fallback, readWidth);

/**
 * Width and height of a box whose CSS sets both (e.g. `height: 18rem`, which grows with the reader's font
 * size); not for a box as tall as its drawing, which would then follow its own drawing.
 */
export const useElementSize = <T extends HTMLElement>(fallback: ElementSize) => useFollowedBox<T, ElementSize>(fallback, readSize);
