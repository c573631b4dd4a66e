/**
 * Charts in a chunk of their own are drawn one per task once the chunk is here. Without waiting for
 * the chunk, React retries every chart that suspended on it in one render: one long task. The map
 * takes its turn only once its chunk is here too: suspending in place of its placeholder put the
 * placeholder in the page twice (React hides what was shown and adds the fallback beside it).
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ComponentType, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { BrowserOnly } from '../../src/components/browser-only';
import { lazyLoadable } from '../../src/components/lazy-loadable';
import { OnScreen, useTurnWhenNear } from '../../src/components/on-screen';
import { PanelErrorBoundary } from '../../src/components/panel';

type ChartProps = { name: string };
const Drawn = ({ name }: ChartProps) => <svg data-testid={`chart-${name}`} />;

const chunk = () => {
  let resolve: (component: ComponentType<ChartProps>) => void = () => undefined;
  const promise = new Promise<ComponentType<ChartProps>>((done) => {
    resolve = done;
  });
  return { load: () => promise, arrive: () => resolve(Drawn) };
};

/** How many charts were in the page after each task that changed it. */
const chartsAfterEachChange = () => {
  const counts: number[] = [];
  const observer = new MutationObserver(() => {
    const count = document.querySelectorAll('[data-testid^="chart-"]').length;
    if (count !== counts.at(-1)) counts.push(count);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { counts, stop: () => observer.disconnect() };
};

const page = (Chart: ComponentType<ChartProps>, ready?: () => Promise<void>) => (
  <>
    {['a', 'b', 'c'].map((name) => (
      <OnScreen key={name} placeholder={<p>placeholder {name}</p>} ready={ready}>
        <Suspense fallback={<p>placeholder {name}</p>}>
          <Chart name={name} />
        </Suspense>
      </OnScreen>
    ))}
  </>
);

describe('charts waiting for their chunk', () => {
  it('are drawn one per task once it arrives, each in its place', async () => {
    const { load, arrive } = chunk();
    const Chart = lazyLoadable(load);
    render(page(Chart, Chart.load));
    expect(screen.getAllByText(/^placeholder/)).toHaveLength(3);
    const seen = chartsAfterEachChange();
    arrive();
    await screen.findByTestId('chart-c');
    seen.stop();
    expect(seen.counts).toEqual([1, 2, 3]);
    expect(screen.queryAllByText(/^placeholder/)).toHaveLength(0);
  });

  it('without waiting for the chunk, all come in React’s one retry (why the frame waits)', async () => {
    const { load, arrive } = chunk();
    const Chart = lazyLoadable(load);
    render(page(Chart));
    await screen.findAllByText(/^placeholder/);
    const seen = chartsAfterEachChange();
    arrive();
    await screen.findByTestId('chart-c');
    seen.stop();
    expect(seen.counts).toEqual([3]);
  });

  it('a chart whose chunk is already here renders at once, without suspending', async () => {
    const { load, arrive } = chunk();
    const Chart = lazyLoadable(load);
    arrive();
    await Chart.load();
    render(
      <Suspense fallback={<p>placeholder</p>}>
        <Chart name="now" />
      </Suspense>,
    );
    expect(screen.getByTestId('chart-now')).toBeTruthy();
  });

  it('a chunk that failed to load is asked for again when the reader presses Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let online = false;
    const Chart = lazyLoadable<ChartProps>(() => (online ? Promise.resolve(Drawn) : Promise.reject(new Error('chunk not found'))));
    const retried = vi.fn();
    render(
      <PanelErrorBoundary fallback="The chart could not be drawn." retryLabel="Retry" onRetried={retried}>
        <Suspense fallback={<p>placeholder</p>}>
          <Chart name="again" />
        </Suspense>
      </PanelErrorBoundary>,
    );
    expect(await screen.findByText('The chart could not be drawn.')).toBeTruthy();
    online = true;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('chart-again')).toBeTruthy();
    // The panel is told, to put focus where the gone button had it (its heading).
    expect(retried).toHaveBeenCalledOnce();
  });
});

