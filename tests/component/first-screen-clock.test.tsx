/**
 * The clock while a server-rendered first screen is hydrated: every part of the page, however late React
 * hydrates it, shows the time the server rendered it at (else React throws the part away and draws it
 * anew); what mounts afterwards starts at the real time.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setFirstScreenClock, useNow } from '../../src/lib/use-now';

const RENDERED_AT = Date.parse('2026-12-02T23:17:59Z');
const hhmm = (time: number) => new Date(time).toISOString().slice(11, 16);

const Clock = ({ id }: { id: string }) => <p data-testid={id}>{hhmm(useNow(60_000))}</p>;

const Page = ({ Late, more, onMore }: { Late: ComponentType<{ id: string }>; more: boolean; onMore: () => void }) => (
  <main>
    <Clock id="early" />
    <Suspense fallback={<p>…</p>}>
      <Late id="late" />
    </Suspense>
    <button type="button" onClick={onMore}>
      More
    </button>
    {more ? <Clock id="after" /> : null}
  </main>
);

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  setFirstScreenClock(null);
  document.body.innerHTML = '';
});

describe('the first screen’s clock', () => {
  it('holds for a part hydrated after the rest, a minute later; what mounts after starts at the real time', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(RENDERED_AT);
    setFirstScreenClock(RENDERED_AT);
    const html = renderToString(<Page Late={Clock} more={false} onMore={() => undefined} />);
    setFirstScreenClock(null);

    // In the browser, a minute later: the late part's code arrives only after the rest has hydrated.
    now.mockReturnValue(RENDERED_AT + 60_000);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const serverLate = container.querySelector('[data-testid="late"]');
    let arrive: () => void = () => undefined;
    const Late = lazy(() => new Promise<{ default: ComponentType<{ id: string }> }>((done) => (arrive = () => done({ default: Clock }))));
    const App = () => {
      const [more, setMore] = useState(false);
      return <Page Late={Late} more={more} onMore={() => setMore(true)} />;
    };
    const redrawn: unknown[] = [];
    setFirstScreenClock(RENDERED_AT);
    await act(async () => {
      root = hydrateRoot(container, <App />, { onRecoverableError: (error) => redrawn.push(error) });
      await Promise.resolve();
    });
    await act(async () => {
      arrive();
      await Promise.resolve();
    });

    expect(redrawn).toEqual([]);
    expect(screen.getByTestId('late')).toBe(serverLate);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'More' }));
    });
    expect(screen.getByTestId('after')).toHaveTextContent(hhmm(RENDERED_AT + 60_000));
  });
});
