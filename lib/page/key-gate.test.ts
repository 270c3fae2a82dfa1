import { expect, test } from 'vitest';
import { unpackArray } from '@/lib/match/compiled';
import { buildPrefilter } from '@/lib/match/prefilter';
import type { PackedMatcherData } from '@/lib/messages';
import { createKeyGate } from './key-gate';
import { type CheckKeys, createPageKeys } from './page-keys';

// Detection's gate over a real prefilter; the background stand-in answers from the prefilter's
// exact keys, with a matcher whenever the page holds one.
const prefilter = buildPrefilter([
  { text: 'Ghada Waly', lang: 'en', entityId: 'waly' },
  { text: 'Hanoi Convention', lang: 'en', entityId: 'hanoi' },
]);
const decode = (base64: string) => [...unpackArray({ type: 'Uint32Array', base64 })];
const encode = (hashes: number[]) =>
  Buffer.from(Uint32Array.from(hashes).buffer).toString('base64');

function setUp(filter = prefilter) {
  const asked: number[][] = [];
  const check: CheckKeys = async (hashes, known) => {
    asked.push(decode(hashes));
    const keys = decode(hashes).filter((h) => prefilter.exact.has(h));
    // A matcher when the answer names a key the page did not know yet.
    const all = [...keys, ...decode(known)];
    const matcher = keys.length ? ({ keys: all } as unknown as PackedMatcherData) : null;
    return { keys: encode(keys), matcher, complete: false };
  };
  const keys = createPageKeys(filter, { check });
  const gate = createKeyGate<Block>(() => keys);
  const rescanned: Block[][] = [];
  gate.connect((blocks) => rescanned.push(blocks));
  return { asked, gate, rescanned, keys };
}
type Block = { name: string };
const block = (name: string): Block => ({ name });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

test('text that holds no key passes at once, and asks nothing', async () => {
  const { asked, gate, rescanned } = setUp();
  expect(gate.covers('The weather stayed mild over the weekend.', block('a'))).toBe(true);
  await settled();
  expect(asked).toEqual([]);
  expect(rescanned).toEqual([]);
});

test('a block naming a key the matcher does not know waits, and is scanned again with the answer', async () => {
  const { asked, gate, rescanned, keys } = setUp();
  const b = block('b');
  const c = block('c');
  expect(gate.covers('Ghada Waly spoke in Hanoi.', b)).toBe(false);
  // Asked together: one round trip for blocks of the same moment.
  expect(gate.covers('More from Ghada Waly.', c)).toBe(false);
  await settled();
  expect(asked).toHaveLength(1);
  expect(keys.matchers()).toBe(1);
  expect(rescanned).toEqual([[b, c]]);
  // Answered: the same text now passes, without another question.
  expect(gate.covers('Ghada Waly again.', block('d'))).toBe(true);
  await settled();
  expect(asked).toHaveLength(1);
});

test('a block whose hashes turn out to be no key is not scanned again', async () => {
  // Every bit set: every word hits, none of them a key.
  const { asked, gate, rescanned } = setUp({ ...prefilter, bits: prefilter.bits.map(() => ~0) });
  expect(gate.covers('The weather stayed mild.', block('e'))).toBe(false);
  await settled();
  expect(asked).toHaveLength(1);
  expect(rescanned).toEqual([]);
  expect(gate.covers('The weather stayed mild.', block('f'))).toBe(true);
});

test('blocks forgotten by a new pass are not scanned again', async () => {
  const { gate, rescanned } = setUp();
  gate.covers('Ghada Waly spoke.', block('g'));
  gate.clear();
  await settled();
  expect(rescanned).toEqual([]);
});
