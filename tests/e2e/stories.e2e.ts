import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkPackText } from '../../lib/pack/check';
import { HARBOUR_ARTICLE } from '../unit/fixture-story';
import { sendFromPage } from './helpers/extension';
import { readHighlights, waitForHighlights } from './helpers/highlights';
import { storedPacks } from './helpers/packs';
import { useChromiumSuite } from './helpers/suite';

const suite = useChromiumSuite();
let options: Page;

beforeAll(async () => {
  options = await suite.session.openExtensionPage('options.html');
});

async function waitForPainted(page: Page, check: (texts: string[]) => boolean) {
  const end = Date.now() + 10_000;
  for (;;) {
    const texts = (await readHighlights(page)).sort();
    if (check(texts)) return texts;
    if (Date.now() > end) throw new Error(`highlights stayed ${JSON.stringify(texts)}`);
    await page.waitForTimeout(100);
  }
}

const send = (message: object) => sendFromPage(options, message);
const makeMara = (story: string) =>
  send({
    type: 'story-edit',
    edit: {
      op: 'make-entity',
      story,
      name: 'Mara Lindqvist',
      lang: 'en',
      type: 'person',
      description: 'Mayor of Eldmoor',
    },
  });

describe('stories in Chromium', () => {
  test('a card made in a story is underlined at once in an open tab, and undo takes it away', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('packs-en.html'));
    await waitForHighlights(page);
    expect(await readHighlights(page)).not.toContain('Mara Lindqvist');
    const added = await send({
      type: 'add-article',
      story: '',
      title: 'Eldmoor',
      article: HARBOUR_ARTICLE,
    });
    expect(added).toEqual({
      ok: true,
      value: { story: 'eldmoor', source: 'eldmoor-gazette', created: true },
    });
    expect(await makeMara('eldmoor')).toEqual({
      ok: true,
      value: { story: 'eldmoor', entity: 'mara-lindqvist' },
    });
    // No reload: the tab is told the packs changed and scans again.
    await waitForPainted(page, (t) => t.includes('Mara Lindqvist'));
    expect(await send({ type: 'story-undo', story: 'eldmoor' })).toEqual({
      ok: true,
      value: { story: 'eldmoor' },
    });
    await waitForPainted(page, (t) => !t.includes('Mara Lindqvist'));
    await page.close();
  });

  test('a refused edit says why; the story survives a stopped service worker and exports as a pack', async () => {
    expect(await makeMara('eldmoor')).toMatchObject({ ok: true });
    expect(
      await send({
        type: 'story-edit',
        edit: {
          op: 'add-name',
          story: 'eldmoor',
          entity: 'mara-lindqvist',
          text: 'the',
          lang: 'en',
        },
      }),
    ).toEqual({
      ok: false,
      error:
        '"the" is one of the commonest words of English: it would be marked all over every page.',
    });
    await suite.session.stopServiceWorker();
    expect((await storedPacks(options)).find((p) => p.id === 'eldmoor')).toMatchObject({
      enabled: true,
      stored: 1,
    });
    const listed = (await send({ type: 'stories' })) as { ok: true; value: { id: string }[] };
    expect(listed.value.map((s) => s.id)).toEqual(['eldmoor']);
    const exported = (await send({ type: 'export-pack', id: 'eldmoor' })) as {
      ok: true;
      value: string;
    };
    const checked = checkPackText(exported.value);
    expect(checked.ok ? checked.pack.entities.map((e) => e.id) : checked.problems).toEqual([
      'mara-lindqvist',
    ]);
  });
});
