/**
 * Lighthouse (mobile and desktop presets) on each route, in the same Debian Chromium with the same flags
 * as every other measurement, launched once through chrome-launcher. One run per route and preset keeps
 * the whole benchmark within its ten minutes on two cores.
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, chromiumPath } from './harness';

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
}

const score = (s: number | null | undefined): number | null => (typeof s === 'number' ? Math.round(s * 100) : null);

export interface LighthouseSession {
  run: (url: string, preset: Preset) => Promise<LighthouseScores>;
  close: () => Promise<void>;
}

export const startLighthouse = async (): Promise<LighthouseSession> => {
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  return {
    run: async (url, preset) => {
      const result = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
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
      };
    },
    close: async () => {
      chrome.kill();
      await Promise.resolve();
    },
  };
};
