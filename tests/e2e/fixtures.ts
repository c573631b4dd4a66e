/**
 * Shared end-to-end helpers: a page that fails the test on any uncaught error, axe with WCAG 2.2 AA
 * rules, and a way to wait for the first numbers.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { PORTS } from '../../playwright.config';

/**
 * What the page was doing when a test failed: whether it still runs script and draws frames (a test
 * that times out waiting for an element to be "stable" gets no frames), where the failing test's page
 * is, and what has focus. Printed with the failure, since CI keeps no traces.
 */
const pageStateAfterFailure = async (page: Page): Promise<string> => {
  const answer = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const script = performance.now();
        requestAnimationFrame(() => {
          const open = [...document.querySelectorAll('details')].map((d) => (d.open ? 'open' : 'closed')).join(',');
          resolve(
            [
              `script answered at ${Math.round(script)} ms, a frame came ${Math.round(performance.now() - script)} ms later`,
              `url ${location.pathname}${location.search}`,
              `visibility ${document.visibilityState}, focus ${document.activeElement?.tagName ?? '-'}, scrollY ${Math.round(scrollY)}`,
              `details: ${open || 'none'}; busy regions: ${document.querySelectorAll('[aria-busy=true]').length}`,
              `wall scene: ${document.querySelector('.wall')?.getAttribute('data-scene') ?? 'no wall'}`,
            ].join('\n'),
          );
        });
      }),
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('the page gave no answer and no frame within 3 s (main thread busy, or no frames drawn)'), 3_000);
  });
  return Promise.race([answer, silent])
    .catch((error: unknown) => `could not ask the page: ${String(error)}`)
    .finally(() => clearTimeout(timer));
};

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use, testInfo) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      if (testInfo.status !== testInfo.expectedStatus && !page.isClosed()) {
        await testInfo.attach('page state after the failure', { body: await pageStateAfterFailure(page), contentType: 'text/plain' });
      }
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The production build on a static host — no first screen rendered by the server — against the HTTP
 * demo API. For tests that rewrite the API's answers in the browser (page.route): a server rendering
 * the first screen asks the API itself and would not see them.
 */
export const STATIC_APP = `http://127.0.0.1:${PORTS.static}`;

export const NBSP = '\u00a0';

/**
 * Records the layout shifts of every document the page opens from now on, as "element x,y w×h → x,y w×h
 * (score at time)" (a sideways move or a change of size shows as well as a fall); the returned function
 * reads those of the current document. A trace (under 0.001 of the screen) is not a move a reader sees,
 * and is left out.
 */
