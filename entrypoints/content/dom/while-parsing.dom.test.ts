// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { ContentScriptContext } from '../context';
import { PARSING_LOOK_MS, whileParsing } from './while-parsing';

afterEach(() => vi.useRealTimers());

function parsingDocument() {
  let state: DocumentReadyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => state);
  return { parsed: () => (state = 'interactive') };
}

test('looks at once, then at most once a pass of frames and timers, until the page is parsed', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'performance'] });
  const page = parsingDocument();
  let looks = 0;
  whileParsing(new ContentScriptContext('content'), () => looks++);
  expect(looks).toBe(1);
  // Frames every 16 ms and the timer both ask; a look is due only every PARSING_LOOK_MS.
  vi.advanceTimersByTime(PARSING_LOOK_MS * 4 + 1);
  expect(looks).toBeGreaterThanOrEqual(4);
  expect(looks).toBeLessThanOrEqual(5);
  page.parsed();
  const before = looks;
  vi.advanceTimersByTime(PARSING_LOOK_MS * 4);
  expect(looks).toBe(before);
});

test('stops when told, though the page is still parsing', () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame', 'performance'] });
  parsingDocument();
  let looks = 0;
  const stop = whileParsing(new ContentScriptContext('content'), () => looks++);
  stop();
  vi.advanceTimersByTime(PARSING_LOOK_MS * 4);
  expect(looks).toBe(1);
});
