/**
 * The width of an element, followed as it resizes. Charts are drawn at this explicit width (rather
 * than by a self-measuring container), so a refresh re-renders them in place at the same size, and
 * where ResizeObserver is missing (jsdom, old kiosks) they still draw at `fallback`.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export const useElementWidth = <T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] => {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measure = () => {
      const w = Math.floor(node.getBoundingClientRect().width);
      // Rounded to 8 px so sub-pixel jitter of the layout does not redraw the chart.
      if (w > 0) setWidth((old) => (Math.abs(old - w) >= 8 ? w : old));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
};
