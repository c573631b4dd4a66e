/**
 * A chart component in a chunk of its own (Recharts is one), with `load()` to fetch that chunk ahead
 * of drawing. The chart frame waits for `load()` and only then gives each chart its turn
 * (src/components/on-screen.tsx). Charts that suspended on the same chunk were all retried by React
 * in one render when it arrived: three charts on /directions became one 120 ms task.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export type LazyChart<P> = LazyExoticComponent<ComponentType<P>> & {
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
        loading = null; // a chunk that failed (network, new deploy) is asked for again next time
        throw error;
      },
    ));
  const Chart = lazy<ComponentType<P>>(() => {
    // Already here: a thenable that answers at once, so React renders the chart in this very render
    // instead of suspending for a microtask (a promise's callbacks always run later) and committing
    // the placeholder first.
    const ready = component;
    if (ready) return { then: (resolve: (value: Loaded<P>) => void) => resolve({ default: ready }) } as unknown as Promise<Loaded<P>>;
    return start().then((loaded) => ({ default: loaded }));
  });
  return Object.assign(Chart, { load: () => start().then(() => undefined) });
};
