// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { Aborted, OWN_TASK, runSliced, TaskMeter } from '../../lib/page/schedule';

describe('runSliced', () => {
  test('runs a generator to its return value, giving the thread back between slices', async () => {
    let steps = 0;
    function* work(): Generator<void, number> {
      for (let i = 0; i < 20; i++) {
        const t = performance.now();
        while (performance.now() - t < 2);
        steps++;
        yield;
      }
      return 42;
    }
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const meter = new TaskMeter();
    meter.begin();
    const value = await runSliced(work(), undefined, meter, 5);
    meter.end();
    clearInterval(timer);
    expect(value).toBe(42);
    expect(steps).toBe(20);
    expect(ticks).toBeGreaterThan(0);
    // 20 steps of at least 2 ms in slices of 5 ms: at most 3 steps per task.
    expect(meter.tasks).toBeGreaterThanOrEqual(7);
    expect(meter.total).toBeGreaterThanOrEqual(40);
  });

  test('work that starts partway through a measured task gets only what is left of its slice', async () => {
    const meter = new TaskMeter();
    meter.begin();
    const t = performance.now();
    while (performance.now() - t < 6);
    let firstTask = 0;
    function* work(): Generator<void, void> {
      for (let i = 0; i < 3; i++) {
        const s = performance.now();
        while (performance.now() - s < 2);
        if (meter.tasks === 0) firstTask++;
        yield;
      }
    }
    await runSliced(work(), undefined, meter, 5);
    meter.end();
    // 6 ms of the task were spent before: the first step ends the slice.
    expect(firstTask).toBe(1);
  });

  test('stops with Aborted when the signal fires', async () => {
    const abort = new AbortController();
    function* forever(): Generator<void, void> {
      for (;;) {
        const t = performance.now();
        while (performance.now() - t < 3);
        yield;
      }
    }
    setTimeout(() => abort.abort(), 20);
    await expect(runSliced(forever(), abort.signal, undefined, 2)).rejects.toBeInstanceOf(Aborted);
  });

  test('a step announced as long starts a task of its own, however little of the slice was used', async () => {
    function* work(): Generator<void | typeof OWN_TASK, string> {
      yield;
      yield OWN_TASK;
      return 'joined';
    }
    const meter = new TaskMeter();
    meter.begin();
    const value = await runSliced(work(), undefined, meter, 1000);
    meter.end();
    expect(value).toBe('joined');
    expect(meter.tasks).toBe(2);
  });
});
