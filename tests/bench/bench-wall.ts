/**
 * `npm run bench:wall`: the wall display's soak benchmark. Builds the app, serves it with the HTTP demo
 * API, opens `/wall?refresh=…&seconds=…` in Debian's Chromium at 1920×1080 and drives at least 2,000
 * refresh cycles (each lands new data: the demo clock moves a minute and back) while the scenes rotate
 * and the wall's own polling runs. JS heap and DOM nodes are sampled after forced garbage collection
 * once warm-up is over and at the end, each time a second into a fresh showing of the same scene.
 * Then, on a fresh wall page, the longest frame while refreshes land on each scene and the time of each
 * scene change (tests/bench/wall-timing.ts).
 * Budgets: heap growth under 10 % (the page's own JS data; V8's whole heap, compiled code included, is
 * shown too), DOM nodes within ±5 %, no frame over 50 ms when a refresh lands, scene changes under 300 ms.
 *
 *   npm run bench:wall -- [--refreshes 2000] [--warmup 100] [--refresh 1s] [--seconds 3] [--no-build]
 *
 * Writes reports/bench-wall.json; exits 1 when a budget is broken or /wall does not exist yet.
 * Run it under the shared lock: `flock /tmp/heavy.lock npm run bench:wall`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildApp, describeMachine, launchChromium, parseArgs, pinDemoClock, startServers, withParams } from './harness';
import { renderText, signedPercent } from './report';
import { MissingRouteError, soak, type SoakResult } from './soak';
import { measureWallTiming, type WallTiming } from './wall-timing';

const BUDGET = { heapGrowth: 0.1, domDrift: 0.05, frameMs: 50, sceneChangeMs: 300 };
/** The wall's scenes (src/features/wall/model/wall-config.ts); the timing pass visits each twice. */
const SCENE_COUNT = 5;

const args = parseArgs(process.argv.slice(2));
const refreshes = Number(args.value('--refreshes') ?? 2000);
const warmup = Number(args.value('--warmup') ?? 100);
const refresh = args.value('--refresh') ?? '1s';
const seconds = args.value('--seconds') ?? '3';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const report = (r: SoakResult, timing: WallTiming): { table: string; broken: string[] } => {
  const heapOk = r.heapGrowth < BUDGET.heapGrowth;
  const domOk = Math.abs(r.domGrowth) <= BUDGET.domDrift;
  const frameOk = timing.longestFrameMs <= BUDGET.frameMs;
  const slowestScene = Math.max(0, ...timing.sceneChangesMs);
  const sceneOk = slowestScene < BUDGET.sceneChangeMs;
  const rows = [
    [
      'JS heap: page data (snapshot)',
      `growth < ${BUDGET.heapGrowth * 100} %`,
      mb(r.start.heapObjects ?? r.start.heapUsed),
      mb(r.end.heapObjects ?? r.end.heapUsed),
      `${signedPercent(r.heapGrowth)}${heapOk ? '' : ' ✗'}`,
    ],
    ['V8 heap incl. compiled code', '', mb(r.start.heapUsed), mb(r.end.heapUsed), signedPercent(r.heapUsedGrowth)],
    [
      'DOM nodes',
      `±${BUDGET.domDrift * 100} %`,
      String(r.start.domNodes),
      String(r.end.domNodes),
      `${signedPercent(r.domGrowth)}${domOk ? '' : ' ✗'}`,
    ],
    ['JS event listeners', '', String(r.start.jsEventListeners), String(r.end.jsEventListeners), ''],
    ['documents', '', String(r.start.documents), String(r.end.documents), ''],
    [
      'longest frame while refreshes land, ms',
      `≤ ${BUDGET.frameMs}`,
      '',
      `${timing.longestFrameMs.toFixed(0)} (${timing.longTasks} tasks > 50 ms)`,
      frameOk ? '' : '✗',
    ],
    [
      'scene change (→ to painted), ms',
      `< ${BUDGET.sceneChangeMs}`,
      '',
      `median ${median(timing.sceneChangesMs).toFixed(0)}, slowest ${slowestScene.toFixed(0)}`,
      sceneOk ? '' : '✗',
    ],
  ];
  const scene = r.start.scene ? ` (scene ${r.start.scene})` : '';
  const table = renderText({ header: ['', 'budget', `after ${r.warmup} refreshes${scene}`, `after ${r.cycles}${scene}`, 'change'], rows });
  const broken = [
    ...(heapOk ? [] : [`JS heap grew ${signedPercent(r.heapGrowth)} (budget < ${BUDGET.heapGrowth * 100} %)`]),
    ...(domOk ? [] : [`DOM nodes changed ${signedPercent(r.domGrowth)} (budget ±${BUDGET.domDrift * 100} %)`]),
    ...(frameOk ? [] : [`a frame took ${timing.longestFrameMs.toFixed(0)} ms while a refresh landed (budget ≤ ${BUDGET.frameMs} ms)`]),
    ...(sceneOk ? [] : [`a scene change took ${slowestScene.toFixed(0)} ms (budget < ${BUDGET.sceneChangeMs} ms)`]),
  ];
  return { table, broken };
};

