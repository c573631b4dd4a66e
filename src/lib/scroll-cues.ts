/**
 * Cues that a box scrolling sideways holds more than it shows: on a phone a table of ten columns is three
 * screens wide, and its edge cut a figure mid-digit ("69" of 699) with nothing to say the rest was a swipe
 * away. The box carries `data-more-start` / `data-more-end` while there is more to that side, and the
 * style sheet draws a shadow there. Set on the element, not in React state: scrolling re-renders nothing.
 */
import { useEffect, type RefObject } from 'react';

export interface SidewaysScroll {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}

export interface HiddenSides {
  start: boolean;
  end: boolean;
}

/** Zoomed or at fractional widths, a box scrolled to its end stops a fraction of a pixel short of it. */
const SLACK_PX = 1;

/** Which sides hide some of the content. A right-to-left box scrolls to negative offsets, so the offset is taken as a distance. */
export const hiddenSides = ({ scrollLeft, scrollWidth, clientWidth }: SidewaysScroll): HiddenSides => {
  const hidden = scrollWidth - clientWidth;
  if (hidden <= SLACK_PX) return { start: false, end: false };
  const scrolled = Math.abs(scrollLeft);
  return { start: scrolled > SLACK_PX, end: scrolled < hidden - SLACK_PX };
};

const mark = (box: HTMLElement, name: string, on: boolean) => {
  if (on) box.setAttribute(name, '');
  else box.removeAttribute(name);
};

/**
 * Keeps `data-more-start` / `data-more-end` on `marked` (the scroll box itself when not given) in step with
 * the box's scrolling (by touch, wheel or keyboard alike: each fires `scroll`) and with its and its
 * content's size (a column added, a phone turned).
 */
export const useScrollCues = (ref: RefObject<HTMLElement | null>, marked: RefObject<HTMLElement | null> = ref): void => {
  // After the commit, and first measured by the observer once the browser has laid the box out: measured
  // in a layout effect, every table made the browser lay the page out inside hydration's commit, content
  // it skips far off screen included (/regions on Lighthouse's phone: performance 85, blocking 543 ms).
  useEffect(() => {
    const box = ref.current;
    const target = marked.current ?? box;
    if (!box || !target) return;
    const update = () => {
      const sides = hiddenSides(box);
      mark(target, 'data-more-start', sides.start);
      mark(target, 'data-more-end', sides.end);
    };
    box.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    // Without an observer (old kiosks), measured once now.
    if (!observer) update();
    return () => {
      box.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref, marked]);
};
