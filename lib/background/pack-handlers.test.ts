import { beforeEach, describe, expect, test } from 'vitest';
import { localCheck } from '@/lib/key-check';
import { fixtureDataset, useFreshIndexedDB } from '@/tests/unit/fixture-dataset';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { unpackArray, unpackMatcher } from '../match/compiled';
import { matcherFrom } from '../match/matcher';
import { createProbe, probeText } from '../match/prefilter-probe';
import { openFactcardDB } from '../store/db';
import { compareVersions } from './pack-handlers';
import { createService } from './service';

let announced: string[];
// What the service did for pages, in order: stored a prefilter, or told the tabs.
let told: string[];
const newService = () =>
  createService({
    open: () => openFactcardDB(),
    bundledVersion: async () => 'v1',
    loadBundled: async () => fixtureDataset('v1'),
    loadStrings: async () => ({}),
    openPage: async () => undefined,
    onPacksChanged: async (version) => {
      announced.push(version);
      told.push(`announce ${version}`);
    },
    storeForPages: async (prefilter, matcher) => {
      told.push(`store ${prefilter.version}`);
      stored = prefilter;
      storedMatcher = matcher;
    },
    extensionVersion: '1.2.0',
  });

let stored: unknown;
let storedMatcher: unknown;
beforeEach(() => {
  useFreshIndexedDB();
  announced = [];
  told = [];
  stored = undefined;
  storedMatcher = undefined;
});

const text = (over = {}) => JSON.stringify(fixturePack(over));
const found = async (handlers: ReturnType<typeof newService>['handlers'], page: string) => {
  const { matcher } = await handlers['packed-matcher']({ type: 'packed-matcher' });
  return matcherFrom(unpackMatcher(matcher))
    .find(page)
    .map((m) => m.entityId);
};

/** The hashes of `page` that hit the bits, as a page asks about them. */
const hitsOf = async (handlers: ReturnType<typeof newService>['handlers'], page: string) => {
  const data = await handlers.prefilter({ type: 'prefilter' });
  const bits = unpackArray(data.bits) as Uint32Array<ArrayBuffer>;
  const hits: number[] = [];
  probeText(
    createProbe({ ...data, bits }, (hash) => hits.push(hash)),
    page,
  );
  return Buffer.from(new Uint32Array(hits).buffer).toString('base64');
};

/** What a page holding `page` learns from the prefilter: null when it has nothing to find. */
const prefiltered = async (handlers: ReturnType<typeof newService>['handlers'], page: string) => {
  const hashes = await hitsOf(handlers, page);
  if (hashes === '') return null;
  return handlers['prefilter-check']({ type: 'prefilter-check', hashes, known: '' });
};

