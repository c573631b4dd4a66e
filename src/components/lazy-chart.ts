/**
 * A chart component in a chunk of its own (Recharts is one), with `load()` to fetch that chunk ahead
 * of drawing. The chart frame waits for `load()` and only then gives each chart its turn
 * (src/components/on-screen.tsx). Charts that suspended on the same chunk were all retried by React
 * in one render when it arrived: three charts on /directions became one 120 ms task.
 *
 * A React.lazy component whose chunk failed (network, a new deploy) keeps that failure for good: the
 * panel's Retry button failed again until the page was reloaded. So a failure also puts a fresh lazy
 * component in its place, and the next render asks for the chunk again.
 */
import { createElement, lazy, type ComponentType } from 'react';

export type LazyChart<P> = ComponentType<P> & {
  /** Fetches and evaluates the chart's chunk; resolves once the chart can render without suspending. */
  load: () => Promise<void>;
};

type Loaded<P> = { default: ComponentType<P> };

export const lazyChart = <P extends object>(load: () => Promise<ComponentType<P>>): LazyChart<P> => {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        loading = null;
        current = lazyComponent();
        throw error;
      },
    ));
  const lazyComponent = () =>
    lazy<ComponentType<P>>(() => {
      // Already here: a thenable that answers at once, so React renders the chart in this very render
      // instead of suspending for a microtask (a promise's callbacks always run later) and committing
      // the placeholder first.
      const ready = component;
      if (ready) return { then: (resolve: (value: Loaded<P>) => void) => resolve({ default: ready }) } as unknown as Promise<Loaded<P>>;
      return start().then((loaded) => ({ default: loaded }));
    });
  let current = lazyComponent();
  const Chart = (props: P) => createElement(current, props);
  return Object.assign(Chart, { load: () => start().then(() => undefined) });
};
