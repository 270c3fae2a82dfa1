import { beforeEach, describe, expect, test } from 'vitest';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { unpackArray, unpackMatcher } from '../match/compiled';
import { matcherFrom } from '../match/matcher';
import { createProbe, probeText } from '../match/prefilter-probe';
import { openFactcardDB } from '../store/db';
import { route } from './route';
import { createService } from './service';

let loads: number;
let opened: string[];
const newService = (version = 'v1', wholeMatcherChars?: number, extra: object[] = []) =>
  createService({
    wholeMatcherChars,
    open: () => openFactcardDB(),
    bundledVersion: async () => version,
    loadBundled: async () => {
      loads++;
      return fixtureDataset(version, extra);
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
    expect(await handlers.strings({ type: 'strings', lang: 'it' })).toEqual({
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
    expect((await newService('v2').handlers.matcher({ type: 'matcher' })).version).toBe(
      'bundled:v2',
    );
    expect(loads).toBe(2);
  });

  test('content scripts get the aliases compiled, once per dataset version', async () => {
    const service = newService('v1');
    const first = await service.handlers['packed-matcher']({ type: 'packed-matcher' });
    expect(first.version).toBe('bundled:v1');
    const matcher = matcherFrom(unpackMatcher(JSON.parse(JSON.stringify(first.matcher))));
    expect(matcher.find('Ala ma kota. To Lam.').map((m) => m.entityId)).toEqual(['to-lam']);
    const again = await service.handlers['packed-matcher']({ type: 'packed-matcher' });
    expect(again.matcher).toBe(first.matcher);
    const next = await newService('v2').handlers['packed-matcher']({ type: 'packed-matcher' });
    expect(next.version).toBe('bundled:v2');
  });

  test('pages get the prefilter bits; a real key brings a matcher of the keys the page holds', async () => {
    // A large set of packs goes to pages in parts; here every set counts as large.
    // Three more entities, so that To Lam's names and short forms are fewer than half the aliases.
    const service = newService('v1', 0, [{}, {}, {}]);
    const data = await service.handlers.prefilter({ type: 'prefilter' });
    expect(data.version).toBe('bundled:v1');
    const bits = unpackArray(JSON.parse(JSON.stringify(data.bits))) as Uint32Array<ArrayBuffer>;
    const hitsOf = (text: string) => {
      const hits: number[] = [];
      probeText(
        createProbe({ ...data, bits }, (hash) => hits.push(hash)),
        text,
      );
      return hits;
    };
    const base64 = (hashes: number[]) =>
      Buffer.from(new Uint32Array(hashes).buffer).toString('base64');
    const check = (hashes: number[], known: number[] = []) =>
      service.handlers['prefilter-check']({
        type: 'prefilter-check',
        hashes: base64(hashes),
        known: base64(known),
      });
    const names = (found: Awaited<ReturnType<typeof check>>, text: string) => {
      if (!found?.matcher) throw new Error('no matcher');
      expect(found.matcher.version).toBe('bundled:v1');
      const packed = JSON.parse(JSON.stringify(found.matcher.matcher));
      return matcherFrom(unpackMatcher(packed))
        .find(text)
        .map((m) => m.entityId);
    };
    const lam = hitsOf('Ala ma kota. To Lam.');
    const first = await check(lam);
    // The answer names the keys, and brings the matcher, so the page needs no second round trip;
    // it knows only the page's keys.
    expect(first?.keys).toBe(base64(lam));
    expect(names(first, 'To Lam and UNODC.')).toEqual(['to-lam']);
    // Text arriving later with another key: the answer covers it and what the page knew.
    const unodc = hitsOf('UNODC said.');
    expect(names(await check(unodc, lam), 'To Lam and UNODC.')).toEqual(['to-lam', 'unodc']);
    expect(await check([1, 2, 3])).toBeNull();
    expect(first?.complete).toBe(false);
    // A small set goes whole: the page needs to ask no more.
    const small = await newService('v1').handlers['prefilter-check']({
      type: 'prefilter-check',
      hashes: base64(lam),
      known: '',
    });
    expect(small?.complete).toBe(true);
    expect(names(small, 'To Lam and UNODC.')).toEqual(['to-lam', 'unodc']);
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
