import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPackFolder } from '@/scripts/pack-folder';
import { aliasSpecs } from '../dataset/alias-specs';
import { buildPack } from '../pack/build-pack';
import { packToDataset } from '../pack/convert';
import { compileParts, matcherFrom } from './matcher';
import { aliasesWithKeys, buildPrefilter } from './prefilter';
import { createProbe } from './prefilter-probe';

// The bundled catalogue against the test pages of all eight languages: a page gets the matcher of
// the keys the prefilter finds in it, which must find what the whole matcher finds.
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'e2e', 'fixtures');
// The pages in one language each (not the frame, shadow-root or form-field pages).
const pages = readdirSync(fixtures).filter((f) =>
  /^(coverage|detect|article|card)-..\.html$/.test(f),
);

/** A page's blocks, each as the text nodes a browser would make of it. */
function blocks(html: string): string[][] {
  const body = html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const decode = (s: string) =>
    s
      .replace(/&nbsp;/g, '\u00a0')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  return body
    .split(
      /<\/?(?:p|h[1-6]|li|div|article|section|header|footer|td|th|blockquote|figcaption|title|br)\b[^>]*>/i,
    )
    .map((block) => block.split(/<[^>]*>/).map(decode))
    .filter((nodes) => nodes.some((n) => n.trim()));
}

describe('the prefilter on the bundled catalogue', () => {
  const specs = aliasSpecs(
    packToDataset(buildPack(readPackFolder(join(root, 'seeds'), root)), 'v').entities,
  );
  const whole = compileParts(specs);
  const full = matcherFrom(whole);
  const filter = buildPrefilter(specs);

  test.each(pages)('%s: the matcher of its keys finds what the whole matcher finds', (page) => {
    const keys = new Set<number>();
    const probe = createProbe(filter, (hash) => {
      if (filter.exact.has(hash)) keys.add(hash);
    });
    const texts: string[] = [];
    for (const nodes of blocks(readFileSync(join(fixtures, page), 'utf8'))) {
      probe.reset();
      for (const node of nodes) probe.feed(node);
      probe.end();
      texts.push(nodes.join(''));
    }
    const picked = aliasesWithKeys(filter, keys);
    // As the background makes it: the set's event anchors, homes and places, its keys' aliases.
    const subset = matcherFrom(
      compileParts(
        picked.map((i) => specs[i]),
        whole,
      ),
    );
    let mentions = 0;
    for (const text of texts) {
      const found = subset.find(text).map((m) => ({ ...m, alias: picked[m.alias] }));
      expect(found).toEqual(full.find(text));
      mentions += found.length;
    }
    expect(mentions).toBeGreaterThan(0);
    expect(picked.length).toBeLessThan(specs.length / 2);
  });
});
