/**
 * The demo API inside a Node test file (msw/node, mocks/node.ts) with the demo clock pinned to `now`,
 * so its numbers are stable; handlers a test adds with `server.use` are dropped after it.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setDemoNow } from '../mocks/clock';
import { server } from '../mocks/node';

export { server };

export const withDemoApi = (now: Date): void => {
  beforeAll(() => {
    setDemoNow(now);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => {
    server.close();
    setDemoNow(null);
  });
};
