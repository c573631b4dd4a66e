/**
 * The letter and word spacing a reader's style sheet gives a chart's box (WCAG 1.4.12), for the chart's
 * text estimates (lib/axis-ticks.ts): SVG text is placed by estimated widths, which the browser does not
 * widen as it widens HTML text.
 */
import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { NO_TEXT_SPACING, type TextSpacing } from './axis-ticks';

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
 * style or class). Each change is counted, and every chart shown then reads its spacing again. One
 * observer for all of them, only while some chart is shown.
 */
let styleChanges = 0;
const listeners = new Set<() => void>();
let observer: MutationObserver | null = null;

const followStyles = (onChange: () => void): (() => void) => {
  listeners.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => {
      styleChanges++;
      listeners.forEach((listener) => listener());
    });
    observer.observe(document.head, { childList: true, subtree: true, characterData: true, attributes: true });
    for (const root of [document.documentElement, document.body]) {
      if (root) observer.observe(root, { attributes: true, attributeFilter: ['style', 'class'] });
    }
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  };
};
const countOfStyleChanges = () => styleChanges;

/**
 * Read when the chart is first drawn and whenever the page's styles change (a style read, no layout). The
 * value only changes when the spacing does, so the chart is redrawn only then.
 */
export const useTextSpacing = (ref: RefObject<Element | null>): TextSpacing => {
  const changes = useSyncExternalStore(followStyles, countOfStyleChanges, countOfStyleChanges);
  const [spacing, setSpacing] = useState(NO_TEXT_SPACING);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const now = readTextSpacing(node);
    setSpacing((old) => (old.letter === now.letter && old.word === now.word ? old : now));
  }, [ref, changes]);
  return spacing;
};
