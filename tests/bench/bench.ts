/**
 * `npm run bench`: builds the app, serves dist/ (gzip) with the HTTP demo API, and measures in Debian's
 * Chromium, per route: bytes on the wire before and after the first KPI numbers; time to those numbers,
 * the map and the charts, at 1× and 4× CPU, against a static no-JavaScript floor measured in the same run,
 * and the CPU time the renderer spent until those numbers, ours and the floor's, from separate traced loads;
 * the longest task and dropped frames while refreshes land and the map metric is switched; Lighthouse
 * mobile (median of three runs) and desktop; and JS heap / DOM nodes over 200 refresh cycles on the overview. Prints one table,
 * writes bench-results.json and exits 1 when a budget is broken.
 *
 *   npm run bench -- [--quick] [--runs 5] [--no-build] [--no-lighthouse] [--require-all] [--routes /,/regions]
 *
 * A route the app does not have yet shows as MISSING (its not-found page answered); it breaks the run
 * only with --require-all. Run it under the shared lock: `flock /tmp/heavy.lock npm run bench`.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { entryJavaScript, summariseBytes, total } from './bytes';
import { writeFloors } from './floor';
import {
  buildApp,
  describeMachine,
  headlineSelector,
  launchChromium,
  parseArgs,
  pinDemoClock,
  startServers,
  withParams,
  type DemoClock,
} from './harness';
import { measureInteractions, type InteractionStats } from './interactions';
import { PRESETS, startLighthouse } from './lighthouse-run';
import { loadRun, type Expectation, type LoadRun } from './load-run';
import {
  BENCH_ROUTES,
  broken,
  buildTable,
  combineLighthouseRuns,
  needsAnotherLighthouseRun,
  describeRun,
  evaluateBudgets,
  renderText,
  type BenchResults,
  type LoadTimings,
  type MemoryResult,
  type RouteResult,
} from './report';
import { soak } from './soak';
import type { FirstPaintCpu } from './trace';

const DIST = 'dist';
/** What a floor page has: its KPI numbers only. */
const FLOOR_EXPECT: Expectation = { kpi: true, map: false, chart: false };
const THROTTLE = 4;

const args = parseArgs(process.argv.slice(2));
const quick = args.has('--quick');
const runs = Number(args.value('--runs') ?? (quick ? 2 : 5));
const cpuRuns = quick ? 1 : 3;
const withLighthouse = !quick && !args.has('--no-lighthouse');
const requireAll = args.has('--require-all');
const routes = args.value('--routes')?.split(',') ?? [...BENCH_ROUTES];
const memory = quick ? { warmup: 10, cycles: 60 } : { warmup: 20, cycles: 200 };

const log = (line: string) => console.log(line);
const elapsed = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
/** What the log says after a window's longest task: its CPU time and what it spent its time on. */
const longestTaskSaid = (stats: InteractionStats | null): string => {
  const said = [stats?.longestTaskCpuMs == null ? '' : `CPU ${stats.longestTaskCpuMs.toFixed(0)} ms`, stats?.longestTaskParts ?? ''].filter(
    Boolean,
  );
  return said.length > 0 ? ` (${said.join('; ')})` : '';
};

interface RouteState {
  route: string;
  status: 'ok' | 'missing' | 'error';
  error?: string;
  expect?: Expectation;
  desktop: { app: LoadRun[]; floor: LoadRun[] };
  throttled: { app: LoadRun[]; floor: LoadRun[] };
  firstPaintCpu: { app: FirstPaintCpu[]; floor: FirstPaintCpu[] };
}

const timingsOf = (s: { app: LoadRun[]; floor: LoadRun[] }): LoadTimings => ({
  kpi: s.app.map((r) => r.marks.kpi ?? null),
  floorKpi: s.floor.map((r) => r.marks.kpi ?? null),
  map: s.app.map((r) => r.marks.map ?? null),
  chart: s.app.map((r) => r.marks.chart ?? null),
});

