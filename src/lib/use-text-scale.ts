/**
 * The reader's text scale (lib/text-scale.ts) for a chart: read from the root's computed font size when the
 * chart is first drawn, and again whenever it may have changed.
 */
import { useLayoutEffect, useState } from 'react';
import { textScaleOf } from './text-scale';
import { followStyles } from './use-text-spacing';

/** A style read, no layout; 1 where there is no document to read (the server draws no charts anyway). */
export const readTextScale = (): number =>
  typeof document === 'undefined' ? 1 : textScaleOf(getComputedStyle(document.documentElement).fontSize);

/*
 * A root font size changed without any change to the page's styles: the reader changed the browser's font
 * size with the page open. The page's text, in rem, then takes more or less room, so the document's box
 * changes size. One observer for every chart shown, as for the styles.
 */
const readers = new Set<() => void>();
let observer: ResizeObserver | null = null;

const followRootSize = (read: () => void): (() => void) => {
  readers.add(read);
  if (!observer && typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver(() => readers.forEach((again) => again()));
    observer.observe(document.documentElement);
  }
  return () => {
    readers.delete(read);
    if (readers.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
};

/**
 * Read as the chart is first rendered, so a reader's larger text is in its first drawing (no second one),
 * then followed: a style sheet that sets the root's size, or the browser's setting changed. A chart is
 * redrawn only when the scale changed.
 */
export const useTextScale = (): number => {
  const [scale, setScale] = useState(readTextScale);
  useLayoutEffect(() => {
    // Read as the chart first rendered (useState above); again only when it may have changed.
    const read = () => setScale(readTextScale());
    const stopFollowingStyles = followStyles(read);
    const stopFollowingSize = followRootSize(read);
    return () => {
      stopFollowingStyles();
      stopFollowingSize();
    };
  }, []);
  return scale;
};
