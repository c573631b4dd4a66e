/** The entry's question "is this the wall?" answers as the router does, before any of the app is loaded. */
import { describe, expect, it } from 'vitest';
import { matchPath } from '../../src/lib/router';
import { isWallPath } from '../../src/lib/wall-path';

describe('isWallPath', () => {
  it('is the wall where the router shows the wall, and nowhere else', () => {
    for (const path of ['/wall', '/wall/', '/wall/x', '/wall/kpis/', '/wall//', '/walls', '/Wall', '/', '/regions/wall', '/wall.html'])
      expect(isWallPath(path), path).toBe(matchPath('/wall', path) !== null);
  });

  it('does not start a not-found page such as /wall/x as a wall', () => {
    expect(isWallPath('/wall')).toBe(true);
    expect(isWallPath('/wall/')).toBe(true);
    expect(isWallPath('/wall/x')).toBe(false);
    expect(isWallPath('/wallboard')).toBe(false);
  });
});