export const recordLayoutShifts = async (page: Page): Promise<() => Promise<string[]>> => {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { layoutShifts: string[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        startTime: number;
        sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[];
      }[]) {
        if (entry.value < 0.001) continue;
        for (const s of entry.sources) {
          const element = s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : 'text';
          const box = (r: DOMRect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          shifts.push(
            `${element} ${box(s.previousRect)} → ${box(s.currentRect)} (${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms)`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
};

/**
 * Holds every request matching `pattern` until the returned function is called: the page shows what it
 * shows while that code or answer is on its way, for as long as the test looks at it.
 */
export const holdRequests = async (page: Page, pattern: RegExp): Promise<() => void> => {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
};

/**
 * Panels (and the roadmap's cards) far off screen are skipped by the browser's rendering
 * (content-visibility: auto) until a reader scrolls near them: not laid out, not hit-testable, left out
 * of innerText. Checks that read the page's layout run with everything rendered, as each part is by the
 * time a reader gets to it.
 */
const withEverythingRendered = async <T>(page: Page, read: () => Promise<T>): Promise<T> => {
  const style = await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  try {
    return await read();
  } finally {
    await style.evaluate((element) => {
      element.parentNode?.removeChild(element);
    });
  }
};

/**
 * Runs axe (WCAG 2.0–2.2 A and AA, and its best practices where asked) on the page and returns the violations, summarised for a readable
 * failure. Target size and contrast are measured on the rendered page: a skipped panel's links would
 * be reported as covered by whatever is at their place.
 */
export const axeViolations = (page: Page, options: { bestPractice?: boolean } = {}): Promise<string[]> =>
  withEverythingRendered(page, async () => {
    const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', ...(options.bestPractice ? ['best-practice'] : [])];
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    // Each node with its markup and axe's finding (for contrast: the colours and ratio it measured): a bare
    // selector ("p") was all a failure on CI said, too little to tell which element, or why.
    const described = (node: (typeof results.violations)[number]['nodes'][number]) => {
      const finding = [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean) ?? '';
      return `${node.target.join(' ')} ${node.html.slice(0, 160)}${finding ? ` — ${finding}` : ''}`;
    };
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map(described).join('; ')})`);
  });

/** The text of `main` as rendered, off-screen parts included (see withEverythingRendered). */
export const mainText = (page: Page): Promise<string> => withEverythingRendered(page, () => page.locator('main').innerText());

/**
 * Scrolls `target` into view, as a reader would, and waits until the browser renders it. Scrolled near,
 * a panel that was skipped (content-visibility: auto) keeps its nominal height until the browser's next
 * frames find it near: a measure taken at once can read that placeholder size, or the real one, by the speed
 * of the machine.
 */
export const scrollIntoRenderedView = async (target: Locator): Promise<void> => {
  await target.scrollIntoViewIfNeeded();
  await expect
    .poll(() => target.evaluate((element) => [...element.children].some((child) => child.checkVisibility({ contentVisibilityAuto: true }))))
    .toBe(true);
};

export const waitForKpis = async (page: Page): Promise<void> => {
  await expect(page.getByTestId('kpi-volunteers')).toHaveText(/^\d/);
};

/**
 * Scrolls until `target` is on screen a screen at a time at most, as a reader would. Not in one jump:
 * where the panels skipped on the way (content-visibility: auto) are far taller than the size they are
 * skipped at (the roadmap's at a 32 px default font), the browser works out a place for the target that
 * lies inside the next panel, lands on that one, and the target's own panel stays skipped.
 */
const scrollToLikeAReader = async (page: Page, target: Locator): Promise<void> => {
  for (let step = 0; step < 400; step++) {
    const { top, bottom, screen } = await target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, screen: window.innerHeight };
    });
    if (top < screen && bottom > 0) return;
    const by = Math.max(-0.8 * screen, Math.min(0.8 * screen, top - screen / 4));
    // Two frames: the browser decides in the first what came on screen, and renders it.
    await page.evaluate(
      (dy) =>
        new Promise<void>((done) => {
          window.scrollBy(0, dy);
          requestAnimationFrame(() => requestAnimationFrame(() => done()));
        }),
      by,
    );
  }
};

/**
 * Charts render once they come near the viewport (src/components/on-screen.tsx). Brings each chart
 * on the page into view, as a reader scrolling down would, until it is drawn; then back to the top.
 */
export const drawCharts = async (page: Page): Promise<void> => {
  const frames = page.locator('main .chart-frame__chart:not([hidden])');
  const count = await frames.count();
  for (let i = 0; i < count; i++) {
    const frame = frames.nth(i);
    // Shown, not its placeholder: scrolled away before its turn, a chart stays a placeholder. The panels
    // above it may only now be laid out (content-visibility) and move it off screen again after the
    // scroll, so, as a reader would, bring it back into view until it is drawn.
    await expect(async () => {
      await scrollToLikeAReader(page, frame);
      await expect(frame.locator('.on-screen[data-shown] > *').first()).toBeAttached({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
};

/**
 * Printing as the browser does it: `beforeprint`, then the page laid out for paper (print media); and
 * back. What the app draws for paper it draws within `beforeprint`'s task (src/lib/print-layout.ts).
 */
export const startPrinting = async (page: Page): Promise<void> => {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
};

export const stopPrinting = async (page: Page): Promise<void> => {
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
};
