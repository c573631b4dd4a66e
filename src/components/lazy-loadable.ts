/**
 * A component in a chunk of its own (a Recharts chart, the Leaflet map box), with `load()` to fetch
 * that chunk ahead of drawing. Whoever draws it waits for `load()` and only then renders it, which then
 * never suspends (src/components/on-screen.tsx):
 * - charts that suspended on the same chunk were all retried by React in one render when it arrived:
 *   three charts on /directions became one 120 ms task;
 * - content that suspends after it was shown makes React hide what was there and show the boundary's
 *   fallback beside it: the map's placeholder was in the page twice while Leaflet loaded.
 *
 * A React.lazy component whose chunk failed (network, a new deploy) keeps that failure for good: the
 * panel's Retry button failed again until the page was reloaded. So a failure also puts a fresh lazy
 * component in its place, and the next render asks for the chunk again.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { withSpreadPreloads } from '../lib/spread-preloads';

/** A component's chunk. */
export interface ChunkLoader {
  /** Fetches and evaluates the chunk; resolves once the component can render without suspending. */
  load: () => Promise<void>;
  /** Whether it is here: the component renders at once. */
  loaded: () => boolean;
}

export type LazyLoadable<P> = ComponentType<P> & ChunkLoader;

type Loaded<P> = { default: ComponentType<P> };

export const lazyLoadable = <P extends object>(load: () => Promise<ComponentType<P>>): LazyLoadable<P> => {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    // The chunk's preload links one per task: the overview's map and breakdown panels asked for theirs
    // (14 links) in one task of ~16 ms at 1× CPU as the page was hydrated.
    (loading ??= withSpreadPreloads(load).then(
      (loaded) => (component = loaded),
      (error: unknown) => {
        loading = null;
        current = lazyComponent();
        throw error;
      },
    ));
  const lazyComponent = () =>
    lazy<ComponentType<P>>(() => {
      // Already here: a thenable that answers at once, so React renders the component in this very
      // render instead of suspending for a microtask (a promise's callbacks always run later) and
      // committing the placeholder first.
      const ready = component;
      if (ready) return { then: (resolve: (value: Loaded<P>) => void) => resolve({ default: ready }) } as unknown as Promise<Loaded<P>>;
      return start().then((loaded) => ({ default: loaded }));
    });
  let current = lazyComponent();
  const Loadable = (props: P) => createElement(current, props);
  return Object.assign(Loadable, { load: () => start().then(() => undefined), loaded: () => component !== null });
};

/**
 * Calls `then` once `ready` (a chunk's load) has settled, unless cancelled first; returns the cancel,
 * for an effect's cleanup. A chunk that failed to load is drawn anyway: the content's own boundary
 * (the panel's) then says so and offers Retry.
 */
export const afterReady = (ready: () => Promise<void>, then: () => void): (() => void) => {
  let live = true;
  void ready()
    .catch(() => undefined)
    .then(() => {
      if (live) then();
    });
  return () => {
    live = false;
  };
};
