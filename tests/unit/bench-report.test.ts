// The benchmark's verdicts and figures (tests/bench): budgets, missing routes, byte split, longest task, dropped frames.
import { describe, expect, it } from 'vitest';
import { classifyRequest, summariseBytes } from '../bench/bytes';
import { floorHtml, groupDigits } from '../bench/floor';
import {
  broken,
  buildTable,
  combineLighthouseRuns,
  needsAnotherLighthouseRun,
  evaluateBudgets,
  firstPaintCpuSummary,
  kpiRatio,
  median,
  renderMarkdown,
  renderText,
  type BenchResults,
  type RouteResult,
} from '../bench/report';
import type { LighthouseScores } from '../bench/lighthouse-run';
import { loadSettled } from '../bench/settled';
import { WINDOW_MARK, firstPaintCpu, frameStats, mainThreadTasks, type TraceEvent } from '../bench/trace';

const split = (first: number, later = 0) => ({ first, later });

const okRoute = (route: string, over: Partial<RouteResult> = {}): RouteResult => ({
  route,
  status: 'ok',
  bytes: {
    js: split(140_000, 60_000),
    css: split(5_000),
    geometry: split(0, 28_000),
    data: split(20_000),
    html: split(600),
    other: split(0),
  },
  timings: {
    desktop: { kpi: [300, 280, 320], floorKpi: [100, 90, 110], map: [500, 520, 480], chart: [null, null, null] },
    throttled: { kpi: [900, 1000, 950], floorKpi: [400, 380, 420], map: [1500, 1400, 1600], chart: [null, null, null] },
  },
  pageErrors: [],
  ...over,
});

const results = (routes: RouteResult[], over: Partial<BenchResults> = {}): BenchResults => ({
  date: '2026-11-22T09:30:00.000Z',
  machine: { nproc: 2, cpu: 'Test CPU', chromium: 'Chromium 156', node: 'v20' },
  options: { quick: false, runs: 3, lighthouse: false, requireAll: false, cpuThrottle: 4 },
  entryJs: { gzipBytes: 146_000, files: [] },
  routes,
  memory: null,
  durationSeconds: 100,
  ...over,
});