describe('pack requests', () => {
  test('the prefilter follows the enabled packs: a page naming only a pack entity needs the pack', async () => {
    const { handlers } = newService();
    const page = 'Readers queued outside the Harbour Library on Sunday.';
    expect(await prefiltered(handlers, page)).toBeNull();
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    const answer = await prefiltered(handlers, page);
    if (!answer?.matcher) throw new Error('the imported pack did not reach the prefilter');
    const matcher = matcherFrom(unpackMatcher(answer.matcher.matcher));
    expect(matcher.find(page).map((m) => m.entityId)).toEqual(['eldmoor/harbour-library']);
    await handlers['set-pack']({ type: 'set-pack', id: 'eldmoor', enabled: 'off' });
    expect(await prefiltered(handlers, page)).toBeNull();
  });

  test('the prefilter pages read is stored at start-up, and before tabs are told of new packs', async () => {
    const { handlers, publishForPages } = newService();
    await publishForPages();
    expect(stored).toEqual(await handlers.prefilter({ type: 'prefilter' }));
    const before = (stored as { version: string }).version;
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    const after = (stored as { version: string }).version;
    expect(after).not.toBe(before);
    expect(told).toEqual([`store ${before}`, `store ${after}`, `announce ${after}`]);
    expect(stored).toEqual(await handlers.prefilter({ type: 'prefilter' }));
  });

  test('with the whole matcher stored, a page checks its keys as the background would', async () => {
    const { handlers, publishForPages } = newService();
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    await publishForPages();
    const check = localCheck(storedMatcher);
    if (!check) throw new Error('no page matcher was stored');
    for (const page of [
      'Readers queued outside the Harbour Library on Sunday, UNODC said.',
      'The Harbour Library opened.',
      'Nothing here but rain.',
    ]) {
      const hashes = await hitsOf(handlers, page);
      const known = '';
      const answer = await check(hashes, known);
      expect(answer).toEqual(
        await handlers['prefilter-check']({ type: 'prefilter-check', hashes, known }),
      );
      // Asked again with what the first answer said were keys.
      const again = answer ? answer.keys : '';
      expect(await check(hashes, again)).toEqual(
        await handlers['prefilter-check']({ type: 'prefilter-check', hashes, known: again }),
      );
    }
  });

  test('packs too large to go whole to pages leave no page matcher stored', async () => {
    const { publishForPages } = createService({
      open: () => openFactcardDB(),
      bundledVersion: async () => 'v1',
      loadBundled: async () => fixtureDataset('v1'),
      loadStrings: async () => ({}),
      openPage: async () => undefined,
      storeForPages: async (_prefilter, matcher) => {
        storedMatcher = matcher;
      },
      wholeMatcherChars: 10,
    });
    await publishForPages();
    expect(storedMatcher).toBeNull();
    expect(localCheck(storedMatcher)).toBeUndefined();
  });

  test('an imported pack joins the matcher, and tabs are told', async () => {
    const { handlers } = newService();
    const record = await handlers['import-pack']({ type: 'import-pack', text: text() });
    expect(record).toMatchObject({ id: 'eldmoor', size: new TextEncoder().encode(text()).length });
    expect(announced).toHaveLength(1);
    expect(await found(handlers, 'Harbour Library and UNODC')).toEqual([
      'eldmoor/harbour-library',
      'unodc',
    ]);
    expect((await handlers.packs({ type: 'packs' })).map((p) => p.id)).toEqual([
      'bundled',
      'eldmoor',
    ]);
  });

  test('switching a pack off takes its names out at once; a cold worker agrees', async () => {
    const { handlers } = newService();
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    await handlers['set-pack']({ type: 'set-pack', id: 'eldmoor', enabled: 'off' });
    expect(await found(handlers, 'Harbour Library')).toEqual([]);
    expect(await found(newService().handlers, 'Harbour Library')).toEqual([]);
    expect(announced).toHaveLength(2);
    expect(announced[0]).not.toBe(announced[1]);
  });

  test('a card says its pack and offers the entities of other packs with the same name', async () => {
    const { handlers } = newService();
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    const card = await handlers.card({ type: 'card', id: 'to-lam', lang: 'en' });
    expect(card.pack).toBe('Bundled');
    expect(card.alternatives).toEqual([
      { id: 'eldmoor/mara-lindqvist', name: 'Mara Lindqvist', pack: 'Eldmoor library' },
    ]);
    const other = await handlers.card({ type: 'card', id: 'eldmoor/mara-lindqvist', lang: 'en' });
    expect(other).toMatchObject({ pack: 'Eldmoor library', sourceCount: 1 });
    expect(other.facts[0]).toMatchObject({
      publisher: 'Eldmoor Gazette',
      seed: 'eldmoor/gazette-en',
    });
  });

  test('the sources of switched-off packs are not listed', async () => {
    const { handlers } = newService();
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    expect(await handlers.sources({ type: 'sources' })).toHaveLength(3);
    await handlers['set-pack']({ type: 'set-pack', id: 'bundled', enabled: 'off' });
    expect((await handlers.sources({ type: 'sources' })).map((s) => s.id)).toEqual([
      'eldmoor/gazette',
    ]);
  });

  test('bad packs are refused with the reason, nothing changed', async () => {
    const { handlers } = newService();
    await expect(
      handlers['import-pack']({ type: 'import-pack', text: '{"format":' }),
    ).rejects.toThrow(/not valid JSON at line 1, column 11/);
    await expect(
      handlers['import-pack']({
        type: 'import-pack',
        text: text({ minExtensionVersion: '2.0.0' }),
      }),
    ).rejects.toThrow(/needs version 2.0.0/);
    expect((await handlers.packs({ type: 'packs' })).map((p) => p.id)).toEqual(['bundled']);
    expect(announced).toEqual([]);
  });

  test('remove and export', async () => {
    const { handlers } = newService();
    await handlers['import-pack']({ type: 'import-pack', text: text() });
    const exported = await handlers['export-pack']({ type: 'export-pack', id: 'eldmoor' });
    expect(JSON.parse(exported)).toMatchObject({ id: 'eldmoor', format: 2 });
    await handlers['remove-pack']({ type: 'remove-pack', id: 'eldmoor' });
    expect(await found(handlers, 'Harbour Library')).toEqual([]);
  });

  test('a file sent in parts is imported whole; parts of an unknown upload are refused', async () => {
    const { handlers } = newService();
    const whole = text();
    for (const part of [whole.slice(0, 500), whole.slice(500)]) {
      await handlers['pack-part']({ type: 'pack-part', upload: 'u1', text: part });
    }
    expect(await handlers['import-upload']({ type: 'import-upload', upload: 'u1' })).toMatchObject({
      id: 'eldmoor',
    });
    // A worker stopped mid-upload forgets its parts: the import is refused, nothing written.
    await expect(
      newService().handlers['import-upload']({ type: 'import-upload', upload: 'u1' }),
    ).rejects.toThrow(/did not reach the extension whole/);
  });

  test('versions compare by number', () => {
    expect(compareVersions('0.10.0', '0.9.1')).toBe(1);
    expect(compareVersions('1.2.0', '1.2.0')).toBe(0);
    expect(compareVersions('1.1.9', '1.2')).toBe(-1);
  });
});
