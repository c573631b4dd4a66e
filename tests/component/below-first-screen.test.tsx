/**
 * The panels below a served page's first screen travel in `<noscript>` (text to a browser running scripts,
 * elements to one that does not) and are drawn by the app once it has taken the page over; a page the app
 * draws itself has them at once. Real-browser behaviour (nothing moves, a reload's place, an address's
 * card) is in tests/e2e/first-screen.spec.ts.
 */
import { act, render, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { BelowFirstScreen } from '../../src/components/below-first-screen';

const page = (
  <main>
    <section aria-label="first">first panel</section>
    <BelowFirstScreen>
      <section aria-label="below">
        <h2>Progress by region</h2>
      </section>
    </BelowFirstScreen>
  </main>
);

describe('the panels below the first screen', () => {
  it('are sent inside <noscript>, after the first screen, for readers without scripts', () => {
    const html = renderToString(page);
    expect(html).toMatch(
      /^<main><section aria-label="first">first panel<\/section><div class="below-first-screen" data-pending=""><noscript><section aria-label="below"><h2>Progress by region<\/h2><\/section><\/noscript><\/div><\/main>$/,
    );
  });

  it('are drawn by the app once it has taken the served page over, which it does without a mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(page);
    document.body.appendChild(container);
    const recoverable = vi.fn();
    let root: Root | undefined;
    await act(() => {
      root = hydrateRoot(container, page, { onRecoverableError: recoverable, onUncaughtError: recoverable });
      return Promise.resolve();
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Progress by region' })).toBeTruthy();
    expect(container.querySelector('noscript')).toBeNull();
    expect(container.querySelector('[data-pending]')).toBeNull();
    // Kept from the server's HTML, not drawn anew.
    expect(screen.getByText('first panel')).toBe(container.querySelector('section[aria-label="first"]'));
    expect(recoverable).not.toHaveBeenCalled();
    act(() => root?.unmount());
    container.remove();
  });

  it('are there at once on a page the app draws itself (a page it moved to, or one from a static host)', () => {
    const { container } = render(page);
    expect(screen.getByRole('heading', { level: 2, name: 'Progress by region' })).toBeTruthy();
    expect(container.querySelector('noscript')).toBeNull();
  });
});
