/**
 * Panels are `content-visibility: auto` (styles.css): the browser skips rendering one far from the
 * viewport. One drawn after the app's first commit where the reader can see it (the overview's map on a
 * 4K screen, where "below the fold" is not) was first laid out by Chromium at its intrinsic-size estimate
 * (28rem, 482 px) and at its own size only a frame later (957 px): what was below it in view moved, a
 * layout shift. Such a panel is marked before the browser paints it, and the mark (`data-drawn-in-view`)
 * lays it out at its own size from its first frame.
 *
 * Panels of the first commit are left alone: a served page's are painted already (its first panel has a
 * rule of its own), and measuring them while the app hydrates would add a layout to that task.
 */
import { useLayoutEffect, type RefObject } from 'react';

let appCommitted = false;

/** Called by the app's root: its layout effect runs after those of every panel in the same commit. */
export const useAppCommitted = (): void => {
  useLayoutEffect(() => {
    appCommitted = true;
  }, []);
};

/** Marks the element, once mounted after the app's first commit, if any of it is in the viewport. */
export const useLaidOutAtOnceInView = (ref: RefObject<HTMLElement | null>): void => {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!appCommitted || !element) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (bottom > 0 && top < window.innerHeight) element.dataset.drawnInView = '';
  }, [ref]);
};
