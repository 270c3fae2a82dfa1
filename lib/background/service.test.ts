import { beforeEach, describe, expect, test } from 'vitest';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { unpackArray, unpackMatcher } from '../match/compiled';
import { matcherFrom } from '../match/matcher';
import { createProbe } from '../match/prefilter-probe';
import { openFactcardDB } from '../store/db';
import { route } from './route';
import { createService } from './service';

let loads: number;
let opened: string[];
const newService = (version = 'v1') =>
  createService({
    open: () => openFactcardDB(),
    bundledVersion: async () => version,
    loadBundled: async () => {
      loads++;
      return fixtureDataset(version);
    },
    loadStrings: async (lang) => ({ card_close: `close (${lang})` }),
    openPage: async (path) => {
      opened.push(path);
    },
  });

beforeEach(() => {
  useFreshIndexedDB();
  loads = 0;
  opened = [];
});

describe('extension pages and strings', () => {
  test('strings come in a dataset language, English for any other', async () => {
    const { handlers } = newService();
    expect(await handlers.strings({ type: 'strings', lang: 'fr-CA' })).toEqual({
      card_close: 'close (fr)',
    });
    expect(await handlers.strings({ type: 'strings', lang: 'de' })).toEqual({
      card_close: 'close (en)',
    });
  });

  test('open-reader opens the reader at a quote, or the source list', async () => {
    const { handlers } = newService();
    await handlers['open-reader']({ type: 'open-reader', seed: 'seed-pl', quote: 'Ala ma kota' });
    await handlers['open-reader']({ type: 'open-reader', seed: '', quote: '' });
    expect(opened).toEqual(['/reader.html?seed=seed-pl&quote=Ala+ma+kota', '/reader.html']);
  });
});

describe('background service', () => {
  test('a cold start (new worker, same database) answers without importing again', async () => {
    expect(await newService().handlers.status({ type: 'status' })).toMatchObject({
      active: { version: 'v1', counts: { entities: 2 } },
    });
    const cold = newService();
    const card = await cold.handlers.card({ type: 'card', id: 'to-lam', lang: 'ar-EG' });
    expect(card).toMatchObject({ id: 'to-lam', lang: 'ar', dir: 'rtl', name: 'تو لام' });
    expect(loads).toBe(1);
  });

  test('a new bundled version is imported on the first message after the update', async () => {
    await newService('v1').ready();
    expect((await newService('v2').handlers.matcher({ type: 'matcher' })).version).toBe('v2');
    expect(loads).toBe(2);
  });

  test('content scripts get the aliases compiled, once per dataset version', async () => {
    const service = newService('v1');
    const first = await service.handlers['packed-matcher']({ type: 'packed-matcher' });
    expect(first.version).toBe('v1');
    const matcher = matcherFrom(unpackMatcher(JSON.parse(JSON.stringify(first.matcher))));
    expect(matcher.find('Ala ma kota. To Lam.').map((m) => m.entityId)).toEqual(['to-lam']);
    const again = await service.handlers['packed-matcher']({ type: 'packed-matcher' });
    expect(again.matcher).toBe(first.matcher);
    const next = await newService('v2').handlers['packed-matcher']({ type: 'packed-matcher' });
    expect(next.version).toBe('v2');
  });

  test('pages get the prefilter bits, and hashes that hit them are checked against the keys', async () => {
    const service = newService('v1');
    const data = await service.handlers.prefilter({ type: 'prefilter' });
    expect(data.version).toBe('v1');
    const bits = unpackArray(JSON.parse(JSON.stringify(data.bits))) as Uint32Array<ArrayBuffer>;
    const hits: number[] = [];
    const probe = createProbe({ ...data, bits }, (hash) => hits.push(hash));
    probe.feed('Ala ma kota. To Lam.');
    const check = (hashes: number[]) =>
      service.handlers['prefilter-check']({
        type: 'prefilter-check',
        hashes: Buffer.from(new Uint32Array(hashes).buffer).toString('base64'),
      });
    expect(await check(hits)).toBe(true);
    expect(await check([1, 2, 3])).toBe(false);
  });

  test('an unknown entity is an error', async () => {
    await expect(
      newService().handlers.card({ type: 'card', id: 'nobody', lang: 'en' }),
    ).rejects.toThrow(/unknown entity/);
  });
});

describe('names and seeds', () => {
  test('names every entity in the asked language, falling back to English', async () => {
    const { handlers } = newService();
    const names = await handlers.names({ type: 'names', lang: 'ar' });
    expect(names).toEqual([
      { id: 'to-lam', name: 'تو لام' },
      { id: 'unodc', name: 'UNODC' },
    ]);
    expect(await handlers.names({ type: 'names', lang: 'xx' })).toContainEqual({
      id: 'to-lam',
      name: 'To Lam',
    });
  });

  test('a seed comes with the original article it translates', async () => {
    const { handlers } = newService();
    expect(await handlers.seed({ type: 'seed', id: 'seed-pl' })).toEqual({
      id: 'seed-pl',
      lang: 'pl',
      text: 'Ala ma kota. To Lam.',
      publisher: 'Paper',
      url: 'https://paper.example/article',
      title: 'Title',
      date: '2025-10-25',
    });
    await expect(handlers.seed({ type: 'seed', id: 'nope' })).rejects.toThrow(/unknown seed/);
  });
});

describe('route', () => {
  const { handlers } = newService();
  test('does not answer other senders', () => {
    expect(route({ type: 'status' }, 'someone-else', 'me', handlers)).toBeUndefined();
    expect(route({ type: 'status' }, undefined, 'me', handlers)).toBeUndefined();
  });

  test('refuses malformed messages with an error result', async () => {
    expect(await route({ type: 'card' }, 'me', 'me', handlers)).toMatchObject({ ok: false });
    expect(await route('status', 'me', 'me', handlers)).toMatchObject({ ok: false });
  });

  test('turns a failing handler into an error result', async () => {
    expect(await route({ type: 'card', id: 'nobody', lang: 'en' }, 'me', 'me', handlers)).toEqual({
      ok: false,
      error: 'unknown entity "nobody"',
    });
  });

  test('answers a good message with its value', async () => {
    expect(await route({ type: 'sources' }, 'me', 'me', handlers)).toMatchObject({
      ok: true,
      value: [{ id: 'paper' }, { id: 'other' }],
    });
  });
});
