/**
 * A served page lists the app's code without preloading it; once painted, the entry makes the links
 * preloads again one per task (each starts a request, about a millisecond of main thread apiece).
 */
import { describe, expect, it } from 'vitest';
import { APP_CODE_REL, preloadListedAppCode } from '../../src/app/app-code';

const pageListing = (hrefs: string[]) => {
  const links = hrefs.map((href) => ({ href, rel: APP_CODE_REL }));
  const doc = {
    querySelectorAll: (selector: string) => (selector === `link[rel="${APP_CODE_REL}"]` ? links.filter((l) => l.rel === APP_CODE_REL) : []),
  };
  return { links, doc: doc as unknown as Document };
};

describe('the app code a served page lists', () => {
  it('is preloaded one link per task, in the order listed', () => {
    const { links, doc } = pageListing(['/assets/start.js', '/assets/react.js', '/assets/contract.js']);
    const tasks: (() => void)[] = [];
    preloadListedAppCode(doc, (next) => tasks.push(next));
    expect(links.map((l) => l.rel)).toEqual(['modulepreload', APP_CODE_REL, APP_CODE_REL]);
    tasks.shift()?.();
    expect(links.map((l) => l.rel)).toEqual(['modulepreload', 'modulepreload', APP_CODE_REL]);
    tasks.shift()?.();
    expect(links.every((l) => l.rel === 'modulepreload')).toBe(true);
    // Nothing is left to do: no further task is asked for.
    expect(tasks).toEqual([]);
  });

  it('asks for no task on a page that lists nothing', () => {
    const tasks: (() => void)[] = [];
    preloadListedAppCode(pageListing([]).doc, (next) => tasks.push(next));
    expect(tasks).toEqual([]);
  });
});