const measureLoads = async (browser: Browser, origin: string, floors: Record<string, string>, t0: number): Promise<RouteState[]> => {
  const states: RouteState[] = routes.map((route) => ({
    route,
    status: 'ok',
    desktop: { app: [], floor: [] },
    throttled: { app: [], floor: [] },
    firstPaintCpu: { app: [], floor: [] },
  }));
  // One load of a route, and one of its floor; traced ones only for their CPU time (see below).
  const loadApp = (st: RouteState, cpuThrottle: number, traceFirstPaint = false) =>
    loadRun(browser, `${origin}${st.route}`, { cpuThrottle, expect: st.expect, headline: headlineSelector(st.route), traceFirstPaint });
  const loadFloor = (st: RouteState, cpuThrottle: number, traceFirstPaint = false) =>
    loadRun(browser, `${origin}${floors[st.route] ?? ''}`, { cpuThrottle, expect: FLOOR_EXPECT, traceFirstPaint });
  // Warm the browser (process start-up, font caches) so the first measured load is not the slowest.
  await loadRun(browser, `${origin}${floors[routes[0] ?? '/'] ?? '/'}`, {
    cpuThrottle: 1,
    expect: FLOOR_EXPECT,
  });
  await loadRun(browser, `${origin}/`, { cpuThrottle: 1 });
  for (let i = 0; i < runs; i++) {
    for (const st of states) {
      if (st.status !== 'ok') continue;
      const cells: string[] = [];
      try {
        for (const cpu of [1, THROTTLE]) {
          const app = await loadApp(st, cpu);
          if (!st.expect) {
            if (app.missing) {
              st.status = 'missing';
              break;
            }
            st.expect = app.found;
          }
          const floor = await loadFloor(st, cpu);
          const bucket = cpu === 1 ? st.desktop : st.throttled;
          bucket.app.push(app);
          bucket.floor.push(floor);
          const f = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(0));
          cells.push(
            `${cpu}× kpi ${f(app.marks.kpi)} (floor ${f(floor.marks.kpi)}) map ${f(app.marks.map)} chart ${f(app.marks.chart)}${app.timedOut ? ' TIMEOUT' : ''}`,
          );
        }
      } catch (error) {
        st.status = 'error';
        st.error = error instanceof Error ? error.message : String(error);
      }
      log(
        `  run ${i + 1}/${runs} ${st.route.padEnd(15)} ${st.status === 'ok' ? cells.join(' | ') : st.status.toUpperCase()}  [${elapsed(t0)}]`,
      );
    }
  }
  // Separate loads, traced (tracing slows a page, so these times are not used): the CPU time each first
  // paint took, ours and the floor's, which swings less from run to run than wall-clock time.
  for (let i = 0; i < cpuRuns; i++) {
    for (const st of states) {
      if (st.status !== 'ok') continue;
      try {
        const app = await loadApp(st, 1, true);
        const floor = await loadFloor(st, 1, true);
        if (app.firstPaintCpu) st.firstPaintCpu.app.push(app.firstPaintCpu);
        if (floor.firstPaintCpu) st.firstPaintCpu.floor.push(floor.firstPaintCpu);
        const f = (c: FirstPaintCpu | null | undefined) => (c ? `${c.mainMs.toFixed(0)} + ${c.rasterMs.toFixed(0)}` : '–');
        log(
          `  traced ${i + 1}/${cpuRuns} ${st.route.padEnd(15)} CPU to first numbers ${f(app.firstPaintCpu)} ms (floor ${f(floor.firstPaintCpu)})  [${elapsed(t0)}]`,
        );
      } catch (error) {
        log(`  traced ${st.route} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  return states;
};

const measureMemory = async (browser: Browser, origin: string, clock: DemoClock): Promise<MemoryResult | { error: string }> => {
  try {
    const r = await soak(browser, `${origin}${withParams('/', { bench: '' })}`, {
      clock,
      warmup: memory.warmup,
      cycles: memory.cycles,
      sampleEvery: 20,
    });
    return {
      url: '/',
      warmup: r.warmup,
      cycles: r.cycles,
      heapStart: r.start.heapObjects ?? r.start.heapUsed,
      heapEnd: r.end.heapObjects ?? r.end.heapUsed,
      heapUsedStart: r.start.heapUsed,
      heapUsedEnd: r.end.heapUsed,
      domStart: r.start.domNodes,
      domEnd: r.end.domNodes,
      heapGrowth: r.heapGrowth,
      heapUsedGrowth: r.heapUsedGrowth,
      domGrowth: r.domGrowth,
      samples: r.samples.map((x) => ({ cycle: x.cycle, heapUsed: x.heapUsed, domNodes: x.domNodes })),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};

const main = async () => {
  const t0 = Date.now();
  const machine = describeMachine();
  log(
    `bench: ${routes.length} routes, ${runs} runs each at 1× and ${THROTTLE}× CPU${withLighthouse ? ', Lighthouse' : ''}${quick ? ' (quick)' : ''}`,
  );
  if (!args.has('--no-build')) buildApp();
  const entryJs = entryJavaScript(DIST);
  const clock = pinDemoClock();
  const servers = await startServers();
  const floors = await writeFloors(DIST, servers.apiBase, routes);
  const results: RouteResult[] = [];
  let memoryResult: BenchResults['memory'] = null;
  try {
    const browser = await launchChromium();
    let states: RouteState[];
    try {
      log('page loads:');
      states = await measureLoads(browser, servers.origin, floors, t0);
      for (const st of states) {
        const result: RouteResult = { route: st.route, status: st.status, pageErrors: [] };
        if (st.error) result.error = st.error;
        results.push(result);
        if (st.status !== 'ok') continue;
        // Bytes do not depend on the CPU: the desktop run that loaded the most is the most complete.
        const fullest = [...st.desktop.app].sort(
          (a, b) => b.requests.reduce((n, q) => n + q.bodyBytes, 0) - a.requests.reduce((n, q) => n + q.bodyBytes, 0),
        )[0];
        if (fullest) {
          result.bytes = summariseBytes(fullest.requests);
          result.requests = fullest.requests.map((q) => ({
            ...q,
            url: q.url.replace(servers.origin, '').replace(servers.apiBase, '<api>'),
          }));
        }
        result.timings = { desktop: timingsOf(st.desktop), throttled: timingsOf(st.throttled) };
        result.firstPaintCpu = st.firstPaintCpu;
        result.pageErrors = [...new Set([...st.desktop.app, ...st.throttled.app].flatMap((r) => r.errors))];
      }
      log(`refresh and metric switch: [${elapsed(t0)}]`);
      for (const result of results) {
        const st = states.find((s) => s.route === result.route);
        if (result.status !== 'ok' || !st?.expect) continue;
        const url = `${servers.origin}${withParams(result.route, { bench: '' })}`;
        try {
          const [desktop, throttled] = await measureInteractions(browser, url, {
            settings: [
              { cpuThrottle: 1, events: 3 },
              { cpuThrottle: THROTTLE, events: 2 },
            ],
            expect: st.expect,
            clock,
            headline: headlineSelector(result.route),
          });
          result.interactions = { desktop, throttled };
          for (const [cpu, r] of [
            [1, desktop],
            [THROTTLE, throttled],
          ] as const) {
            if (!r) continue;
            result.pageErrors = [...new Set([...result.pageErrors, ...r.errors])];
            log(
              `  ${result.route.padEnd(15)} ${cpu}× refresh: longest task ${r.refresh?.longestTaskMs?.toFixed(0) ?? '–'} ms${longestTaskSaid(r.refresh)}, dropped ${r.refresh?.droppedFrames ?? '–'}, fresh answers ${r.refresh?.freshResponses ?? '–'}` +
                ` | metric switch: ${r.metricSwitch ? `${r.metricSwitch.longestTaskMs?.toFixed(0) ?? '–'} ms${longestTaskSaid(r.metricSwitch)}, dropped ${r.metricSwitch.droppedFrames}` : 'no metric select'}`,
            );
          }
        } catch (error) {
          log(`  ${result.route} interactions failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      log(`memory over ${memory.cycles} refreshes on the overview: [${elapsed(t0)}]`);
      memoryResult = await measureMemory(browser, servers.origin, clock);
    } finally {
      await browser.close();
    }

    if (withLighthouse) {
      log(`Lighthouse: [${elapsed(t0)}]`);
      const lh = await startLighthouse();
      try {
        for (const result of results) {
          if (result.status !== 'ok') continue;
          result.lighthouse = {};
          for (const preset of PRESETS) {
            try {
              const url = `${servers.origin}${result.route}`;
              const runs = [await lh.run(url, preset)];
              const scores = () => runs.map((r) => r.performance);
              while (needsAnotherLighthouseRun(preset, scores())) runs.push(await lh.run(url, preset, { performanceOnly: true }));
              const s = combineLighthouseRuns(runs);
              if (!s) throw new Error('no Lighthouse run');
              result.lighthouse[preset] = s;
              const d = s.diagnostics;
              log(
                `  ${result.route.padEnd(15)} ${preset.padEnd(7)} ${s.performance}/${s.accessibility}/${s.bestPractices}` +
                  `${runs.length > 1 ? ` (runs ${runs.map((x) => x.performance).join(', ')})` : ''}` +
                  `  LCP ${((s.metrics.lcp ?? 0) / 1000).toFixed(1)} s (${d.lcpElement ?? '?'}), TBT ${(s.metrics.tbt ?? 0).toFixed(0)} ms, CLS ${(s.metrics.cls ?? 0).toFixed(3)}` +
                  `${d.layoutShifts.length ? ` [shifts: ${d.layoutShifts.join(', ')}]` : ''}${s.failing.length ? `  (${s.failing.join('; ')})` : ''}`,
              );
            } catch (error) {
              result.lighthouse[preset] = { error: error instanceof Error ? error.message : String(error) };
            }
          }
        }
      } finally {
        await lh.close();
      }
    }
  } finally {
    await servers.close();
    rmSync(join(DIST, '__bench'), { recursive: true, force: true });
  }

  const bench: BenchResults = {
    date: new Date().toISOString(),
    machine,
    options: { quick, runs, lighthouse: withLighthouse, requireAll, cpuThrottle: THROTTLE },
    entryJs,
    routes: results,
    memory: memoryResult,
    durationSeconds: Math.round((Date.now() - t0) / 1000),
  };
  const verdicts = evaluateBudgets(bench);
  writeFileSync('bench-results.json', `${JSON.stringify({ ...bench, verdicts }, null, 2)}\n`);
  log('');
  log(describeRun(bench));
  log(renderText(buildTable(bench, verdicts)));
  const bad = broken(verdicts);
  const missing = results.filter((r) => r.status === 'missing').map((r) => r.route);
  const errors = results.flatMap((r) => r.pageErrors.map((e) => `${r.route}: ${e}`));
  log('');
  if (missing.length)
    log(`MISSING routes (not built yet${requireAll ? '; --require-all makes this a failure' : ''}): ${missing.join(', ')}`);
  if (errors.length) log(`uncaught page errors:\n  ${errors.join('\n  ')}`);
  for (const v of verdicts.filter((x) => x.ok === null && x.id !== 'route-exists'))
    log(`not measured: ${v.route ?? ''} ${v.label}: ${v.value}`);
  log(
    bad.length
      ? `BUDGETS BROKEN (${bad.length}):\n  ${bad.map((v) => `${v.route ?? 'all'} — ${v.label}: ${v.value} (budget ${v.limit})`).join('\n  ')}`
      : 'every measured budget holds',
  );
  log(
    `bench-results.json written; ${bench.durationSeconds} s in all; JS total per route: ${results.map((r) => (r.bytes ? `${r.route} ${(total(r.bytes.js) / 1000).toFixed(1)} KB` : `${r.route} —`)).join(', ')}`,
  );
  process.exitCode = bad.length ? 1 : 0;
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
