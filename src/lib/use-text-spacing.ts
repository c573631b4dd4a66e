/**
 * The letter and word spacing a reader's style sheet gives a chart's box (WCAG 1.4.12), for the chart's
 * text estimates (lib/axis-ticks.ts): SVG text is placed by estimated widths, which the browser does not
 * widen as it widens HTML text.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { NO_TEXT_SPACING, type TextSpacing } from './axis-ticks';
import { isRendered, whenRendered } from './skipped-content';

/** A computed spacing in px: "normal", "" (jsdom) and negative spacing count as none (the estimate errs wide). */
const pixels = (value: string): number => {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

export const readTextSpacing = (node: Element): TextSpacing => {
  const style = getComputedStyle(node);
  return { letter: pixels(style.letterSpacing), word: pixels(style.wordSpacing) };
};

/*
 * Style sheets added or changed after the charts were drawn: a reader's spacing often comes that way (the
 * text-spacing bookmarklet WCAG testers use adds a <style> to the head; an extension may set the root's
 * style or class). One observer for every chart shown, only while some chart is shown; each chart reads
 * its spacing again and is redrawn only if it changed (a new page title is a change in the head too).
 */
const readers = new Set<() => void>();
let observer: MutationObserver | null = null;

export const followStyles = (read: () => void): (() => void) => {
  readers.add(read);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => readers.forEach((again) => again()));
    observer.observe(document.head, { childList: true, subtree: true, characterData: true, attributes: true });
    for (const root of [document.documentElement, document.body]) {
      if (root) observer.observe(root, { attributes: true, attributeFilter: ['style', 'class'] });
    }
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
 * Read when the chart is first drawn and whenever the page's styles change (a style read, no layout).
 * Inside content the browser skips, the style it gives may be the one from before the change (the
 * roadmap's cards kept month labels past their edges), so there it is read once the content is rendered.
 */
export const useTextSpacing = (ref: RefObject<Element | null>): TextSpacing => {
  const [spacing, setSpacing] = useState(NO_TEXT_SPACING);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    let stopWaiting = (): void => undefined;
    const read = () => {
      stopWaiting();
      // Not read there at all: the style there is stale, and reading it made the browser style the skipped
      // card inside React's commit (see use-element-width.ts for what that cost the roadmap). An element with
      // no box at all (`display: none`) waits the same way, for a style change or to be rendered: no chart is
      // drawn in one (a chart frame draws its chart only while its tab is shown).
      if (!isRendered(node)) {
        stopWaiting = whenRendered(node, read);
        return;
      }
      const now = readTextSpacing(node);
      setSpacing((old) => (old.letter === now.letter && old.word === now.word ? old : now));
    };
    // First read once the browser has laid the box out: an observer's first report, after that frame's layout
    // and before its paint, and drawn in that frame (flushSync). Not here, in React's commit, where even
    // asking whether the box is in skipped content laid out all the commit had added (use-element-width.ts).
    // Inside skipped content there is no report until it is rendered. Where there is no observer, at once.
    if (typeof ResizeObserver === 'undefined') read();
    else {
      const firstLayout = new ResizeObserver(() => flushSync(read));
      firstLayout.observe(node);
      stopWaiting = () => firstLayout.disconnect();
    }
    const stopFollowing = followStyles(read);
    return () => {
      stopFollowing();
      stopWaiting();
    };
  }, [ref]);
  return spacing;
};