/** The shape of the regional map's box (src/components/lazy-map-box.tsx): a placeholder until its turn. */
const MapLikeBox = ({ Map, ready }: { Map: ComponentType<ChartProps>; ready?: () => Promise<void> }) => {
  const [ref, turn] = useTurnWhenNear(ready);
  const placeholder = <p ref={ref}>map placeholder</p>;
  return <BrowserOnly fallback={placeholder}>{turn ? <Map name="map" /> : placeholder}</BrowserOnly>;
};

/** The most copies of a placeholder in the page at any change, until `stop`. */
const mostPlaceholders = (text: string) => {
  let most = 0;
  const observer = new MutationObserver(() => {
    const count = [...document.querySelectorAll('p')].filter((p) => p.textContent === text).length;
    most = Math.max(most, count);
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  return () => {
    observer.disconnect();
    return most;
  };
};

describe('content whose turn comes when near (the map)', () => {
  it('takes its turn once its chunk is here: its placeholder is in the page once, then the map', async () => {
    const { load, arrive } = chunk();
    const Map = lazyLoadable(load);
    const stop = mostPlaceholders('map placeholder');
    render(<MapLikeBox Map={Map} ready={Map.load} />);
    await new Promise((done) => setTimeout(done, 20)); // past the turn it would have taken at once
    expect(screen.getAllByText('map placeholder')).toHaveLength(1);
    arrive();
    await screen.findByTestId('chart-map');
    expect(stop()).toBe(1);
    expect(screen.queryAllByText('map placeholder')).toHaveLength(0);
  });

  it('taking its turn before the chunk is here puts the placeholder in twice (why it waits)', async () => {
    const { load, arrive } = chunk();
    const Map = lazyLoadable(load);
    render(<MapLikeBox Map={Map} />);
    await vi.waitFor(() => {
      expect(screen.getAllByText('map placeholder')).toHaveLength(2);
    });
    arrive();
    await screen.findByTestId('chart-map');
  });
});

/**
 * The overview's lower panels as the browser finds them: the server's HTML has their placeholder, which
 * React hydrates and then replaces with the panel.
 */
const hydrated = async (element: ReactElement): Promise<Root> => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.appendChild(container);
  let root: Root | undefined;
  // Async act: hydration and the update that follows it (the content in place of the placeholder) are flushed.
  await act(() => {
    root = hydrateRoot(container, element);
    return Promise.resolve();
  });
  if (!root) throw new Error('not hydrated');
  return root;
};

describe('a lower panel of the overview, drawn only in the browser', () => {
  it('given its chunk as `ready`, keeps the server’s placeholder until the chunk is here, then the panel', async () => {
    const { load, arrive } = chunk();
    const Panel = lazyLoadable(load);
    const stop = mostPlaceholders('panel placeholder');
    const root = await hydrated(
      <BrowserOnly fallback={<p>panel placeholder</p>} ready={Panel.load}>
        <Panel name="panel" />
      </BrowserOnly>,
    );
    expect(screen.getAllByText('panel placeholder')).toHaveLength(1);
    arrive();
    await screen.findByTestId('chart-panel');
    expect(stop()).toBe(1);
    expect(screen.queryAllByText('panel placeholder')).toHaveLength(0);
    act(() => root.unmount());
  });

  it('without it, the panel suspends in place of the hydrated placeholder and React keeps a hidden copy (why)', async () => {
    const { load, arrive } = chunk();
    const Panel = lazyLoadable(load);
    const root = await hydrated(
      <BrowserOnly fallback={<p>panel placeholder</p>}>
        <Panel name="panel" />
      </BrowserOnly>,
    );
    await vi.waitFor(() => {
      expect(screen.getAllByText('panel placeholder')).toHaveLength(2);
    });
    arrive();
    await screen.findByTestId('chart-panel');
    act(() => root.unmount());
  });
});
