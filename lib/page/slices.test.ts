import { describe, expect, test } from 'vitest';
import { runInSlices, yieldToPage, yieldToRendering } from './slices';

/** A clock that moves only when a step says so, and a yield that counts. */
function fake(stepMs: number, steps: number) {
  let time = 0;
  let done = 0;
  let yields = 0;
  const step = () => {
    time += stepMs;
    return ++done < steps;
  };
  const options = {
    now: () => time,
    yieldToPage: async () => {
      yields++;
    },
    yieldForFrame: async () => {
      yields++;
    },
  };
  return { step, options, counts: () => ({ done, yields }) };
}

describe('runInSlices', () => {
  test.each([
    // step ms, steps, expected slices: a slice ends once its steps reach the 8 ms budget
    [1, 20, 3],
    [3, 9, 3],
    [8, 4, 4],
    [20, 2, 2],
    [1, 1, 1],
  ])('%d ms steps x %d: %d slices', async (stepMs, steps, slices) => {
    const { step, options, counts } = fake(stepMs, steps);
    const stats = await runInSlices(step, options);
    expect(stats).toMatchObject({ slices, completed: true, busyMs: stepMs * steps });
    expect(counts()).toEqual({ done: steps, yields: slices - 1 });
  });

  test('the first slice may have a budget of its own', async () => {
    const { step, options, counts } = fake(4, 12);
    const stats = await runInSlices(step, { ...options, firstBudget: 32 });
    expect(stats).toMatchObject({ slices: 3, longestSliceMs: 32, completed: true });
    expect(counts()).toEqual({ done: 12, yields: 2 });
  });

  test('a first budget given as a function is asked after each step', async () => {
    const { step, options, counts } = fake(4, 12);
    let asked = 0;
    const firstBudget = () => (++asked < 3 ? 32 : 8);
    const stats = await runInSlices(step, { ...options, firstBudget });
    // Asked at 4, 8 and 12 ms: the third answer ends the first slice; then 8 ms slices of 2 steps.
    expect(stats).toMatchObject({ slices: 6, longestSliceMs: 12, completed: true });
    expect(counts()).toEqual({ done: 12, yields: 5 });
  });

  test('the longest slice is reported', async () => {
    const { step, options } = fake(3, 9);
    expect((await runInSlices(step, options)).longestSliceMs).toBe(9);
  });

  test('stops after a yield once cancelled, and says it did not finish', async () => {
    const { step, options, counts } = fake(4, 100);
    let cancel = false;
    const stats = await runInSlices(step, {
      ...options,
      yieldToPage: async () => {
        cancel = true;
      },
      yieldForFrame: async () => {
        cancel = true;
      },
      cancelled: () => cancel,
    });
    expect(stats).toMatchObject({ slices: 1, completed: false });
    expect(counts().done).toBe(2);
  });

  test('the default yields resolve', async () => {
    await expect(yieldToPage()).resolves.toBeUndefined();
    await expect(yieldToRendering()).resolves.toBeUndefined();
  });

  test('lets a frame through at least every 32 ms of work', async () => {
    let time = 0;
    const kinds: string[] = [];
    let steps = 0;
    await runInSlices(
      () => {
        time += 8;
        return ++steps < 12;
      },
      {
        now: () => time,
        yieldToPage: async () => {
          kinds.push('page');
        },
        yieldForFrame: async () => {
          kinds.push('frame');
        },
      },
    );
    expect(kinds).toEqual([
      'page',
      'page',
      'page',
      'frame',
      'page',
      'page',
      'page',
      'frame',
      'page',
      'page',
      'page',
    ]);
  });
});
