/**
 * A box inside content the browser skips (`content-visibility: auto`: a roadmap card far below the screen)
 * is neither measured nor asked for its style until that content is rendered: either made the browser style
 * and lay out the skipped card inside React's commit (330–460 ms of long tasks at 1× for the roadmap's
 * eight chart places on a phone). Once rendered, it is measured and read as before.
 */
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useElementSize } from '../../src/lib/use-element-width';
import { useTextSpacing } from '../../src/lib/use-text-spacing';

const Place = () => {
  const [ref, size] = useElementSize<HTMLDivElement>({ width: 640, height: 256 });
  const spacing = useTextSpacing(ref);
  return <div ref={ref} data-testid="place">{`${size.width}×${size.height} letter ${spacing.letter}`}</div>;
};

let skipped = false;
let visibilityAsked = 0;
const observers: (() => void)[] = [];
const place = () => screen.getByTestId('place');

beforeEach(() => {
  skipped = false;
  observers.length = 0;
  // jsdom has neither: the browser's answer for skipped content, and an observer that reports once laid out.
  visibilityAsked = 0;
  Element.prototype.checkVisibility = function (this: Element) {
    visibilityAsked += 1;
    return !(skipped && this.closest('[data-testid=place]'));
  };
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private readonly report: () => void) {}
      observe() {
        observers.push(this.report);
      }
      disconnect() {}
    },
  );
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).checkVisibility;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Counts the reads of the place's box and style, answering as a 300×672 box with 2 px letter spacing. */
const spyOnReads = () => {
  const reads = { box: 0, style: 0 };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this.matches('[data-testid=place]')) reads.box += 1;
    return DOMRect.fromRect({ width: 300, height: 672 });
  });
  const style = window.getComputedStyle.bind(window);
  vi.spyOn(window, 'getComputedStyle').mockImplementation((element, pseudo) => {
    if (!element.matches('[data-testid=place]')) return style(element, pseudo);
    reads.style += 1;
    return { letterSpacing: '2px', wordSpacing: 'normal' } as CSSStyleDeclaration;
  });
  return reads;
};

describe('a box inside skipped content', () => {
  it('is read neither for its size nor for its style until the content is rendered, then for both', () => {
    skipped = true;
    const reads = spyOnReads();
    render(<Place />);
    expect(reads).toEqual({ box: 0, style: 0 });
    expect(place()).toHaveTextContent('640×256 letter 0');

    // The reader scrolls near: the browser renders the card, says so, and lays the box out.
    skipped = false;
    act(() => {
      place().dispatchEvent(new Event('contentvisibilityautostatechange'));
      observers.forEach((report) => report());
    });
    expect(reads.style).toBe(1);
    expect(reads.box).toBe(1);
    expect(place()).toHaveTextContent('300×672 letter 2');
  });

  it('is read where the content is rendered once the browser has laid it out, not in React\'s commit', () => {
    const reads = spyOnReads();
    render(<Place />);
    // Not even asked whether it is skipped: in Chromium that laid out all the commit had added.
    expect(visibilityAsked).toBe(0);
    expect(reads).toEqual({ box: 0, style: 0 });

    // The browser lays the box out and its observers report, before that frame is painted.
    act(() => observers.forEach((report) => report()));
    expect(reads).toEqual({ box: 1, style: 1 });
    expect(place()).toHaveTextContent('300×672 letter 2');
  });
});
