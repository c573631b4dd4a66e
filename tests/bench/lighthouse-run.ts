/**
 * Lighthouse (mobile and desktop presets) on each route, in the same Debian Chromium with the same flags
 * as every other measurement, launched once through chrome-launcher. The mobile preset runs twice per
 * route, and a third time only when one of the two scores under 90 (the first run with every category, the
 * others performance only; bench.ts, report.ts needsAnotherLighthouseRun and combineLighthouseRuns); the
 * desktop preset once, its score being 99–100 in every run so far — all of which keeps the whole benchmark
 * within its ten minutes on two cores.
 */
import { Launcher, launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { BASE_CHROMIUM_ARGS, chromiumPath, disableFeaturesSwitch } from './harness';

export type Preset = 'mobile' | 'desktop';
export const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

export interface LighthouseScores {
  /** 0–100, null when Lighthouse could not compute the category. */
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  /** Key lab metrics (ms; CLS unitless), for the JSON. */
  metrics: Record<string, number | null>;
  /** Audits that cost points in accessibility or best practices, and runtime errors. */
  failing: string[];
  /** Where performance points go: the LCP element, the largest layout shifts, the costliest scripts. */
  diagnostics: { lcpElement: string | null; layoutShifts: string[]; bootup: string[] };
  /** Combined from several runs (report.ts combineLighthouseRuns): each run's performance score, in order. */
  performanceRuns?: (number | null)[];
}

type Item = Record<string, unknown>;
const itemsOf = (details: unknown): Item[] => {
  const items = (details as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as Item[]) : [];
};
const selectorOf = (node: unknown): string => {
  const n = node as { selector?: unknown; snippet?: unknown } | undefined;
  return typeof n?.selector === 'string' ? n.selector : typeof n?.snippet === 'string' ? n.snippet : '?';
};
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

const score = (s: number | null | undefined): number | null => (typeof s === 'number' ? Math.round(s * 100) : null);

export interface LighthouseSession {
  /** `performanceOnly`: skip the accessibility and best-practices audits (a repeat run for the median). */
  run: (url: string, preset: Preset, options?: { performanceOnly?: boolean }) => Promise<LighthouseScores>;
  close: () => Promise<void>;
}

export const startLighthouse = async (): Promise<LighthouseSession> => {
  // chrome-launcher's flags include its own --disable-features; Chromium keeps only the last such switch,
  // so its features and the browser interface's go into one (see BROWSER_UI_FEATURES).
  const PREFIX = '--disable-features=';
  const launcherFlags = Launcher.defaultFlags();
  const launcherFeatures = launcherFlags.filter((f) => f.startsWith(PREFIX)).flatMap((f) => f.slice(PREFIX.length).split(','));
  const chrome = await launch({
    chromePath: chromiumPath(),
    ignoreDefaultFlags: true,
    chromeFlags: [
      ...launcherFlags.filter((f) => !f.startsWith(PREFIX)),
      disableFeaturesSwitch(launcherFeatures),
      ...BASE_CHROMIUM_ARGS,
      '--headless=new',
    ],
    logLevel: 'silent',
  });
  return {
    run: async (url, preset, options = {}) => {
      const onlyCategories = options.performanceOnly ? ['performance'] : ['performance', 'accessibility', 'best-practices'];
      const result = await lighthouse(
        url,
        // No full-page screenshot: it only illustrates the HTML report's element previews, which the benchmark
        // does not write, and cost ~2.5 s a run (8.5 against 11.1 s on the slower machine, 8 runs each, scores
        // alike): a full benchmark there went from 581 to 549 s.
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories, disableFullPageScreenshot: true },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? null;
      const failing: string[] = [];
      for (const id of ['accessibility', 'best-practices']) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1) failing.push(`${id}/${ref.id}: ${a.title}`);
        }
      }
      if (lhr.runtimeError) failing.push(`runtime error: ${lhr.runtimeError.message}`);
      // The LCP element audit nests a table of nodes inside its first item.
      const lcpNode = itemsOf(lhr.audits['largest-contentful-paint-element']?.details).flatMap((i) => itemsOf(i))[0]?.node;
      const diagnostics = {
        lcpElement: lcpNode ? selectorOf(lcpNode) : null,
        layoutShifts: itemsOf(lhr.audits['layout-shifts']?.details)
          .slice(0, 3)
          .map((i) => `${selectorOf(i.node)} (${num(i.score).toFixed(3)})`),
        bootup: itemsOf(lhr.audits['bootup-time']?.details)
          .slice(0, 4)
          .map((i) => `${String(i.url).replace(/^https?:\/\/[^/]+/, '')} ${num(i.total).toFixed(0)} ms`),
      };
      return {
        performance: score(lhr.categories.performance?.score),
        accessibility: score(lhr.categories.accessibility?.score),
        bestPractices: score(lhr.categories['best-practices']?.score),
        metrics: {
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          tbt: audit('total-blocking-time'),
          cls: audit('cumulative-layout-shift'),
          si: audit('speed-index'),
        },
        failing,
        diagnostics,
      };
    },
    close: async () => {
      chrome.kill();
      await Promise.resolve();
    },
  };
};
