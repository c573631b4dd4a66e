/**
 * Printing (and "Save as PDF"). Charts and the map are drawn at the pixel size they measured on
 * screen, and the browser lays the printed page out anew, at the paper's width, only after
 * `beforeprint`: too late for a script to measure. Printed as they were, a chart drawn 1,200 px wide ran
 * off an A4 page and the map showed its left half.
 *
 * So from `beforeprint` to `afterprint` the document carries PRINT_LAYOUT_CLASS, and styles.css lays
 * the page out as the printed report in every medium: one column, at most 18 cm wide, which fits A4
 * and Letter with the default margins of Chromium and Firefox. Whatever draws at a measured size
 * measures again in its own `whilePrinting` listeners, synchronously: at `beforeprint` it is printed at
 * the size it will have on paper, and at `afterprint` it measures the screen again — no frame need be
 * drawn in between, so a ResizeObserver may never see either change. `followPrinting` runs before the
 * app renders, so its listeners come first: the class is there before anything measures for paper,
 * and gone before anything measures back.
 */
import { useEffect, useLayoutEffect, type RefObject } from 'react';

export const PRINT_LAYOUT_CLASS = 'print-layout';

let following = false;

export const followPrinting = (): void => {
  if (following || typeof window === 'undefined') return;
  following = true;
  const root = document.documentElement;
  window.addEventListener('beforeprint', () => root.classList.add(PRINT_LAYOUT_CLASS));
  window.addEventListener('afterprint', () => root.classList.remove(PRINT_LAYOUT_CLASS));
};

/**
 * Whether the page is being printed: for what appears during `beforeprint` (content drawn for the
 * paper), which listeners added then would not hear.
 */
export const printing = (): boolean => typeof document !== 'undefined' && document.documentElement.classList.contains(PRINT_LAYOUT_CLASS);

/** Calls `before` at `beforeprint` and `after` at `afterprint`; returns the removal, for an effect's cleanup. */
export const whilePrinting = (before: () => void, after?: () => void): (() => void) => {
  window.addEventListener('beforeprint', before);
  if (after) window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    if (after) window.removeEventListener('afterprint', after);
  };
};

/**
 * While printing, the box is drawn smaller when its content is wider than it (a table of ten columns
 * on A4), so that none of it is cut at the paper's edge; on screen it scrolls sideways instead. Fitted
 * in the print layout's own measure, and at once when the box itself appears for printing (a chart's
 * table printed in its place).
 */
export const useFitToPaper = (ref: RefObject<HTMLElement | null>): void => {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fitToColumn = () => {
      box.style.zoom = '';
      // Nothing to fit in a box not laid out (a hidden tab's table).
      if (box.clientWidth === 0) return;
      const ratio = box.clientWidth / box.scrollWidth;
      if (ratio < 0.999) box.style.zoom = String(ratio);
    };
    if (printing()) fitToColumn();
    return whilePrinting(fitToColumn, () => {
      box.style.zoom = '';
    });
  }, [ref]);
};

/** The custom property the printed page's margin reads its note from (styles.css, `@page`). */
export const PRINT_NOTE_PROPERTY = '--print-note';

/** `text` as a CSS string, for `content`: quotes and backslashes escaped, line breaks as spaces. */
export const cssString = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;

/**
 * What the foot of every printed page says (the product, "demo data", the time of the data): only the
 * first page's header said it, and one page passed on from a printed report looked like the ministry's
 * own figures. Set on the root element, whose custom properties the page's margin boxes inherit, from
 * `beforeprint` to `afterprint` only: the text names the data's time, which changes with every refresh
 * that brings new data, and a custom property changed on the root restyles every element of the page
 * (and made each chart read its text spacing again, lib/use-text-spacing.ts): ~7 ms of the longest task
 * of each refresh on a region page, 30 ms at 4× CPU.
 */
export const usePrintNote = (text: string): void => {
  useEffect(() => {
    const root = document.documentElement;
    const show = () => root.style.setProperty(PRINT_NOTE_PROPERTY, cssString(text));
    const hide = () => {
      if (root.style.getPropertyValue(PRINT_NOTE_PROPERTY)) root.style.removeProperty(PRINT_NOTE_PROPERTY);
    };
    // New data while the print dialog is open: the note follows it.
    if (printing()) show();
    const stopFollowing = whilePrinting(show, hide);
    return () => {
      stopFollowing();
      hide();
    };
  }, [text]);
};
