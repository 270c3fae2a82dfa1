import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_STRING_KEYS } from '@/components/card/strings';
import { LANGS } from '@/lib/dataset/types';

const root = join(import.meta.dirname, '..', '..');
const locales = join(root, 'public', '_locales');
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8'));

/**
 * The __MSG_ keys the built manifests can name: WXT writes them from wxt.config.ts and from the
 * manifest-bearing tags (<title>, <meta name="manifest.*">) of the entry points' HTML.
 */
function manifestMessageKeys(): string[] {
  const entrypoints = join(root, 'entrypoints');
  const html = readdirSync(entrypoints, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => readFileSync(join(entrypoints, f), 'utf8'));
  const sources = [readFileSync(join(root, 'wxt.config.ts'), 'utf8'), ...html];
  const keys = sources.flatMap((text) => [...text.matchAll(/__MSG_(\w+?)__/g)].map((m) => m[1]));
  return [...new Set(keys)].sort();
}

describe('conventions', () => {
  test('there is a locale for every dataset language, and no other', () => {
    expect(readdirSync(locales).sort()).toEqual([...LANGS].sort());
  });

  test.each(LANGS)('every UI string any locale has exists in %s', (lang) => {
    const all = [...new Set(LANGS.flatMap((l) => Object.keys(messages(l))))].sort();
    const translated = messages(lang);
    expect(Object.keys(translated).sort()).toEqual(all);
    for (const key of all) expect(translated[key].message.trim(), key).not.toBe('');
  });

  test('every __MSG_ key the manifest names exists in every locale', () => {
    const keys = manifestMessageKeys();
    // The name, the description, the commands and the toolbar button's title at least.
    expect(keys).toEqual(
      expect.arrayContaining(['extName', 'extDescription', 'command_next', 'action_title']),
    );
    for (const lang of LANGS) {
      const missing = keys.filter((key) => !Object.hasOwn(messages(lang), key));
      expect(missing, lang).toEqual([]);
    }
  });

  test("the toolbar button's title is translated", () => {
    // WXT makes the popup's <title> the action's default_title.
    const html = readFileSync(join(root, 'entrypoints', 'popup', 'index.html'), 'utf8');
    expect(html.match(/<title>(.*)<\/title>/)?.[1]).toMatch(/^__MSG_\w+__$/);
  });

  test('placeholders survive translation', () => {
    const english = messages('en');
    for (const lang of LANGS) {
      for (const [key, { message }] of Object.entries(messages(lang))) {
        const wanted = english[key].message.match(/\$\d/g)?.sort() ?? [];
        expect(message.match(/\$\d/g)?.sort() ?? [], `${lang}/${key}`).toEqual(wanted);
      }
    }
  });

  test.each(LANGS)('the store listing in %s has a short description and every section', (lang) => {
    const listing = (l: string) =>
      readFileSync(join(root, 'docs', 'store', 'listing', `${l}.md`), 'utf8').split('\n');
    const [title, , short] = listing(lang);
    expect(title).toBe(`# ${messages(lang).extName.message}`);
    // The Chrome Web Store's summary takes at most 132 characters.
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(132);
    const sections = (l: string) => listing(l).filter((line) => line.startsWith('## ')).length;
    expect(sections(lang)).toBe(sections('en'));
  });

  test('every icon the manifests name is a committed PNG of its size', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const sizes = JSON.parse(config.match(/const ICON_SIZES = (\[[\d, ]+\])/)![1]) as number[];
    expect(sizes).toEqual([16, 32, 48, 128]);
    for (const size of sizes) {
      for (const name of [`${size}.png`, `${size}-light.png`]) {
        const png = readFileSync(join(root, 'public', 'icons', name));
        // A PNG's width and height are the first two fields of its IHDR chunk.
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([size, size]);
      }
    }
  });

  test('the card asks only for strings that exist', () => {
    const english = messages('en');
    for (const key of CARD_STRING_KEYS) expect(english[key], key).toBeDefined();
  });

  test('every file docs/ARCHITECTURE.md names exists', () => {
    const doc = readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8');
    // A path is written from the project root, or from the folder its paragraph is about.
    const bases = [
      '',
      'entrypoints/content',
      'entrypoints/content/card',
      'entrypoints/content/card-host',
    ]
      .concat(['lib/match', 'lib/page', 'lib/pack', 'lib/store', 'lib/background', 'lib/card'])
      .concat([
        'lib/dataset',
        'lib/story',
        'lib/builder',
        'tests/e2e/helpers',
        'utils',
        'entrypoints/popup',
      ]);
    const named = [...doc.matchAll(/`([\w./-]+\.(?:ts|tsx|css|json|md|html|yaml))`/g)].map(
      (m) => m[1],
    );
    expect(named.length).toBeGreaterThan(50);
    const missing = named.filter(
      (path) => !path.includes('*') && !bases.some((base) => existsSync(join(root, base, path))),
    );
    expect(missing).toEqual([]);
  });

  test('every component is tested, directly or through the tested component that renders it', () => {
    const components = join(root, 'components');
    const files = readdirSync(components, { recursive: true, encoding: 'utf8' });
    const all = files.filter((f) => /(^|\/)[A-Z]\w+\.tsx$/.test(f) && !f.endsWith('.test.tsx'));
    const covered = new Set(all.filter((f) => files.includes(f.replace(/\.tsx$/, '.test.tsx'))));
    // A component rendered by a covered one is covered too (FactItem inside FactCard).
    for (let grew = true; grew; ) {
      grew = false;
      for (const parent of [...covered]) {
        const source = readFileSync(join(components, parent), 'utf8');
        const dir = parent.replace(/[^/]+$/, '');
        for (const [, name] of source.matchAll(/from '\.\/([A-Z]\w+)'/g)) {
          const child = `${dir}${name}.tsx`;
          if (all.includes(child) && !covered.has(child)) {
            covered.add(child);
            grew = true;
          }
        }
      }
    }
    expect(all.filter((f) => !covered.has(f))).toEqual([]);
  });
});
