/**
 * A chart starts at the width its place was measured at (KnownWidth, given by OnScreen), so its first
 * drawing is its last; with no width given it starts at its fallback and measures itself.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KnownWidth, useElementWidth } from '../../src/lib/use-element-width';

const Drawing = () => {
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  return (
    <div ref={ref} data-testid="drawing">
      {width}
    </div>
  );
};

describe('useElementWidth', () => {
  it('draws at the width it is given, rounded down to whole pixels', () => {
    render(
      <KnownWidth.Provider value={903.7}>
        <Drawing />
      </KnownWidth.Provider>,
    );
    expect(screen.getByTestId('drawing').textContent).toBe('903');
  });

  it('draws at its fallback when no width is known, or the known width is none', () => {
    render(
      <>
        <Drawing />
        <KnownWidth.Provider value={0}>
          <Drawing />
        </KnownWidth.Provider>
      </>,
    );
    expect(screen.getAllByTestId('drawing').map((el) => el.textContent)).toEqual(['640', '640']);
  });
});
