import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../src/lib/in-slices';

/** A clock that each step advances by its cost, and a queue of yielded slices run on demand. */
const harness = () => {
  let time = 0;
  const pending: (() => void)[] = [];
  return {
    now: () => time,
    later: (run: () => void) => pending.push(run),
    step: (cost: number, log: string[], name: string) => () => {
      time += cost;
      log.push(name);
    },
    runNext: () => pending.shift()?.(),
    pending,
  };
};

describe('runInSlices', () => {
  it('runs steps until the slice is used up, then yields and goes on in the next task', () => {
    const h = harness();
    const log: string[] = [];
    let done = 0;
    runInSlices(
      ['a', 'b', 'c', 'd', 'e'].map((n) => h.step(3, log, n)),
      { sliceMs: 8, now: h.now, later: h.later, onDone: () => done++ },
    );
    expect(log).toEqual(['a', 'b', 'c']); // 3 + 3 = 6 < 8 → c starts, 9 ≥ 8 → yield
    expect(done).toBe(0);
    h.runNext();
    expect(log).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(done).toBe(1);
    expect(h.pending).toHaveLength(0);
  });

  it('with startLater, the first slice too waits for the next task', () => {
    const h = harness();
    const log: string[] = [];
    runInSlices(
      ['a', 'b', 'c'].map((n) => h.step(3, log, n)),
      { sliceMs: 8, now: h.now, later: h.later, startLater: true },
    );
    expect(log).toEqual([]);
    h.runNext();
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('makes progress with a step longer than a slice: one per task', () => {
    const h = harness();
    const log: string[] = [];
    runInSlices(
      ['a', 'b'].map((n) => h.step(20, log, n)),
      { sliceMs: 8, now: h.now, later: h.later },
    );
    expect(log).toEqual(['a']);
    h.runNext();
    expect(log).toEqual(['a', 'b']);
  });

  it('runs nothing more once cancelled, and never reports done', () => {
    const h = harness();
    const log: string[] = [];
    let done = 0;
    const run = runInSlices(
      ['a', 'b', 'c'].map((n) => h.step(10, log, n)),
      { sliceMs: 8, now: h.now, later: h.later, onDone: () => done++ },
    );
    run.cancel();
    h.runNext();
    expect(log).toEqual(['a']);
    expect(done).toBe(0);
  });

  it('runs what is left at once when asked to finish (printing), and the yielded slice then does nothing', () => {
    const h = harness();
    const log: string[] = [];
    let done = 0;
    const run = runInSlices(
      ['a', 'b', 'c', 'd'].map((n) => h.step(10, log, n)),
      { sliceMs: 8, now: h.now, later: h.later, onDone: () => done++ },
    );
    expect(log).toEqual(['a']);
    run.finish();
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    expect(done).toBe(1);
    h.runNext();
    expect(log).toEqual(['a', 'b', 'c', 'd']);
    expect(done).toBe(1);
  });

  it('reports done at once when there is nothing to do', () => {
    let done = 0;
    runInSlices([], { onDone: () => done++ });
    expect(done).toBe(1);
  });
});