describe('bench budgets', () => {
  it('takes medians and divides ours by the floor measured in the same run', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
    expect(kpiRatio(okRoute('/').timings?.desktop)).toBeCloseTo(3);
  });

  it('breaks the KPI budget at more than 2× the floor on desktop but allows 2.5× under throttling', () => {
    const verdicts = evaluateBudgets(results([okRoute('/')]));
    expect(verdicts.find((v) => v.id === 'kpi-ratio-desktop')).toMatchObject({ ok: false, value: '3.00×' });
    expect(verdicts.find((v) => v.id === 'kpi-ratio-throttled')).toMatchObject({ ok: true, value: '2.38×' });
    expect(verdicts.find((v) => v.id === 'entry-js')?.ok).toBe(true);
    expect(verdicts.find((v) => v.id === 'route-js')).toMatchObject({ ok: true, value: '200.0 KB' });
  });

  it('reports a route that does not exist yet as missing, and fails on it only with --require-all', () => {
    const missing: RouteResult = { route: '/wall', status: 'missing', pageErrors: [] };
    const lenient = evaluateBudgets(results([okRoute('/'), missing]));
    expect(lenient.find((v) => v.route === '/wall')).toMatchObject({ id: 'route-exists', value: 'MISSING', ok: null });
    const strict = evaluateBudgets(
      results([okRoute('/'), missing], { options: { quick: false, runs: 3, lighthouse: false, requireAll: true, cpuThrottle: 4 } }),
    );
    expect(broken(strict).map((v) => v.route)).toContain('/wall');
    const table = renderText(buildTable(results([okRoute('/'), missing]), lenient));
    expect(table.split('\n')[2]).toMatch(/^status\s+ok\s+MISSING$/);
  });

  it('marks broken budgets in the table: too much JS, geometry, heap growth, Lighthouse', () => {
    const heavy = okRoute('/regions', {
      bytes: { js: split(200_000, 200_000), css: split(0), geometry: split(0, 70_000), data: split(0), html: split(0), other: split(0) },
      lighthouse: {
        mobile: {
          performance: 89,
          accessibility: 100,
          bestPractices: 100,
          metrics: { tbt: 412.5, lcp: 1552.2 },
          failing: [],
          diagnostics: { lcpElement: null, layoutShifts: [], bootup: [] },
        },
        desktop: {
          performance: 99,
          accessibility: 100,
          bestPractices: 100,
          metrics: {},
          failing: [],
          diagnostics: { lcpElement: null, layoutShifts: [], bootup: [] },
        },
      },
    });
    const r = results([heavy], {
      entryJs: { gzipBytes: 151_000, files: [] },
      memory: {
        url: '/',
        warmup: 20,
        cycles: 200,
        heapStart: 10e6,
        heapEnd: 11.5e6,
        heapUsedStart: 12e6,
        heapUsedEnd: 13e6,
        domStart: 900,
        domEnd: 900,
        heapGrowth: 0.15,
        heapUsedGrowth: 1 / 12,
        domGrowth: 0,
      },
    });
    const verdicts = evaluateBudgets(r);
    expect(
      broken(verdicts)
        .map((v) => v.id)
        .sort(),
    ).toEqual(['entry-js', 'geometry', 'heap', 'kpi-ratio-desktop', 'lighthouse-mobile-performance', 'route-js']);
    const md = renderMarkdown(buildTable(r, verdicts));
    expect(md).toContain('| JS total, KB gzip | ≤ 350.0 | 400.0 ✗ |');
    expect(md).toContain('| Lighthouse mobile: perf/a11y/best pr. | ≥ 90/100/100 | 89/100/100 ✗ |');
    // What the mobile score charged: the blocking time and the largest paint.
    expect(md).toContain('| Lighthouse mobile: blocking time / LCP, ms |  | 413 / 1552 |');
    expect(md).toContain('| Lighthouse desktop: perf/a11y/best pr. | ≥ 98/100/100 | 99/100/100 |');
    expect(md).toContain('10.00 → 11.50 (+15.0 %) ✗');
  });

  it('runs Lighthouse mobile a third time only when one of the first two is under the budget, which alone can change the verdict', () => {
    expect(needsAnotherLighthouseRun('mobile', [])).toBe(true);
    expect(needsAnotherLighthouseRun('mobile', [84])).toBe(true);
    // Both at or over 90: the median of three is too, whatever the third says.
    expect(needsAnotherLighthouseRun('mobile', [90, 100])).toBe(false);
    // One under it (or unscored): the third decides.
    expect(needsAnotherLighthouseRun('mobile', [96, 89])).toBe(true);
    expect(needsAnotherLighthouseRun('mobile', [88, 84])).toBe(true);
    expect(needsAnotherLighthouseRun('mobile', [null, 97])).toBe(true);
    expect(needsAnotherLighthouseRun('mobile', [88, 84, 93])).toBe(false);
    expect(needsAnotherLighthouseRun('desktop', [])).toBe(true);
    expect(needsAnotherLighthouseRun('desktop', [80])).toBe(false);
    // Of two runs, the lower is the one judged and shown.
    const run = (performance: number): LighthouseScores => ({
      performance,
      accessibility: 100,
      bestPractices: 100,
      metrics: { tbt: 0, lcp: 900 },
      failing: [],
      diagnostics: { lcpElement: null, layoutShifts: [], bootup: [] },
    });
    expect(combineLighthouseRuns([run(100), run(93)])).toMatchObject({ performance: 93, performanceRuns: [100, 93] });
  });

  it('judges Lighthouse mobile by the median of its runs, and shows every run', () => {
    const run = (performance: number | null, tbt: number, extra: Partial<LighthouseScores> = {}): LighthouseScores => ({
      performance,
      accessibility: null,
      bestPractices: null,
      metrics: { tbt, lcp: 1200 },
      failing: [],
      diagnostics: { lcpElement: null, layoutShifts: [], bootup: [] },
      ...extra,
    });
    // The first run measures every category; the repeats only performance.
    const full = run(96, 150, { accessibility: 100, bestPractices: 100 });
    const combined = combineLighthouseRuns([full, run(87, 480), run(91, 320)]);
    expect(combined).toMatchObject({
      performance: 91,
      accessibility: 100,
      bestPractices: 100,
      metrics: { tbt: 320 },
      performanceRuns: [96, 87, 91],
    });
    // An accessibility failure in any run that measured it counts.
    expect(
      combineLighthouseRuns([run(95, 100, { accessibility: 96, bestPractices: 100, failing: ['accessibility/x'] }), run(95, 100)]),
    ).toMatchObject({
      accessibility: 96,
      failing: ['accessibility/x'],
    });
    // Two runs of three below the budget break it; one does not.
    const slowRuns = combineLighthouseRuns([full, run(89, 400), run(88, 420)]);
    if (!combined || !slowRuns) throw new Error('no runs combined');
    const slow = okRoute('/wall', { lighthouse: { mobile: slowRuns } });
    const r = results([okRoute('/', { lighthouse: { mobile: combined } }), slow]);
    const verdicts = evaluateBudgets(r);
    expect(
      broken(verdicts)
        .filter((v) => v.id === 'lighthouse-mobile-performance')
        .map((v) => v.route),
    ).toEqual(['/wall']);
    const md = renderMarkdown(buildTable(r, verdicts));
    expect(md).toContain('| Lighthouse mobile: perf/a11y/best pr. | ≥ 90/100/100 | 91/100/100 | 89/100/100 ✗ |');
    expect(md).toContain('| Lighthouse mobile: performance, each run |  | 96 · 87 · 91 | 96 · 89 · 88 |');
    expect(md).toContain('| Lighthouse mobile: blocking time / LCP, ms |  | 320 / 1200 | 400 / 1200 |');
  });

  it('does not count a figure that could not be measured as broken', () => {
    const noKpi = okRoute('/roadmap', {
      timings: {
        desktop: { kpi: [null, null], floorKpi: [100, 100], map: [null, null], chart: [700, 710] },
        throttled: { kpi: [null, null], floorKpi: [300, 300], map: [null, null], chart: [2000, 2100] },
      },
    });
    const verdicts = evaluateBudgets(results([noKpi]));
    expect(verdicts.find((v) => v.id === 'kpi-ratio-desktop')).toMatchObject({ ok: null, value: 'no KPI tiles' });
    expect(broken(verdicts)).toEqual([]);
  });
});

