import { foldString } from './fold';
import { headShortForms } from './head-short-forms';
import { officeNames, personShortForms, type ShortForm } from './person-short-forms';
import type { AliasSpec } from './types';

/**
 * The aliases with the short forms the rules give each entity (docs/PACKS.md, "what a pack gets
 * by rule"): a person's surname or given name, an event's or a document's head word with the
 * language's article; and a person's names that name the office alone are marked so
 * (AliasSpec.office). Every pack gets them where its aliases become a matcher, so a reader's
 * own story has them too. A form is left out when it is a full name of anything, or one the
 * entity lists already; a form two entities share is kept for both, and the page decides
 * (short-forms.ts).
 */
export function withShortForms(specs: readonly AliasSpec[]): AliasSpec[] {
  const fold = (text: string) => foldString(text).trim();
  const taken = new Set<string>();
  const listed = new Set<string>();
  const names = new Map<string, AliasSpec[]>();
  for (const spec of specs) {
    const folded = fold(spec.text);
    listed.add(`${spec.entityId}\n${folded}`);
    if (spec.short || spec.exclude || spec.generic) continue;
    taken.add(folded);
    const list = names.get(spec.entityId);
    if (list) list.push(spec);
    else names.set(spec.entityId, [spec]);
  }
  // A person's names that name the office alone are marked so (AliasSpec.office).
  const offices = new Set<AliasSpec>();
  for (const own of names.values()) {
    if (own[0].type === 'person') for (const office of officeNames(own)) offices.add(office);
  }
  const out = specs.map((spec) => (offices.has(spec) ? { ...spec, office: true } : spec));
  const seen = new Set<string>();
  for (const [entityId, own] of names) {
    const type = own[0].type;
    let forms: ShortForm[] = [];
    if (type === 'person') forms = personShortForms(own);
    else if (type === 'event' || type === 'document') forms = headShortForms(own, type, taken);
    for (const { text, lang, titled } of forms) {
      const folded = fold(text);
      const key = `${entityId}\n${lang}\n${folded}`;
      if (!folded || taken.has(folded) || listed.has(`${entityId}\n${folded}`) || seen.has(key)) {
        continue;
      }
      seen.add(key);
      out.push({ text, entityId, lang, type, short: true, ...(titled ? { titled } : {}) });
    }
  }
  return out;
}
