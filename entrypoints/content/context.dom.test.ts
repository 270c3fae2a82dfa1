// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from './context';

afterEach(() => vi.useRealTimers());

test('a timer or a frame that has run no longer holds a listener on the context', () => {
  vi.useFakeTimers();
  const ctx = new ContentScriptContext('content');
  const added = vi.spyOn(ctx.signal, 'addEventListener');
  const removed = vi.spyOn(ctx.signal, 'removeEventListener');
  const ran: string[] = [];
  ctx.setTimeout(() => ran.push('timer'), 10);
  ctx.requestAnimationFrame(() => ran.push('frame'));
  expect(added).toHaveBeenCalledTimes(2);
  vi.advanceTimersByTime(50);
  expect(ran).toEqual(['timer', 'frame']);
  // Each took its own listener away when it ran, so a page that asks for one at every frame
  // gathers none.
  expect(removed.mock.calls.map(([, listener]) => listener)).toEqual(
    added.mock.calls.map(([, listener]) => listener),
  );
});
