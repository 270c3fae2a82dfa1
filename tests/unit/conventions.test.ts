import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CARD_STRING_KEYS } from '@/components/card/strings';
import { LANGS } from '@/lib/dataset/types';

const root = join(import.meta.dirname, '..', '..');
const locales = join(root, 'public', '_locales');
const messages = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8'));

describe('conventions', () => {
  test('there is a locale for every dataset language, and no other', () => {
    expect(readdirSync(locales).sort()).toEqual([...LANGS].sort());
  });

  test.each(LANGS.filter((l) => l !== 'en'))('every UI string exists in %s', (lang) => {
    const english = Object.keys(messages('en')).sort();
    const translated = messages(lang);
    expect(Object.keys(translated).sort()).toEqual(english);
    for (const key of english) expect(translated[key].message.trim(), key).not.toBe('');
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
      .concat(['lib/dataset', 'lib/story', 'tests/e2e/helpers', 'utils', 'entrypoints/popup']);
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
