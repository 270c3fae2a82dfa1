// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import * as slices from '@/lib/page/slices';
import type { PageContext } from '../context';
import { createWorkQueue } from './work-queue';

const ctx = { isInvalid: false } as PageContext;

/** A job of `steps` steps that records each one. */
const job = (name: string, steps: number, log: string[]) => {
  let left = steps;
  return () => {
    log.push(name);
    return --left > 0;
  };
};

test('runs the jobs in order, the first ones first, and then says it is idle', async () => {
  const log: string[] = [];
  const idle = vi.fn();
  const queue = createWorkQueue(ctx, slices, idle);
  queue.push(job('a', 2, log), job('b', 1, log));
  queue.first(job('screen', 1, log));
  await queue.run();
  expect(log).toEqual(['screen', 'a', 'a', 'b']);
  expect(idle).toHaveBeenCalledTimes(1);
});

test('a job that throws is dropped and the others still run, now and later', async () => {
  const log: string[] = [];
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const queue = createWorkQueue(ctx, slices, () => {});
  queue.push(
    () => {
      throw new Error('a page surprise');
    },
    job('after', 1, log),
  );
  await queue.run();
  expect(log).toEqual(['after']);
  expect(warn).toHaveBeenCalledTimes(1);
  queue.push(job('later', 1, log));
  await queue.run();
  expect(log).toEqual(['after', 'later']);
  warn.mockRestore();
});

test('work queued while going idle runs', async () => {
  const log: string[] = [];
  let queue: ReturnType<typeof createWorkQueue>;
  let rounds = 0;
  queue = createWorkQueue(ctx, slices, () => {
    if (rounds++ > 0) return;
    queue.push(job('from idle', 1, log));
    void queue.run();
  });
  queue.push(job('first', 1, log));
  await queue.run();
  await vi.waitFor(() => expect(log).toEqual(['first', 'from idle']));
});
