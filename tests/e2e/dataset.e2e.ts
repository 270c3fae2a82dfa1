import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './helpers/build';
import { launchChromium } from './helpers/chromium';
import { waitForImport } from './helpers/extension';

const REQUIRED = [
  'to-lam',
  'luong-tam-quang',
  'phan-van-giang',
  'le-hoai-trung',
  'ghada-waly',
  'maria-jose-pinto',
  'pham-minh-chinh',
  'pham-the-tung',
  'dang-hoang-giang',
  'luong-cuong',
  'bui-thanh-son',
  'unodc',
  'united-nations',
  'un-general-assembly',
  'un-office-of-legal-affairs',
  'ministry-of-public-security',
  'ministry-of-foreign-affairs',
  'ministry-of-finance',
  'party-central-committee',
  'politburo',
  'steering-committee',
  'hanoi-convention',
  'signing-ceremony',
  'high-level-conference',
  'party-congress-14',
  'un-charter',
  'hanoi',
  'vietnam',
  'ecuador',
  'cybercrime-training-centre',
];

test('every catalogued entity reaches the extension database, each fact with its verified quote', async () => {
  const dataset = JSON.parse(readFileSync(join(ROOT, 'public', 'dataset.json'), 'utf8'));
  const session = await launchChromium();
  try {
    const page = await session.openExtensionPage('popup.html');
    await waitForImport(page);
    const stored = await page.evaluate(
      () =>
        new Promise<{ id: string; facts: { quote: string; seed: string }[] }[]>(
          (resolve, reject) => {
            const open = indexedDB.open('factcards');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('entities').objectStore('entities').getAll();
              all.onsuccess = () => resolve(all.result);
            };
          },
        ),
    );
    const ids = stored.map((e) => e.id).sort();
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    expect(ids).toEqual(dataset.entities.map((e: { id: string }) => e.id).sort());
    const seeds = new Map<string, string>(
      dataset.seeds.map((s: { id: string; text: string }) => [s.id, s.text.replace(/\s+/g, ' ')]),
    );
    for (const entity of stored) {
      expect(entity.facts.length, entity.id).toBeGreaterThanOrEqual(2);
      for (const fact of entity.facts) {
        expect(seeds.get(fact.seed), `${entity.id}: ${fact.quote}`).toContain(
          fact.quote.replace(/\s+/g, ' '),
        );
      }
    }
  } finally {
    await session.close();
  }
});
