// Component tests: jsdom + the demo API through msw/node, with the demo clock pinned so numbers are stable.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setDemoNow } from '../../mocks/clock';
import { server } from '../../mocks/node';

// findBy*/waitFor wait up to 5 s: on a busy two-core CI machine the 1 s default fails slow, correct renders.
configure({ asyncUtilTimeout: 5_000 });

export const TEST_NOW = new Date('2026-11-22T09:30:00Z');

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  setDemoNow(TEST_NOW);
  window.localStorage.clear();
  // The remembered language: one test's choice must not become the next one's default.
  document.cookie = 'fom_lang=; path=/; max-age=0';
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  setDemoNow(null);
});
afterAll(() => server.close());
