import { afterEach, expect, test, vi } from 'vitest';
import { packArray, unpackArray } from '@/lib/match/compiled';
import { buildPrefilter } from '@/lib/match/prefilter';
import type { PrefilterBits } from '@/lib/match/prefilter-probe';
import type { KeyCheck, PackedMatcherData } from '@/lib/messages';
import { type CheckKeys, createPageKeys, unpackPrefilter } from './page-keys';

// The page's side of the key check, against a background stand-in: `keys` are the hashes it
// knows as keys; it answers with a matcher (named after the keys it holds) once one is asked about.
const filter: PrefilterBits = {
  bits: new Uint32Array(32),
  log: 10,
  lengths: 0,
  capitalLengths: 0,
  everyStart: false,
  worthMarked: false,
};
const decode = (base64: string) => [...unpackArray({ type: 'Uint32Array', base64 })];
const encode = (hashes: number[]) =>
  Buffer.from(Uint32Array.from(hashes).buffer).toString('base64');

function background(keys: Set<number>, options: { complete?: boolean; fail?: boolean } = {}) {
  const calls: { hashes: number[]; known: number[] }[] = [];
  const check: CheckKeys = async (hashes, known) => {
    calls.push({ hashes: decode(hashes), known: decode(known) });
    if (options.fail) throw new Error('no background');
    const found = [...decode(hashes), ...decode(known)].filter((h) => keys.has(h));
    const answer: KeyCheck = {
      keys: encode(found.filter((h) => decode(hashes).includes(h))),
      matcher: found.length ? ({ name: found.join(',') } as unknown as PackedMatcherData) : null,
      complete: options.complete ?? false,
    };
    return answer;
  };
  return { calls, check };
}

afterEach(() => vi.restoreAllMocks());

test('a hash is asked about once: it waits until asked, and is answered for good', async () => {
  const bg = background(new Set([7]));
  const keys = createPageKeys(filter, { check: bg.check });
  expect(keys.hit(7)).toBe(true);
  expect(keys.hit(8)).toBe(true);
  expect(keys.busy()).toBe(true);
  await keys.flush();
  expect(bg.calls).toEqual([{ hashes: [7, 8], known: [] }]);
  expect(keys.busy()).toBe(false);
  // Answered: hit again, neither waits, and nothing more is asked.
  expect(keys.hit(7)).toBe(false);
  expect(keys.hit(8)).toBe(false);
  await keys.flush();
  expect(bg.calls).toHaveLength(1);
});

test('each check tells the background the keys found so far, and brings the larger matcher', async () => {
  const bg = background(new Set([1, 3]));
  const keys = createPageKeys(filter, { check: bg.check });
  const seen: unknown[] = [];
  keys.onMatcher((matcher) => seen.push(matcher));
  keys.hit(1);
  keys.hit(2);
  const first = await keys.flush();
  keys.hit(3);
  const second = await keys.flush();
  expect(bg.calls[1]).toEqual({ hashes: [3], known: [1] });
  expect(first).toEqual({ name: '1' });
  expect(second).toEqual({ name: '3,1' });
  expect(seen).toEqual([first, second]);
  expect(keys.matchers()).toBe(2);
});

test('a page with many hashes asks in batches, and flushes asked together share one run', async () => {
  const bg = background(new Set());
  const keys = createPageKeys(filter, { check: bg.check });
  for (let h = 1; h <= 5000; h++) keys.hit(h);
  const [a, b] = [keys.flush(), keys.flush()];
  expect(a).toBe(b);
  expect(await a).toBeNull();
  expect(bg.calls.map((c) => c.hashes.length)).toEqual([4096, 904]);
});

test('a matcher of every alias ends the asking: no hash waits any more', async () => {
  const bg = background(new Set([5]), { complete: true });
  const keys = createPageKeys(filter, { check: bg.check });
  keys.hit(5);
  await keys.flush();
  expect(keys.complete()).toBe(true);
  expect(keys.hit(6)).toBe(false);
  expect(keys.busy()).toBe(false);
});

test('a failed check is reported, and its hashes are not asked about again', async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const bg = background(new Set([5]), { fail: true });
  const keys = createPageKeys(filter, { check: bg.check });
  keys.hit(5);
  expect(await keys.flush()).toBeNull();
  expect(warn).toHaveBeenCalledOnce();
  expect(keys.hit(5)).toBe(false);
  expect(keys.matchers()).toBe(0);
});

test('a stored prefilter is used only when it is whole: bits as many as its size says', () => {
  const bits = Uint32Array.from({ length: 32 }, (_, i) => i * 2654435761);
  const packed = {
    version: 'v',
    bits: packArray(bits),
    log: 10,
    lengths: 6,
    capitalLengths: 2,
    everyStart: false,
    worthMarked: true,
  };
  expect(unpackPrefilter(packed)).toEqual({
    bits,
    log: 10,
    lengths: 6,
    capitalLengths: 2,
    everyStart: false,
    worthMarked: true,
  });
  // Stored before worth keys were marked: every hit is asked about.
  expect(unpackPrefilter({ ...packed, worthMarked: undefined })?.worthMarked).toBe(false);
  for (const broken of [
    undefined,
    'prefilter',
    { ...packed, log: 11 },
    { ...packed, log: '10' },
    { ...packed, everyStart: 'no' },
    { ...packed, bits: packArray(Uint8Array.from([1, 2])) },
    { ...packed, bits: { type: 'Uint32Array', base64: '%%%' } },
  ]) {
    expect(unpackPrefilter(broken)).toBeUndefined();
  }
});

test('hits of keys that are never a mention alone ask nothing until one may be worth scanning for', async () => {
  // "Son" is a short form (counts only after the full name); "Bui Thanh Son" is worth it.
  const prefilter = buildPrefilter([
    { text: 'Son', entityId: 'son', lang: 'en', short: true },
    { text: 'Bui Thanh Son', entityId: 'son', lang: 'en' },
  ]);
  const [shortKey, fullKey] = [...prefilter.exact].sort(
    (a, b) => Number(prefilter.worth.has(a)) - Number(prefilter.worth.has(b)),
  );
  expect(prefilter.worth.has(shortKey)).toBe(false);
  expect(prefilter.worth.has(fullKey)).toBe(true);
  const bg = background(new Set([shortKey, fullKey]));
  const keys = createPageKeys(prefilter, { check: bg.check });
  keys.hit(shortKey);
  expect(keys.busy()).toBe(false);
  expect(await keys.flush()).toBeNull();
  expect(bg.calls).toHaveLength(0);
  // The short form's hit waited: it is asked about with the first hit that may be worth it.
  keys.hit(fullKey);
  expect(keys.busy()).toBe(true);
  await keys.flush();
  expect(bg.calls).toEqual([{ hashes: [shortKey, fullKey], known: [] }]);
});

test('a prefilter stored before worth keys were marked asks about every hit', async () => {
  const bg = background(new Set([5]));
  const keys = createPageKeys({ ...filter, worthMarked: false }, { check: bg.check });
  keys.hit(5);
  await keys.flush();
  expect(bg.calls).toHaveLength(1);
});
