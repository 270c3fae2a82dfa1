// Screenshots for the README: the popup over a fixture news page, the reader page at a quote, and
// the options page's packs with the example pack imported and a broken pack refused.
// Run after a build: `npx tsx scripts/screenshots.ts [--dark] [outDir]` (default outDir: docs).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset } from '../lib/dataset/types';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { waitForHighlights } from '../tests/e2e/helpers/highlights';
import { buildExamplePack, importThroughOptions } from '../tests/e2e/helpers/packs';
import { serveFixtures } from '../tests/e2e/helpers/server';

const root = join(import.meta.dirname, '..');
const dark = process.argv.includes('--dark');
const outDir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(root, 'docs');
const suffix = dark ? '-dark' : '';
const dataset: Dataset = JSON.parse(readFileSync(join(root, 'public', 'dataset.json'), 'utf8'));

const server = await serveFixtures();
const session = await launchChromium({ colorScheme: dark ? 'dark' : 'light' });
try {
  const control = await session.openExtensionPage('popup.html');
  await waitForImport(control);

  // The popup speaks about the tab named by ?tab=, as the e2e tests open it.
  const url = server.url('popup-article.html');
  const [page, tabId] = await Promise.all([
    session.context.waitForEvent('page'),
    control.evaluate((u) => {
      type Tabs = { create(p: { url: string }): Promise<{ id: number }> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return tabs.create({ url: u }).then((tab) => tab.id);
    }, url),
  ]);
  await waitForHighlights(page, 7);
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.locator('.mentions .mention').first().waitFor();
  await popup.locator('a.headline').nth(3).waitFor();
  await popup.screenshot({ path: join(outDir, `popup${suffix}.png`), fullPage: true });

  // The reader at the quote of a card about To Lam, in the Polish translation.
  const fact = dataset.entities
    .find((e) => e.id === 'to-lam')!
    .facts.find((f) => dataset.seeds.find((s) => s.id === f.seed)?.lang === 'pl')!;
  const query = new URLSearchParams({ seed: fact.seed, quote: fact.quote });
  const reader = await session.openExtensionPage(`reader.html?${query}`);
  await reader.setViewportSize({ width: 1000, height: 760 });
  await reader.waitForFunction(() => CSS.highlights.get('factcard-quote')?.size === 1);
  await reader.screenshot({ path: join(outDir, `reader${suffix}.png`) });

  // The options page's packs: the bundled one and the example pack, then a copy of the example
  // with an emptied quote, refused with the JSON path of the problem.
  const example = buildExamplePack();
  const broken = JSON.parse(example.text);
  broken.entities[0].facts[0].quote.exact = '';
  const brokenPath = join(mkdtempSync(join(tmpdir(), 'factcards-bad-')), 'broken.factpack.json');
  writeFileSync(brokenPath, JSON.stringify(broken));
  const options = await session.openExtensionPage('options.html');
  await options.setViewportSize({ width: 900, height: 800 });
  await importThroughOptions(options, example.path);
  await options.locator('[data-pack="eldmoor-library"]').waitFor();
  await importThroughOptions(options, brokenPath);
  await options.locator('.problems li').first().waitFor();
  const box = await options
    .locator('section.panel', { has: options.locator('#packs-heading') })
    .boundingBox();
  if (!box) throw new Error('the packs section is not shown');
  const margin = 16;
  await options.screenshot({
    path: join(outDir, `options-packs${suffix}.png`),
    fullPage: true,
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y - margin),
      width: box.width + 2 * margin,
      height: box.height + 2 * margin,
    },
  });
  console.log(
    `Saved popup${suffix}.png, reader${suffix}.png and options-packs${suffix}.png to ${outDir}`,
  );
} finally {
  await session.close();
  await server.close();
}