describe('bench figures', () => {
  it('sorts requests into JS, CSS, geometry and data and splits them at the first KPI numbers', () => {
    expect(classifyRequest('http://127.0.0.1:1/assets/index-abc.js', 'Script')).toBe('js');
    expect(classifyRequest('http://127.0.0.1:1/assets/index-abc.css', 'Stylesheet')).toBe('css');
    expect(classifyRequest('http://127.0.0.1:1/geo/kz-regions.topo.json', 'Fetch')).toBe('geometry');
    expect(classifyRequest('http://127.0.0.1:2/api/v1/summary?period=ytd', 'Fetch')).toBe('data');
    expect(classifyRequest('http://127.0.0.1:1/config.json', 'Fetch')).toBe('data');
    expect(classifyRequest('http://127.0.0.1:1/regions', 'Document')).toBe('html');
    const s = summariseBytes([
      { kind: 'js', bodyBytes: 100, beforeKpi: true },
      { kind: 'js', bodyBytes: 50, beforeKpi: false },
      { kind: 'geometry', bodyBytes: 30, beforeKpi: false },
    ]);
    expect(s.js).toEqual({ first: 100, later: 50 });
    expect(s.geometry).toEqual({ first: 0, later: 30 });
  });

  it('finds the longest task on the busiest renderer main thread of a trace', () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 2, tid: 7, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', pid: 3, tid: 3, ts: 0, args: { name: 'CrBrowserMain' } },
      { name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 10, dur: 2_000 },
      { name: 'RunTask', ph: 'X', pid: 2, tid: 7, ts: 10, dur: 30_000 },
      { name: 'RunTask', ph: 'X', pid: 2, tid: 7, ts: 50_000, dur: 62_500 },
      { name: 'RunTask', ph: 'X', pid: 3, tid: 3, ts: 10, dur: 900_000 },
    ];
    expect(mainThreadTasks(events)).toEqual({
      longestTaskMs: 62.5,
      tasksOver50ms: 1,
      tasks: 2,
      longestTaskParts: '',
      longestTaskCpuMs: null,
    });
    expect(mainThreadTasks([])).toBeNull();
    // Work before the page's window mark (starting the trace itself) is not what the change cost.
    const marked: TraceEvent[] = [...events, { name: WINDOW_MARK, ph: 'R', pid: 2, tid: 7, ts: 40_000 }];
    expect(mainThreadTasks(marked)).toMatchObject({ longestTaskMs: 62.5, tasksOver50ms: 1, tasks: 1 });
    expect(mainThreadTasks([...events, { name: WINDOW_MARK, ph: 'R', pid: 2, tid: 7, ts: 60_000 }])).toBeNull();
  });

  it('says what the longest task spent its time on: the events inside it by name, longest first, through a wrapper', () => {
    const on = (name: string, ts: number, dur: number, tid = 7): TraceEvent => ({ name, ph: 'X', pid: 2, tid, ts, dur });
    const rendererMain: TraceEvent = { name: 'thread_name', ph: 'M', pid: 2, tid: 7, ts: 0, args: { name: 'CrRendererMain' } };
    const events: TraceEvent[] = [
      rendererMain,
      on('RunTask', 0, 10_000),
      on('FunctionCall', 1_000, 8_000),
      on('RunTask', 50_000, 62_500),
      on('FunctionCall', 50_000, 30_000),
      // Inside the call above: already counted in its 30 ms.
      on('MajorGC', 60_000, 15_000),
      on('MajorGC', 81_000, 12_000),
      on('FunctionCall', 94_000, 9_000),
      on('UpdateLayoutTree', 104_000, 500),
      // On another thread, at the same time: not the task's.
      on('Layout', 55_000, 40_000, 8),
    ];
    expect(mainThreadTasks(events)).toMatchObject({ longestTaskMs: 62.5, longestTaskParts: 'FunctionCall 39, MajorGC 12' });
    // A wrapper that takes nearly all of the task is named, and its own parts given.
    const wrapped: TraceEvent[] = [
      rendererMain,
      on('RunTask', 0, 50_000),
      on('ThreadControllerImpl::RunTask', 0, 50_000),
      on('BlinkScheduler_PerformMicrotaskCheckpoint', 100, 49_000),
      on('FunctionCall', 200, 30_000),
      on('MinorGC', 31_000, 10_000),
    ];
    expect(mainThreadTasks(wrapped)?.longestTaskParts).toBe('BlinkScheduler_PerformMicrotaskCheckpoint › FunctionCall 30, MinorGC 10');
    // A timer's callback can span the whole of its TimerFire; the trace lists the TimerFire first.
    const timer: TraceEvent[] = [rendererMain, on('RunTask', 0, 41_000), on('TimerFire', 10, 40_000), on('FunctionCall', 10, 40_000)];
    expect(mainThreadTasks(timer)?.longestTaskParts).toBe('TimerFire › FunctionCall 40');
    // Tiny siblings (a microtask checkpoint after the timer) do not hide what the timer did.
    const withSibling = [...timer, on('FunctionCall', 40_100, 50), on('BlinkScheduler_PerformMicrotaskCheckpoint', 40_500, 400)];
    expect(mainThreadTasks(withSibling)?.longestTaskParts).toBe('TimerFire › FunctionCall 40');
    // The thread's own CPU time in the task, where the trace has it: a task can be long while it waits.
    const waited = withSibling.map((e) => (e.name === 'RunTask' ? { ...e, tdur: 12_000 } : e));
    expect(mainThreadTasks(waited)).toMatchObject({ longestTaskMs: 41, longestTaskCpuMs: 12 });
    // A script's own time has no events: a short GC inside it is not what it spent its time on.
    expect(mainThreadTasks([...withSibling, on('MinorGC', 1_000, 3_000)])?.longestTaskParts).toBe('TimerFire › FunctionCall 40');
  });

  it('adds up the CPU time the renderer of the page spent from its navigation to the first numbers', () => {
    const nav = (url: string, ts: number): TraceEvent => ({
      name: 'navigationStart',
      ph: 'R',
      pid: 5,
      tid: 5,
      ts,
      args: { data: { documentLoaderURL: url } },
    });
    const task = (over: Partial<TraceEvent>): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 5, tid: 5, ts: 0, dur: 0, ...over });
    const events: TraceEvent[] = [
      nav('', 0), // the blank page every new tab starts with
      nav('http://127.0.0.1:4173/', 1_000),
      task({ ts: 500, dur: 4_000, tdur: 4_000 }), // began before the navigation
      task({ ts: 2_000, dur: 10_000, tdur: 8_000 }), // thread time, not wall time
      task({ name: 'ThreadControllerImpl::RunTask', ts: 2_100, dur: 9_000, tdur: 7_000 }), // nested: counted once
      task({ ts: 20_000, dur: 5_000 }), // no thread time recorded: wall time
      task({ name: 'RasterTask', tid: 9, ts: 30_000, dur: 3_000, tdur: 2_500 }),
      task({ name: 'RasterTask', tid: 10, ts: 40_000, dur: 1_000, tdur: 1_000 }),
      task({ tid: 9, ts: 30_000, dur: 3_000 }), // another thread's task: not the main thread
      task({ pid: 6, tid: 6, ts: 3_000, dur: 50_000 }), // another process
      task({ ts: 60_000, dur: 2_000 }), // after the first numbers
    ];
    const cpu = firstPaintCpu(events, 50);
    expect(cpu?.mainMs).toBeCloseTo(13);
    expect(cpu?.rasterMs).toBeCloseTo(3.5);
    expect(
      firstPaintCpu(
        events.filter((e) => e.name !== 'navigationStart'),
        50,
      ),
    ).toBeNull();
  });

  it('reports CPU time to the first numbers beside the wall-clock figures, ours against the floor', () => {
    const route = okRoute('/', {
      firstPaintCpu: {
        app: [
          { mainMs: 40, rasterMs: 20 },
          { mainMs: 44, rasterMs: 16 },
          { mainMs: 50, rasterMs: 30 },
        ],
        floor: [
          { mainMs: 20, rasterMs: 4 },
          { mainMs: 18, rasterMs: 2 },
          { mainMs: 30, rasterMs: 6 },
        ],
      },
    });
    const summary = firstPaintCpuSummary(route.firstPaintCpu);
    expect(summary?.app).toEqual({ mainMs: 44, rasterMs: 20 });
    expect(summary?.ratio).toBeCloseTo(60 / 24);
    expect(firstPaintCpuSummary(undefined)).toBeNull();
    expect(firstPaintCpuSummary({ app: [{ mainMs: 1, rasterMs: 1 }], floor: [] })).toBeNull();
    const text = renderText(buildTable(results([route, okRoute('/regions')]), []));
    expect(text).toMatch(/CPU to first numbers, ms: main \+ raster\s+44 \+ 20\s+–/);
    expect(text).toMatch(/static floor CPU, ms: main \+ raster\s+20 \+ 4\s+–/);
    expect(text).toMatch(/ours ÷ floor, CPU time\s+2\.50×\s+–/);
  });

  it('counts the frames a long gap between animation frames dropped', () => {
    const stats = frameStats([16.7, 16.6, 50, 16.7, 24, 100], [70]);
    expect(stats.droppedFrames).toBe(2 + 5);
    expect(stats.maxFrameGapMs).toBe(100);
    expect(stats.longTasks).toBe(1);
  });

  it('writes a floor page with the numbers grouped like the app and no script', () => {
    expect(groupDigits(281234)).toBe('281\u00a0234');
    expect(groupDigits(12.34)).toBe('12,3');
    const html = floorHtml('Front-Office Monitor', [{ metric: 'volunteers', value: 281234 }], {
      metrics: [{ id: 'volunteers', name: { kk: 'Еріктілер' } }],
    });
    expect(html).toContain('<p data-testid="kpi-volunteers">281\u00a0234</p>');
    expect(html).toContain('Еріктілер');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('when a page load is over', () => {
  const page = (over: Partial<Parameters<typeof loadSettled>[0]> = {}) => ({
    rendered: true,
    loadingPage: false,
    hasMap: false,
    hasChart: false,
    marks: { kpi: 120 },
    ...over,
  });
  const quiet = () => true;
  const expectAll = { kpi: true, map: true, chart: true };

  it('waits for what the probing load found, once the page has begun to draw it', () => {
    expect(loadSettled(page({ hasChart: true }), expectAll, quiet)).toBe(false);
    expect(loadSettled(page({ hasChart: true, marks: { kpi: 120, chart: 700 } }), expectAll, quiet)).toBe(true);
    expect(loadSettled(page({ marks: {} }), expectAll, quiet)).toBe(false);
  });

  const quietFor = (limit: number) => (ms: number) => ms <= limit;

  it('does not wait for a chart below the fold that this load has not begun after 3 s of quiet network (it timed the load out)', () => {
    expect(loadSettled(page(), expectAll, quietFor(2_999))).toBe(false);
    expect(loadSettled(page(), expectAll, quietFor(3_000))).toBe(true);
    expect(loadSettled(page({ hasChart: true }), expectAll, quiet)).toBe(false);
  });

  it('waits for a quiet network: 300 ms with an expectation, a second for the probing load', () => {
    const drawn = page({ hasMap: true, hasChart: true, marks: { kpi: 120, map: 900, chart: 700 } });
    expect(loadSettled(drawn, expectAll, quietFor(299))).toBe(false);
    expect(loadSettled(drawn, expectAll, quietFor(300))).toBe(true);
    expect(loadSettled(page(), undefined, quietFor(999))).toBe(false);
    expect(loadSettled(page(), undefined, quietFor(1000))).toBe(true);
    expect(loadSettled(page({ loadingPage: true }), undefined, quiet)).toBe(false);
    expect(loadSettled(page({ hasMap: true }), undefined, quiet)).toBe(false);
  });
});
