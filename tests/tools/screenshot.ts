/**
 * Takes screenshots of the running app in Debian's Chromium, for looking at what we build:
 *   tsx tests/tools/screenshot.ts http://127.0.0.1:4173/?lang=ru out.png [width] [height] [waitForSelector]
 */
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { CHROMIUM_ARGS } from '../../playwright.config';

const [url, out, width = '1280', height = '800', waitFor] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: screenshot.ts URL OUT.png [width] [height] [selector]');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM_PATH ?? execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim();
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[console.${m.type()}] ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.goto(url);
if (waitFor) await page.waitForSelector(waitFor, { timeout: 15_000 });
else await page.waitForTimeout(2500);
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`saved ${out}`);
