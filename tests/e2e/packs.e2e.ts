import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { syntheticPack } from '../../lib/pack/synthetic-pack';
import { mentionPoint, waitForDialog } from './helpers/card';
import { sendFromPage } from './helpers/extension';
import { readHighlights, waitForHighlights } from './helpers/highlights';
import { buildExamplePack, importThroughOptions, storedPacks } from './helpers/packs';
import { useChromiumSuite } from './helpers/suite';

const suite = useChromiumSuite();
let example: { path: string; text: string };
let options: Page;

beforeAll(async () => {
  example = buildExamplePack();
  options = await suite.session.openExtensionPage('options.html');
});

const painted = async (page: Page) => (await readHighlights(page)).sort();
async function waitForPainted(page: Page, check: (texts: string[]) => boolean) {
  const end = Date.now() + 10_000;
  for (;;) {
    const texts = await painted(page);
    if (check(texts)) return texts;
    if (Date.now() > end) throw new Error(`highlights stayed ${JSON.stringify(texts)}`);
    await page.waitForTimeout(100);
  }
}

describe('fact packs in Chromium', () => {
  test('the example pack imports through the options page; an open tab finds its entities at once', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('packs-en.html'));
    await waitForHighlights(page);
    expect(await painted(page)).not.toContain('Harbour Library');
    expect(await importThroughOptions(options, example.path)).toMatch(
      /Imported “Eldmoor: the Harbour Library \(example\)”, revision 1/,
    );
    expect(await options.locator('[data-pack="eldmoor-library"]').textContent()).toContain(
      '4 entities',
    );
    // No reload: the tab is told, fetches the new matcher and scans again.
    await waitForPainted(
      page,
      (t) => t.includes('Harbour Library') && t.includes('Mara Lindqvist'),
    );
    const { x, y } = await mentionPoint(page, 'Mara Lindqvist');
    await page.mouse.move(x, y);
    expect(await waitForDialog(page, 'Mara Lindqvist')).toBe('Mara Lindqvist');
    await page.close();
  });

  test('switching a pack off clears its highlights in an open tab, and on brings them back', async () => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url('packs-en.html'));
    await waitForPainted(page, (t) => t.includes('Harbour Library'));
    await options.locator('#pack-on-eldmoor-library').click();
    const off = await waitForPainted(page, (t) => !t.includes('Harbour Library'));
    expect(off).toContain('Ghada Waly');
    await options.locator('#pack-on-eldmoor-library').click();
    await waitForPainted(page, (t) => t.includes('Harbour Library'));
    await page.close();
  });

  test('a broken or older pack is refused with the reason, and nothing changes', async () => {
    const before = await storedPacks(options);
    const dir = mkdtempSync(join(tmpdir(), 'factcards-bad-'));
    writeFileSync(join(dir, 'broken.factpack.json'), example.text.slice(0, 200));
    expect(await importThroughOptions(options, join(dir, 'broken.factpack.json'))).toMatch(
      /not imported/,
    );
    expect(await options.locator('.problems').textContent()).toMatch(
      /not valid JSON at line 1, column 201/,
    );
    expect(await importThroughOptions(options, example.path)).toMatch(
      /revision 1 of "eldmoor-library" is installed/,
    );
    expect(await storedPacks(options)).toEqual(before);
  });

  test('a service worker stopped in the middle of an import leaves the packs as they were', async () => {
    const before = await storedPacks(options);
    const big = JSON.stringify(syntheticPack(20_000, 5, 'big'));
    void sendFromPage(options, { type: 'import-pack', text: big }).catch(() => undefined);
    // Long enough for the worker to be checking or writing, far from done with 20,000 entities.
    await options.waitForTimeout(700);
    await suite.session.stopServiceWorker();
    const after = await storedPacks(options);
    const big2 = after.find((p) => p.id === 'big');
    // Either the whole pack made it or none of it did; every other pack is untouched.
    if (big2) expect(big2.stored).toBe(20_000);
    expect(after.filter((p) => p.id !== 'big')).toEqual(before);
    expect(before.find((p) => p.id === 'eldmoor-library')?.stored).toBe(4);
  });
});
