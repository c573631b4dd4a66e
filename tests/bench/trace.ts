/**
 * Responsiveness figures, pure: the longest task on the page's main thread from a Chromium trace
 * (browser.startTracing; unlike the Long Tasks API, which only reports tasks over 50 ms, the trace gives
 * the real figure below the limit), and dropped frames from the gaps between animation frames.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** CPU time of the thread during the event (µs), where the trace recorded it. */
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  '__metadata',
];

/** performance.mark() name the benchmark sets in the page just before the first change it times. */
export const WINDOW_MARK = 'bench:window';

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export interface TaskStats {
  longestTaskMs: number;
  tasksOver50ms: number;
  tasks: number;
  /**
   * What the longest task spent its time on: the trace events inside it, by name, longest first
   * (`FunctionCall 31, MajorGC 12`), so that a task over the budget in one run says what it was.
   */
  longestTaskParts: string;
  /**
   * The thread's CPU time in the longest task, where the trace has it: well below the task's length when
   * the thread waited (another process had the core, a call to the browser process), not computed.
   */
  longestTaskCpuMs: number | null;
}

/**
 * The events inside `task` on its thread, by name, longest first. Where one event takes nearly all of the
 * task (a scheduler's wrapper, a timer, a microtask checkpoint), its own parts are given instead, after
 * its name.
 */
const partsOf = (task: TraceEvent, events: readonly TraceEvent[]): string => {
  const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);
  const order = new Map(events.map((e, i) => [e, i]));
  // The trace lists events by their start, an outer one before those it holds (as Chromium's traces
  // read here do); of two with the same span, the one listed first is the outer.
  const within = (outer: TraceEvent, inner: TraceEvent) =>
    outer !== inner &&
    inner.ts >= outer.ts &&
    end(inner) <= end(outer) &&
    ((inner.dur ?? 0) < (outer.dur ?? 0) || (order.get(outer) ?? 0) < (order.get(inner) ?? 0));
  const inside = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && e.pid === task.pid && e.tid === task.tid && !TASK_NAMES.has(e.name) && within(task, e),
  );
  const childrenOf = (parent: TraceEvent) => {
    const under = inside.filter((e) => within(parent, e));
    return under.filter((e) => !under.some((o) => within(o, e)));
  };
  const path: string[] = [];
  let parent = task;
  let children = childrenOf(task);
  for (;;) {
    const largest = children.reduce<TraceEvent | null>((a, e) => (a && (a.dur ?? 0) >= (e.dur ?? 0) ? a : e), null);
    // Two levels name the kind of work (a timer's script, a GC's phase); deeper ones only V8's insides.
    if (!largest || (largest.dur ?? 0) < 0.8 * (parent.dur ?? 0) || path.length === 2) break;
    const below = childrenOf(largest);
    // A script's own time has no events of its own: its few children (a GC) would not say what it did.
    if (below.reduce((a, e) => a + (e.dur ?? 0), 0) < 0.5 * (largest.dur ?? 0)) break;
    path.push(largest.name);
    parent = largest;
    children = below;
  }
  const byName = new Map<string, number>();
  for (const e of children) byName.set(e.name, (byName.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const parts = [...byName]
    .filter(([, ms]) => ms >= 1)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');
  return [...path, parts].filter(Boolean).join(' › ');
};

/**
 * Among the renderer main threads in the trace, the busiest one is the page's (other renderers, such as
 * a spare process, only idle); its longest top-level task and how many exceeded 50 ms. Tasks that began
 * before the page's WINDOW_MARK (such as the renderer's own work to start tracing) do not count.
 */
export const mainThreadTasks = (events: readonly TraceEvent[]): TaskStats | null => {
  const from = events.find((e) => e.name === WINDOW_MARK)?.ts ?? -Infinity;
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.dur === undefined || e.ts < from) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const ms = (task: TraceEvent) => (task.dur ?? 0) / 1000;
  let busiest: TraceEvent[] | null = null;
  let busiestTotal = -1;
  for (const tasks of byThread.values()) {
    const sum = tasks.reduce((a, t) => a + ms(t), 0);
    if (sum > busiestTotal) {
      busiest = tasks;
      busiestTotal = sum;
    }
  }
  if (!busiest) return null;
  const longest = busiest.reduce((a, t) => (ms(t) > ms(a) ? t : a));
  return {
    longestTaskMs: ms(longest),
    tasksOver50ms: busiest.filter((t) => ms(t) > 50).length,
    tasks: busiest.length,
    longestTaskParts: partsOf(longest, events),
    longestTaskCpuMs: longest.tdur === undefined ? null : longest.tdur / 1000,
  };
};

/** What a first paint cost the page's renderer in CPU time, ms: its main thread, and raster of the tiles. */
export interface FirstPaintCpu {
  mainMs: number;
  rasterMs: number;
}

/** Categories for firstPaintCpu: the navigation's start and raster tasks on top of TRACE_CATEGORIES. */
export const FIRST_PAINT_CATEGORIES = [...TRACE_CATEGORIES, 'loading', 'cc'];

/**
 * CPU time the renderer of a fresh page spent from the start of its navigation to a web address until
 * `untilMs` later (when the first numbers were painted): its main thread's top-level tasks, and every
 * raster task of that process. Wall-clock times swing from run to run on a shared machine; CPU time says how much work a
 * first paint took, and so whether it is the work or the waiting that makes one page slower than another.
 * Thread time (tdur) where the trace has it, else wall time; a task nested in another counts once.
 */
export const firstPaintCpu = (events: readonly TraceEvent[], untilMs: number): FirstPaintCpu | null => {
  const start = events.find((e) => e.name === 'navigationStart' && /^https?:/.test(e.args?.data?.documentLoaderURL ?? ''));
  if (!start) return null;
  const end = start.ts + untilMs * 1000;
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  let mainMs = 0;
  let rasterMs = 0;
  let mainBusyUntil = -Infinity;
  const inWindow = events.filter((e) => e.pid === start.pid && e.ph === 'X' && e.ts >= start.ts && e.ts < end).sort((a, b) => a.ts - b.ts);
  for (const e of inWindow) {
    if (e.name === 'RasterTask') rasterMs += cpu(e);
    else if (e.tid === start.tid && TASK_NAMES.has(e.name) && e.ts >= mainBusyUntil) {
      mainMs += cpu(e);
      mainBusyUntil = e.ts + (e.dur ?? 0);
    }
  }
  return { mainMs, rasterMs };
};

export const parseTrace = (buffer: Buffer): TraceEvent[] => {
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
};

export interface FrameStats {
  frames: number;
  maxFrameGapMs: number;
  /** Frames missed: for each gap over 1.5 frames (25 ms), the whole frames it spans beyond the first. */
  droppedFrames: number;
  longTasks: number;
  longestLongTaskMs: number;
}

export const FRAME_MS = 1000 / 60;

export const frameStats = (gaps: readonly number[], longTasks: readonly number[]): FrameStats => {
  const late = gaps.filter((g) => g > FRAME_MS * 1.5);
  return {
    frames: gaps.length,
    maxFrameGapMs: Math.max(0, ...gaps),
    droppedFrames: late.reduce((n, g) => n + Math.max(1, Math.round(g / FRAME_MS) - 1), 0),
    longTasks: longTasks.length,
    longestLongTaskMs: Math.max(0, ...longTasks),
  };
};
