/** Links to a place on the same page (src/lib/in-page-links.ts): the target is held where the browser put it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followInPageLinks, holdInPlace } from '../../src/lib/in-page-links';

followInPageLinks();
followInPageLinks();

const link = (href: string, targetId: string) => {
  document.body.innerHTML = `<a href="${href}">to it</a><div id="${targetId}">target</div>`;
  return document.querySelector('a') as HTMLAnchorElement;
};

describe('in-page links', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('finds a target by its percent-encoded id, and takes a fragment that is not valid encoding as written', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    link('#%C3%A9t%C3%A9', 'été').click();
    link('#100%', '100%').click();
    link('#missing', 'elsewhere').click();
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    // A hold for each target found; none for the link whose target is not on the page.
    expect(frames).toHaveBeenCalledTimes(2);
  });

  it('holds a followed card while a chart above it is still to be drawn, and puts it back when that chart comes taller', () => {
    // jsdom lays nothing out: the card's and the chart's boxes, and the window's scroll, are the test's.
    document.body.innerHTML = '<div class="on-screen" id="chart-above"></div><div id="card"></div>';
    const card = document.getElementById('card') as HTMLElement;
    const chartAbove = document.getElementById('chart-above') as HTMLElement;
    let cardTop = 32;
    let scrolled = 5000;
    vi.spyOn(card, 'getBoundingClientRect').mockImplementation(() => ({ top: cardTop, bottom: cardTop + 900 }) as DOMRect);
    vi.spyOn(chartAbove, 'getBoundingClientRect').mockImplementation(() => ({ top: cardTop - 700, bottom: cardTop - 24 }) as DOMRect);
    vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scrolled);
    vi.spyOn(window, 'scrollBy').mockImplementation((_x: number, y: number) => {
      scrolled += y;
      cardTop -= y;
    });
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
    const runFrames = (count: number) => {
      for (let i = 0; i < count && frames.length > 0; i++) frames.shift()?.(0);
    };

    holdInPlace(card, 32);
    // Twice the frames that would otherwise settle it: the chart above is still to come, so it holds on.
    runFrames(24);
    expect(frames).toHaveLength(1);
    // Drawn on a busy phone at a 32 px default font, the chart is 203 px taller than its place.
    chartAbove.setAttribute('data-shown', 'true');
    cardTop += 203;
    runFrames(1);
    expect(cardTop).toBe(32);
    // Then it settles, and leaves the page to the reader.
    runFrames(20);
    expect(frames).toHaveLength(0);
    expect(cardTop).toBe(32);
  });

  it('with nothing above still to be drawn, leaves the page to the reader after a few still frames', () => {
    document.body.innerHTML = '<div class="on-screen" data-shown="true" id="chart-above"></div><div id="card"></div>';
    const card = document.getElementById('card') as HTMLElement;
    vi.spyOn(card, 'getBoundingClientRect').mockImplementation(() => ({ top: 32, bottom: 932 }) as DOMRect);
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((frame) => frames.push(frame));
    holdInPlace(card, 32);
    for (let i = 0; i < 12 && frames.length > 0; i++) frames.shift()?.(0);
    expect(frames).toHaveLength(0);
  });
});
