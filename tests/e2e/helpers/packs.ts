import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildPack } from '../../../lib/pack/build-pack';
import { readPackFolder } from '../../../scripts/pack-folder';
import { ROOT } from './build';

/** Builds the example pack with the same code as `npm run pack -- build`, into a temporary file. */
export function buildExamplePack(): { path: string; text: string } {
  const pack = buildPack(readPackFolder(join(ROOT, 'examples', 'eldmoor-library'), ROOT));
  const path = join(
    mkdtempSync(join(tmpdir(), 'factcards-pack-')),
    'eldmoor-library.factpack.json',
  );
  const text = JSON.stringify(pack);
  writeFileSync(path, text);
  return { path, text };
}

/** The options page's status line after an import (its text once it says done or failed). */
export async function importThroughOptions(
  page: Page,
  path: string,
  timeout = 30_000,
): Promise<string> {
  await page.locator('#pack-file').setInputFiles(path);
  const status = page.locator('.drop [role="status"]');
  await page.waitForFunction(
    () => {
      const text = document.querySelector('.drop [role="status"]')?.textContent ?? '';
      return /Imported|not imported/.test(text);
    },
    undefined,
    { timeout },
  );
  return (await status.textContent()) ?? '';
}

/** Pack ids and entity counts as stored, read from an extension page. */
export function storedPacks(
  page: Page,
): Promise<{ id: string; enabled: boolean; entities: number; stored: number }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('factcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['packs', 'entities']);
          const all = tx.objectStore('packs').getAll();
          const out: { id: string; enabled: boolean; entities: number; stored: number }[] = [];
          all.onsuccess = () => {
            for (const p of all.result) {
              const row = { id: p.id, enabled: p.enabled, entities: p.counts.entities, stored: 0 };
              out.push(row);
              const count = tx.objectStore('entities').index('pack').count(p.id);
              count.onsuccess = () => {
                row.stored = count.result;
              };
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
        };
      }),
  );
}
