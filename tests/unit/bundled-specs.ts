import { join } from 'node:path';
import { aliasSpecs, entityPatterns, expandPatterns } from '@/lib/dataset/alias-specs';
import { withArabicSpellings } from '@/lib/match/arabic-spellings';
import { withBodyForms } from '@/lib/match/body-forms';
import { compileMatcher, type Matcher } from '@/lib/match/matcher';
import { withShortForms } from '@/lib/match/short-form-rules';
import { keepNamedShortForms } from '@/lib/match/short-forms';
import type { AliasSpec } from '@/lib/match/types';
import { buildPack } from '@/lib/pack/build-pack';
import { packToDataset } from '@/lib/pack/convert';
import { readPackFolder } from '@/scripts/pack-folder';

const root = join(import.meta.dirname, '..', '..');
let specs: AliasSpec[] | undefined;
let matcher: Matcher | undefined;

/**
 * The bundled catalogue's aliases, the short forms the rules give them and its name patterns
 * expanded, as the extension compiles them (built once per test file).
 */
export function bundledSpecs(): AliasSpec[] {
  if (specs) return specs;
  const { entities } = packToDataset(buildPack(readPackFolder(join(root, 'seeds'), root)), 'v');
  specs = [
    ...withShortForms(withBodyForms(withArabicSpellings(aliasSpecs(entities)))),
    ...expandPatterns(entityPatterns(entities)),
  ];
  return specs;
}

/**
 * Each mention the bundled catalogue finds in a text, as "entity: text", inner ones too; a short
 * form only after its full name, as on a page. Call it
 * where tests are collected: building the catalogue then counts against no test's time limit.
 */
export function bundledFinder(): (text: string) => string[] {
  matcher ??= compileMatcher(bundledSpecs());
  const found = matcher;
  return (text) =>
    keepNamedShortForms(found.find(text)).map(
      (m) => `${m.entityId}: ${text.slice(m.start, m.end)}`,
    );
}
