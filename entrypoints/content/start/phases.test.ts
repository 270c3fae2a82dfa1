import { expect, test } from 'vitest';
import type { Detector } from '../handoff';
import { createPhases } from './phases';

const stop = new AbortController();

test('a page request waits while the page is read, and gets the phase that has an answer', async () => {
  const phases = createPhases();
  const answers: string[] = [];
  void phases.settled().then((phase) => answers.push(phase.phase));
  phases.set({ phase: 'searching', stop });
  await Promise.resolve();
  expect(answers).toEqual([]);
  phases.set({ phase: 'nothing-found', stop });
  await Promise.resolve();
  expect(answers).toEqual(['nothing-found']);
});

test('once settled, a request is answered at once, from the phase of that moment', async () => {
  const phases = createPhases();
  const detector = Promise.resolve(undefined as Detector | undefined);
  phases.set({ phase: 'detecting', detector });
  expect((await phases.settled()).phase).toBe('detecting');
  phases.set({ phase: 'off', paused: detector });
  expect(await phases.settled()).toEqual({ phase: 'off', paused: detector });
  // Back to searching (other packs): the next request waits for the new verdict.
  phases.set({ phase: 'searching', stop });
  const next = phases.settled();
  phases.set({ phase: 'detecting', detector });
  expect((await next).phase).toBe('detecting');
});