const main = async () => {
  if (refreshes <= warmup) throw new Error('--refreshes must exceed --warmup');
  const machine = describeMachine();
  if (!args.has('--no-build')) buildApp();
  const clock = pinDemoClock();
  const servers = await startServers();
  const path = withParams('/wall', { refresh, seconds, bench: '' });
  console.log(`wall soak: ${path}, ${refreshes} refreshes (warm-up ${warmup}), 1920×1080`);
  try {
    const browser = await launchChromium();
    try {
      const result = await soak(browser, `${servers.origin}${path}`, {
        clock,
        warmup,
        cycles: refreshes,
        sampleEvery: 250,
        viewport: { width: 1920, height: 1080 },
        onSample: (s) =>
          console.log(
            `  refresh ${String(s.cycle).padStart(5)}  ${s.atSeconds.toFixed(0).padStart(4)} s  ${s.scene ?? ''}  V8 heap ${mb(s.heapUsed)}${s.heapObjects === undefined ? '' : `  page data ${mb(s.heapObjects)}`}  DOM nodes ${s.domNodes}  listeners ${s.jsEventListeners}`,
          ),
      });
      console.log('frames while refreshes land, and scene changes (→), each scene twice:');
      const timing = await measureWallTiming(browser, `${servers.origin}${withParams('/wall', { refresh: '60m', seconds: '3600', bench: '' })}`, {
        clock,
        scenes: SCENE_COUNT * 2,
      });
      const { table, broken } = report(result, timing);
      mkdirSync('reports', { recursive: true });
      writeFileSync(
        'reports/bench-wall.json',
        `${JSON.stringify({ date: new Date().toISOString(), machine, path, result, timing, broken }, null, 2)}\n`,
      );
      console.log(
        `\n${new Date().toISOString().slice(0, 16)} UTC · ${machine.nproc} × ${machine.cpu} · ${machine.chromium} · ${result.seconds.toFixed(0)} s of refreshes`,
      );
      console.log(table);
      if (result.errors.length) console.log(`uncaught page errors:\n  ${[...new Set(result.errors)].join('\n  ')}`);
      console.log(broken.length ? `BUDGETS BROKEN:\n  ${broken.join('\n  ')}` : 'every budget holds');
      process.exitCode = broken.length ? 1 : 0;
    } finally {
      await browser.close();
    }
  } finally {
    await servers.close();
  }
};

main().catch((error: unknown) => {
  if (error instanceof MissingRouteError) {
    console.error(`bench:wall: ${error.message}: build the wall display (issue 6) first`);
    process.exitCode = 1;
    return;
  }
  console.error(error);
  process.exitCode = 2;
});
