/**
 * Asking for a page's, a panel's or a chart's chunk: Vite's loader appends a modulepreload link for each
 * module the chunk needs that the page does not list; they are appended one per task (each starts a
 * request), anything else at once, and `<head>` is left as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { lazyLoadable } from '../../src/components/lazy-loadable';
import { nextTask } from '../../src/lib/in-slices';
import { withSpreadPreloads } from '../../src/lib/spread-preloads';

const link = (rel: string, href: string): HTMLLinkElement => {
  const element = document.createElement('link');
  element.rel = rel;
  element.href = href;
  return element;
};
const preloadsInHead = () => [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));

afterEach(() => {
  document.head.innerHTML = '';
});

describe('a chunk asked for with its preloads spread', () => {
  it('appends its modulepreload links one per task, in order, and anything else at once', () => {
    const tasks: (() => void)[] = [];
    const result = withSpreadPreloads(
      () => {
        document.head.appendChild(link('modulepreload', '/assets/a.js'));
        document.head.appendChild(link('stylesheet', '/assets/a.css'));
        document.head.appendChild(link('modulepreload', '/assets/b.js'));
        document.head.appendChild(link('modulepreload', '/assets/c.js'));
        return 'the import';
      },
      document,
      (next) => tasks.push(next),
    );
    expect(result).toBe('the import');
    expect(document.head.querySelector('link[rel="stylesheet"]')).not.toBeNull();
    expect(preloadsInHead()).toEqual([]);
    tasks.shift()?.();
    expect(preloadsInHead()).toEqual(['/assets/a.js']);
    tasks.shift()?.();
    tasks.shift()?.();
    expect(preloadsInHead()).toEqual(['/assets/a.js', '/assets/b.js', '/assets/c.js']);
    expect(tasks).toEqual([]);
  });

  it('leaves <head> as it was, also when asking fails', () => {
    expect(() =>
      withSpreadPreloads(() => {
        throw new Error('offline');
      }),
    ).toThrow('offline');
    expect(Object.hasOwn(document.head, 'appendChild')).toBe(false);
    document.head.appendChild(link('modulepreload', '/assets/later.js'));
    expect(preloadsInHead()).toEqual(['/assets/later.js']);
  });
});

describe('a panel or chart in a chunk of its own (lazyLoadable)', () => {
  it('asks for its chunk with the preloads spread: none in the task that asks, all of them a few tasks later', async () => {
    const Panel = lazyLoadable(() => {
      // As Vite's loader does for the chunk's dependencies, synchronously as the import is asked for.
      for (const name of ['map', 'choropleth', 'collate']) document.head.appendChild(link('modulepreload', `/assets/${name}.js`));
      return Promise.resolve(() => null);
    });
    const loaded = Panel.load();
    expect(preloadsInHead()).toEqual([]);
    await loaded;
    for (let task = 0; task < 4; task++) await nextTask();
    expect(preloadsInHead()).toEqual(['/assets/map.js', '/assets/choropleth.js', '/assets/collate.js']);
  });
});
