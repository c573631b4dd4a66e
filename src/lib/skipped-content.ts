/**
 * Content the browser skips as far off screen (`content-visibility: auto`, which the page's panels and the
 * roadmap's cards use). Inside it Chromium keeps styles and layout as they were when it was skipped, and
 * answers from them: a reader's style sheet added meanwhile is not in `getComputedStyle` there until the
 * content is rendered again.
 */

/**
 * False inside skipped content, and where the element has no box at all (`display: none`, `hidden`). True
 * where it cannot say. (The two cannot be told apart where it matters: elements just put into skipped
 * content are not styled, so have no box either, and asked without `contentVisibilityAuto` the browser
 * called the roadmap's new chart places hidden, not skipped.) Not free: asked about elements React has just
 * put in, Chromium laid out what the commit had added (7–9 ms of the roadmap's 35–49 ms commit on a phone at
 * 1×, traced); code in a commit waits for a ResizeObserver's first report instead (use-element-width.ts).
 */
export const isRendered = (element: Element): boolean =>
  typeof element.checkVisibility !== 'function' || element.checkVisibility({ contentVisibilityAuto: true });

/**
 * Calls `onRendered` once `element` is rendered again (the content around it stopped being skipped), then
 * stops. Returns a function that stops waiting.
 */
export const whenRendered = (element: Element, onRendered: () => void): (() => void) => {
  // `contentvisibilityautostatechange` goes to the element with `content-visibility: auto` and does not
  // bubble, so it is caught on its way down from the document.
  const onChange = () => {
    if (!isRendered(element)) return;
    stop();
    onRendered();
  };
  const stop = () => document.removeEventListener('contentvisibilityautostatechange', onChange, true);
  document.addEventListener('contentvisibilityautostatechange', onChange, true);
  return stop;
};
