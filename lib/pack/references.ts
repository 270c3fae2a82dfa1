import { collapseSpace } from '../dataset/check';
import { foldText } from '../match/fold';
import type { PackPath } from './json-text';
import { commonNameReason, quoteName } from './name-check';
import type { Pack } from './schema';

type Report = (path: PackPath, message: string) => void;

const SLICE = 500;

/**
 * What the schema cannot say: ids are unique, facts cite a source and one of its translations
 * whose text holds the quote, derived references point inside the pack, no two entities claim
 * the same name, and no name would mark common words.
 */
export function* checkReferences(pack: Pack, report: Report): Generator<number, void> {
  const sources = new Map<string, Set<string>>();
  const texts = new Map<string, string>();
  pack.sources.forEach((source, i) => {
    if (sources.has(source.id))
      report(['sources', i, 'id'], `source id "${source.id}" is used twice`);
    sources.set(source.id, new Set(source.translations.map((t) => t.id)));
    source.translations.forEach((t, j) => {
      if (texts.has(t.id))
        report(['sources', i, 'translations', j, 'id'], `translation id "${t.id}" is used twice`);
      texts.set(t.id, t.text);
    });
  });
  const collapsed = new Map<string, string>();
  const textOf = (translation: string) => {
    let text = collapsed.get(translation);
    if (text === undefined) {
      text = collapseSpace(texts.get(translation) ?? '');
      collapsed.set(translation, text);
    }
    return text;
  };
  const entityIds = new Set<string>();
  pack.entities.forEach((entity, i) => {
    if (entityIds.has(entity.id))
      report(['entities', i, 'id'], `entity id "${entity.id}" is used twice`);
    entityIds.add(entity.id);
  });
  const checkFact = (fact: Pack['entities'][number]['facts'][number], at: PackPath) => {
    const translations = sources.get(fact.source);
    if (!translations) {
      report([...at, 'source'], `unknown source "${fact.source}"`);
    } else if (!translations.has(fact.translation)) {
      report(
        [...at, 'translation'],
        `"${fact.translation}" is not a translation of source "${fact.source}"`,
      );
    } else {
      const text = textOf(fact.translation);
      const exact = collapseSpace(fact.quote.exact);
      const { prefix, suffix } = fact.quote;
      if (!text.includes(exact)) {
        report(
          [...at, 'quote', 'exact'],
          `quote not found in translation "${fact.translation}": "${exact}"`,
        );
      } else if (!text.includes(collapseSpace(`${prefix}${fact.quote.exact}${suffix}`))) {
        report([...at, 'quote'], 'prefix and suffix do not surround the quote in its translation');
      }
    }
  };
  const owners = new Map<string, string>();
  for (let i = 0; i < pack.entities.length; i++) {
    // A turn for the page every few hundred entities: folding 100,000 names takes a while.
    if (i % SLICE === SLICE - 1) yield (i + 1) / pack.entities.length;
    const entity = pack.entities[i];
    const at = (...path: PackPath) => ['entities', i, ...path];
    entity.facts.forEach((fact, f) => {
      checkFact(fact, at('facts', f));
    });
    entity.mentions.forEach((m, j) => {
      if (!texts.has(m.translation))
        report(at('mentions', j, 'translation'), `unknown translation "${m.translation}"`);
    });
    entity.related.forEach((r, j) => {
      if (!entityIds.has(r.id)) report(at('related', j, 'id'), `unknown entity "${r.id}"`);
    });
    const own = new Set<string>();
    entity.aliases.forEach((alias, j) => {
      // Two entities may well both say that a longer name is neither of them.
      if (alias.exclude) return;
      const common = commonNameReason(alias.text);
      if (common) report(at('aliases', j, 'text'), `alias ${quoteName(alias.text)} ${common}`);
      const key = foldText(alias.text).folded;
      const owner = owners.get(key);
      if (owner !== undefined && owner !== entity.id && !own.has(key)) {
        report(at('aliases', j, 'text'), `alias "${alias.text}" is also a name of "${owner}"`);
      }
      own.add(key);
      owners.set(key, owner ?? entity.id);
    });
  }
}
