/**
 * One page load in a fresh browser context: when the KPI numbers, the map and the charts appear, and
 * every byte on the wire (from the DevTools protocol's Network events, so cross-origin API responses
 * count too), each marked as loaded before the first KPI numbers (needed for the first paint) or later.
 */
import type { Browser, CDPSession } from '@playwright/test';
import { freshPage, pageState, sleep, type PageMarks } from './harness';
import { classifyRequest, type ByteKind } from './bytes';
import { loadSettled, type Expectation } from './settled';
import { FIRST_PAINT_CATEGORIES, firstPaintCpu, parseTrace, type FirstPaintCpu } from './trace';

export type { Expectation };

export interface RequestRecord {
  url: string;
  kind: ByteKind;
  status: number;
  /** Response body as transferred (compressed when the server compressed it). */
  bodyBytes: number;
  /** Everything received for the request, headers included. */
  wireBytes: number;
  /** Finished before the first KPI numbers were on screen. */
  beforeKpi: boolean;
  /** Sent and finished, ms since navigation start (for reading the waterfall in bench-results.json). */
  startMs: number;
  endMs: number;
}

/** Tracks requests of one page through CDP; knows when the network has been quiet for a while. */
class NetworkRecorder {
  private readonly open = new Map<string, { url: string; type: string; status: number; headerBytes: number; sent: number }>();
  private readonly finished: {
    url: string;
    type: string;
    status: number;
    headerBytes: number;
    sent: number;
    wireBytes: number;
    at: number;
  }[] = [];
  private lastActivity = Date.now();
  /** Monotonic time (s) of the document request: navigation start on CDP's clock. */
  navigationStart: number | null = null;

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      if (e.request.url.startsWith('data:')) return;
      this.lastActivity = Date.now();
      if (e.type === 'Document' && this.navigationStart === null) this.navigationStart = e.timestamp;
      this.open.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other', status: 0, headerBytes: 0, sent: e.timestamp });
    });
    cdp.on('Network.responseReceived', (e) => {
      const r = this.open.get(e.requestId);
      if (!r) return;
      r.status = e.response.status;
      // Bytes received when the headers were parsed: the headers' share of the wire bytes.
      r.headerBytes = e.response.encodedDataLength;
    });
    cdp.on('Network.loadingFinished', (e) => {
      const r = this.open.get(e.requestId);
      if (!r) return;
      this.open.delete(e.requestId);
      this.lastActivity = Date.now();
      this.finished.push({ ...r, wireBytes: e.encodedDataLength, at: e.timestamp });
    });
    cdp.on('Network.loadingFailed', (e) => {
      if (this.open.delete(e.requestId)) this.lastActivity = Date.now();
    });
  }

  quietFor(ms: number): boolean {
    return this.open.size === 0 && Date.now() - this.lastActivity >= ms;
  }

  records(kpiMs: number | undefined): RequestRecord[] {
    const nav = this.navigationStart ?? 0;
    const kpiAt = kpiMs === undefined || this.navigationStart === null ? null : nav + kpiMs / 1000;
    return this.finished.map((r) => ({
      url: r.url,
      kind: classifyRequest(r.url, r.type),
      status: r.status,
      bodyBytes: Math.max(0, r.wireBytes - r.headerBytes),
      wireBytes: r.wireBytes,
      beforeKpi: kpiAt !== null && r.at <= kpiAt,
      startMs: Math.round((r.sent - nav) * 1000),
      endMs: Math.round((r.at - nav) * 1000),
    }));
  }
}

export interface LoadRun {
  missing: boolean;
  marks: PageMarks;
  /** What the page turned out to have (the probe run decides what later runs wait for). */
  found: Expectation;
  timedOut: boolean;
  requests: RequestRecord[];
  errors: string[];
  /** With `traceFirstPaint`: the CPU time the page's renderer spent until the first KPI numbers. */
  firstPaintCpu?: FirstPaintCpu | null;
}

export interface LoadOptions {
  /** CPU slowdown (1 = none), DevTools' Emulation.setCPUThrottlingRate. */
  cpuThrottle: number;
  /**
   * What must appear before the load counts as done. Without it (the first, probing run) the load is
   * done when the page has rendered, every map and chart on it is drawn and the network has been
   * quiet for a second.
   */
  expect?: Expectation;
  capMs?: number;
  /** CSS selector of the headline numbers (harness.ts HEADLINE_NUMBERS); the KPI tiles by default. */
  headline?: string;
  /** Record a trace of the load for firstPaintCpu. Tracing slows the page: such a load's times are not used. */
  traceFirstPaint?: boolean;
}

export const loadRun = async (browser: Browser, url: string, options: LoadOptions): Promise<LoadRun> => {
  const { context, page, cdp, errors } = await freshPage(browser, undefined, options.headline);
  let tracing = false;
  try {
    const net = new NetworkRecorder(cdp);
    await cdp.send('Network.enable');
    if (options.cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuThrottle });
    const capMs = options.capMs ?? (options.cpuThrottle > 1 ? 40_000 : 20_000);
    if (options.traceFirstPaint) {
      await browser.startTracing(page, { categories: FIRST_PAINT_CATEGORIES });
      tracing = true;
    }
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    let state = await pageState(page);
    let timedOut = false;
    for (;;) {
      if (state.notFound) break;
      if (loadSettled(state, options.expect, (ms) => net.quietFor(ms))) break;
      if (Date.now() - started > capMs) {
        timedOut = true;
        break;
      }
      await sleep(50);
      state = await pageState(page);
    }
    const marks = state.marks;
    const trace = tracing ? parseTrace(await browser.stopTracing()) : null;
    tracing = false;
    return {
      missing: state.notFound,
      marks,
      found: { kpi: marks.kpi !== undefined, map: marks.map !== undefined, chart: marks.chart !== undefined },
      timedOut,
      requests: net.records(marks.kpi),
      errors,
      ...(trace && { firstPaintCpu: marks.kpi === undefined ? null : firstPaintCpu(trace, marks.kpi) }),
    };
  } finally {
    // The browser traces one page at a time: a load that failed midway must not leave its trace running.
    if (tracing) await browser.stopTracing().catch(() => undefined);
    await context.close();
  }
};
