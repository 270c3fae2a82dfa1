import { foldText } from '../match/fold';
import { syntheticAliases } from '../match/synthetic';
import type { Pack } from './schema';

const SENTENCE = 'The committee met on Monday and agreed on the next steps.';

/**
 * A valid pack of `entities` entities with `perEntity` synthetic names each, for the scale tests
 * and benchmarks: the same data every run, without shipping a large file.
 */
export function syntheticPack(entities: number, perEntity = 5, id = 'synthetic'): Pack {
  const seen = new Set<string>();
  const names: { text: string; lang: string }[] = [];
  for (let seed = 1; names.length < entities * perEntity; seed++) {
    for (const spec of syntheticAliases(entities * perEntity, seed)) {
      const key = foldText(spec.text).folded;
      if (seen.has(key)) continue;
      seen.add(key);
      names.push({ text: spec.text, lang: spec.lang });
      if (names.length === entities * perEntity) break;
    }
  }
  return {
    format: 1,
    id,
    revision: 1,
    title: `Synthetic pack (${entities} entities)`,
    languages: ['en'],
    licence: 'CC0 1.0',
    attribution: 'Generated for tests and benchmarks',
    minExtensionVersion: '0.1.0',
    sources: [
      {
        id: 'wire',
        publisher: 'Synthetic Wire',
        url: 'https://wire.example.org/story',
        language: 'en',
        title: 'Synthetic story',
        date: '2026-01-01',
        translations: [
          {
            id: 'wire-en',
            lang: 'en',
            text: `${SENTENCE}\nSource: https://wire.example.org/story`,
          },
        ],
      },
    ],
    entities: Array.from({ length: entities }, (_, i) => {
      const own = names.slice(i * perEntity, (i + 1) * perEntity);
      return {
        id: `entity-${i}`,
        type: 'person' as const,
        name: { en: own[0].text },
        description: { en: `Synthetic entity ${i}` },
        aliases: own.map((n) => ({ text: n.text, lang: n.lang as 'en', external: true })),
        facts: [
          {
            text: { en: 'Attended the committee meeting.' },
            source: 'wire',
            translation: 'wire-en',
            quote: { exact: 'The committee met on Monday', prefix: '', suffix: ' and agreed' },
          },
        ],
        mentions: [],
        related: [],
      };
    }),
  };
}
