/**
 * Runs a list of steps in short slices of main-thread time, yielding to the browser between slices so
 * it can paint and answer input. For work that would otherwise be one long task: building the map's
 * 23 layers projects and clips ~8,500 border points, 120–160 ms in one piece on a laptop here and four
 * times that on a phone — longer than any frame, and all of it Lighthouse's "total blocking time".
 *
 * Returns handles to cancel the steps not yet run, or to run them all now (before printing, say).
 */

/** Slice length: a step started within it may run over, so keep steps small. 4× slower is still < 50 ms. */
export const SLICE_MS = 8;

/** Resolves in a task of its own, so the browser can paint and handle input in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Slices of no length: one step per task (each step is already as long as a task should be). */
export const ONE_STEP_PER_TASK = 0;

export interface SliceOptions {
  /** Called after the last step (not when cancelled). */
  onDone?: () => void;
  sliceMs?: number;
  /** Clock and yield, replaceable in tests. */
  now?: () => number;
  later?: (run: () => void) => void;
  /** Whether the first slice, too, waits for a task of its own: for work asked for by a task already long. */
  startLater?: boolean;
}

export interface SlicedRun {
  cancel(): void;
  /** Runs the remaining steps at once, in this task. */
  finish(): void;
}

export const runInSlices = (steps: ReadonlyArray<() => void>, options: SliceOptions = {}): SlicedRun => {
  const {
    onDone,
    sliceMs = SLICE_MS,
    now = () => performance.now(),
    later = (run) => void nextTask().then(run),
    startLater = false,
  } = options;
  let next = 0;
  let cancelled = false;
  let done = false;
  const run = (until: () => boolean): void => {
    if (cancelled || done) return;
    // At least one step per call, so a slow step still makes progress.
    do {
      steps[next++]?.();
    } while (next < steps.length && !cancelled && !until());
    if (cancelled || next < steps.length) return;
    done = true;
    onDone?.();
  };
  const slice = (): void => {
    if (cancelled || done) return;
    const started = now();
    run(() => now() - started >= sliceMs);
    if (!cancelled && !done) later(slice);
  };
  if (steps.length === 0) {
    done = true;
    onDone?.();
  } else if (startLater) later(slice);
  else slice();
  return {
    cancel: () => {
      cancelled = true;
    },
    finish: () => {
      if (next < steps.length) run(() => false);
    },
  };
};
