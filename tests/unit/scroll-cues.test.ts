import { describe, expect, it } from 'vitest';
import { hiddenSides } from '../../src/lib/scroll-cues';

describe('hiddenSides', () => {
  it('a table that fits its box hides nothing, even a fraction of a pixel over (zoom)', () => {
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 337, clientWidth: 337 })).toEqual({ start: false, end: false });
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 337.6, clientWidth: 337 })).toEqual({ start: false, end: false });
  });

  it('the regions table on a phone (1109 px in 337): more to the end, then to both sides, then to the start', () => {
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 1109, clientWidth: 337 })).toEqual({ start: false, end: true });
    expect(hiddenSides({ scrollLeft: 40, scrollWidth: 1109, clientWidth: 337 })).toEqual({ start: true, end: true });
    expect(hiddenSides({ scrollLeft: 772, scrollWidth: 1109, clientWidth: 337 })).toEqual({ start: true, end: false });
  });

  it('scrolled to within a pixel of its end (fractional offsets), nothing more to the end', () => {
    expect(hiddenSides({ scrollLeft: 771.5, scrollWidth: 1109, clientWidth: 337 })).toEqual({ start: true, end: false });
  });

  it('a right-to-left box, scrolled to negative offsets, has more at its start once scrolled', () => {
    expect(hiddenSides({ scrollLeft: -200, scrollWidth: 1109, clientWidth: 337 })).toEqual({ start: true, end: true });
    expect(hiddenSides({ scrollLeft: -772, scrollWidth: 1109, clientWidth: 337 })).toEqual({ start: true, end: false });
  });
});
