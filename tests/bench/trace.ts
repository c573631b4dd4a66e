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
}

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
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !TASK_NAMES.has(e.name) || e.dur === undefined || e.ts < from) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e.dur / 1000);
    byThread.set(key, list);
  }
  let busiest: number[] | null = null;
  let busiestTotal = -1;
  for (const durations of byThread.values()) {
    const sum = durations.reduce((a, b) => a + b, 0);
    if (sum > busiestTotal) {
      busiest = durations;
      busiestTotal = sum;
    }
  }
  if (!busiest) return null;
  return { longestTaskMs: Math.max(...busiest), tasksOver50ms: busiest.filter((d) => d > 50).length, tasks: busiest.length };
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
