/**
 * The production build under the strict security headers (the CSP server on port 4175, started by the
 * Playwright config with `serve-dist.ts --csp` against the HTTP demo API): every page works and the
 * browser reports no Content Security Policy violation, in the console or as an event.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CSP_SITE = 'http://127.0.0.1:4175';

const collectViolations = async (page: Page): Promise<string[]> => {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) found.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => found.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { reportCspViolation: (t: string) => Promise<void> }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return found;
};

test.describe('security headers', () => {
  test('the build runs under the strict CSP with no violations on any page @http', async ({ page, request }) => {
    test.setTimeout(90_000);
    const headers = (await request.get(`${CSP_SITE}/`)).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:8787");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['x-content-type-options']).toBe('nosniff');

    const violations = await collectViolations(page);
    // The served pages' inline sheets are completed through connect-src and the CSSOM, not linked instead.
    const styleSheetWarnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && /style sheet/.test(message.text())) styleSheetWarnings.push(message.text());
    });
    for (const path of [
      '/',
      '/activity',
      '/regions',
      '/regions/KZ-75',
      '/directions',
      '/roadmap',
      '/wall?scenes=kpi,map',
      '/no/such/page',
    ]) {
      await page.goto(`${CSP_SITE}${path}${path.includes('?') ? '&' : '?'}lang=en`);
      await expect(page.locator('h1, .wall').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(violations, `CSP violations on ${path}`).toEqual([]);
    }
    expect(styleSheetWarnings).toEqual([]);

    // The overview's numbers came through connect-src, and the map drew its regions.
    await page.goto(`${CSP_SITE}/?lang=en`);
    await expect(page.getByTestId('kpi-volunteers')).toHaveText(/^\d/);
    await expect(page.locator('[data-code]')).toHaveCount(20);
    // Its inline sheet came with stand-ins for the rules it left out, and now has those rules in their place.
    const standIns = () =>
      page.evaluate(() => {
        const inline = document.querySelector('link[rel="fom-style-sheet"]')?.previousElementSibling;
        const rulesOf = (rules: CSSRuleList): string[] =>
          Array.from(rules).flatMap((rule) => (rule instanceof CSSGroupingRule ? rulesOf(rule.cssRules) : [rule.cssText]));
        return inline instanceof HTMLStyleElement && inline.sheet
          ? {
              served: (inline.textContent ?? '').split('#fom-rest-').length - 1,
              left: rulesOf(inline.sheet.cssRules).filter((r) => r.includes('fom-rest-')).length,
            }
          : null;
      });
    await expect.poll(async () => (await standIns())?.left).toBe(0);
    expect((await standIns())?.served).toBeGreaterThan(10);
    // Exporting a chart as PNG draws it through an image: allowed too.
    await page.goto(`${CSP_SITE}/directions?lang=en`);
    const png = page.getByRole('button', { name: 'PNG' }).first();
    await expect(png).toBeVisible();
    // The button exports the drawn chart: wait until the chart library has drawn it (and sized it).
    await expect(page.locator('svg.recharts-surface, svg[data-exportable]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    let fileName = '';
    await expect(async () => {
      const download = page.waitForEvent('download', { timeout: 3_000 });
      await png.click();
      fileName = (await download).suggestedFilename();
    }).toPass({ timeout: 20_000 });
    expect(fileName).toMatch(/\.png$/);
    expect(violations).toEqual([]);
  });
});
