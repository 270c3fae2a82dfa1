import type { Lang } from '../dataset/types';
import {
  PATTERN_ADJECTIVES,
  PATTERN_BODIES,
  PATTERN_HEADS,
  PATTERN_LINKS,
  wordList,
} from '../lang/pattern-words';
import type { AliasSpec } from './types';

/**
 * An entity's descriptive names as a pattern rather than a list: a head word ("treaty"), an
 * optional body ("un": "UN", "ONZ", "de la ONU", ...; "none" beside others: or none), a linking
 * word ("against") and the
 * entity's own subject in each language, as it follows the link. Head, body and link name the
 * shared vocabularies of lib/lang/pattern-words.ts; each may name several.
 */
export interface NamePattern {
  head: string | string[];
  body?: string | string[];
  link: string | string[];
  subject: Partial<Record<Lang, string[]>>;
  /**
   * The subject written before the head, in the languages that write it so: "cybercrime" of "the
   * UN's new cybercrime treaty", after a body written before a name and an adjective.
   */
  modifier?: Partial<Record<Lang, string[]>>;
}

/** The body that is none (pattern-words.ts): beside others, the head alone starts a name too. */
const NO_BODY = 'none';

const list = (names: string | string[] | undefined): string[] =>
  names === undefined ? [] : Array.isArray(names) ? names : [names];

/** The vocabulary names a pattern uses that lib/lang does not define, for the checks. */
export function unknownWords(pattern: NamePattern): string[] {
  return [
    ...list(pattern.head)
      .filter((n) => !PATTERN_HEADS[n])
      .map((n) => `head "${n}"`),
    ...list(pattern.body)
      .filter((n) => !PATTERN_BODIES[n])
      .map((n) => `body "${n}"`),
    ...list(pattern.link)
      .filter((n) => !PATTERN_LINKS[n])
      .map((n) => `link "${n}"`),
  ];
}

/** Every word of the named vocabularies in one language. */
function words<T>(
  names: string[],
  vocab: Record<string, T>,
  pick: (entry: T) => string | undefined,
) {
  return [...new Set(names.flatMap((n) => (vocab[n] ? wordList(pick(vocab[n])) : [])))];
}

const ARABIC_ARTICLE = 'ال';

/**
 * An Arabic head of a noun and its adjective takes the body between them, the adjective as
 * written and with the article the now definite noun calls for: "مؤتمر رفيع المستوى" of the UN is
 * "مؤتمر الأمم المتحدة رفيع المستوى" and "مؤتمر الأمم المتحدة الرفيع المستوى". Not a noun with
 * the article, which takes no body after it.
 */
function arabicInside(head: string, body: string, lang: Lang): string[] {
  const [noun, ...rest] = head.split(' ');
  if (lang !== 'ar' || rest.length === 0 || noun.startsWith(ARABIC_ARTICLE)) return [];
  const adjective = rest.join(' ');
  const definite = adjective.startsWith(ARABIC_ARTICLE) ? adjective : ARABIC_ARTICLE + adjective;
  return [...new Set([adjective, definite])].map((a) => `${noun} ${body} ${a}`);
}

/**
 * A German head of an adjective and a noun takes a body written before it between the two, joined
 * to the noun: "hochrangige Konferenz" of the UN is "hochrangige UN-Konferenz" (a hyphen folds to
 * a space).
 */
function germanInside(head: string, body: string, lang: Lang): string[] {
  const parts = head.split(' ');
  if (lang !== 'de' || parts.length !== 2 || !/(?:e|en|er|es|em)$/u.test(parts[0])) return [];
  return [`${parts[0]} ${body} ${parts[1]}`];
}

/**
 * The fronts of a pattern in one language: the head with its body before or after it (`fronts`),
 * and each name with an adjective inside as the name up to and with the adjective and what
 * follows it (`split`): "UN's new" + "treaty", "convention internationale" + "de l'ONU",
 * "اتفاقية الأمم المتحدة" + "الجديدة". PATTERN_ADJECTIVES says where a language puts the
 * adjective; an adjective before the whole name stays outside it ("la nueva | convención de la
 * ONU ..."), and a scope word takes none ("global treaty").
 */
function frontsOf(pattern: NamePattern, lang: Lang) {
  const heads = words(list(pattern.head), PATTERN_HEADS, (w) => w[lang]);
  const bodies = list(pattern.body);
  const { words: adjectiveList, at } = PATTERN_ADJECTIVES[lang];
  const adjectives = wordList(adjectiveList);
  const fronts = new Set<string>();
  const split: [string, string][] = [];
  const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
  for (const head of heads) {
    if (bodies.length === 0 || bodies.includes(NO_BODY)) fronts.add(head);
    for (const name of bodies) {
      const body = PATTERN_BODIES[name];
      if (!body) continue;
      // Only a body that takes adjectives ("un", not the scope word "global") gets one beside it.
      const inner = body.adjectives ? adjectives : [];
      for (const b of wordList(body.before[lang])) {
        fronts.add(join(b, head));
        for (const front of germanInside(head, b, lang)) fronts.add(front);
        if (at === 'before-head') for (const a of inner) split.push([join(b, a), head]);
      }
      for (const b of wordList(body.after[lang])) {
        fronts.add(join(head, b));
        for (const front of arabicInside(head, b, lang)) fronts.add(front);
        if (at === 'after-head') for (const a of inner) split.push([join(head, a), b]);
        if (at === 'after-body') for (const a of inner) split.push([join(head, b), a]);
      }
    }
  }
  return { fronts, split };
}

/**
 * The fronts of a pattern in one language as the automaton holds them: whole fronts, and for the
 * names with an adjective inside a lead and a middle joined where they meet (join-parts.ts).
 * Held whole, every body, adjective and head would be one more name of the automaton. A lead that
 * is a whole front too ("اتفاقية الأمم المتحدة") is held as a front: a middle may follow any front.
 */
export function frontParts(
  pattern: NamePattern,
  lang: Lang,
): { fronts: string[]; leads: string[]; middles: string[] } {
  const { fronts, split } = frontsOf(pattern, lang);
  const leads = new Set(split.map(([lead]) => lead).filter((lead) => !fronts.has(lead)));
  const middles = new Set(split.map(([, middle]) => middle));
  return { fronts: [...fronts], leads: [...leads], middles: [...middles] };
}

/**
 * The fronts of a pattern in one language, each whole: the head with its body, and at most one
 * adjective inside the name where the language puts it ("UN's new treaty", "convention
 * internationale de l'ONU", "اتفاقية الأمم المتحدة الجديدة"). What `frontParts` holds in parts.
 */
export function patternFronts(pattern: NamePattern, lang: Lang): string[] {
  const { fronts, split } = frontsOf(pattern, lang);
  return [...new Set([...fronts, ...split.map(([lead, middle]) => `${lead} ${middle}`)])];
}

/** The backs of a pattern in one language: a link and the subject ("on computer crime"). */
export function patternBacks(pattern: NamePattern, lang: Lang): string[] {
  const links = words(list(pattern.link), PATTERN_LINKS, (w) => w[lang]);
  const subjects = pattern.subject[lang] ?? [];
  return [...new Set(links.flatMap((link) => subjects.map((s) => `${link} ${s.trim()}`)))];
}

/**
 * What a pattern's tails follow in one language: each body written before a name, alone and,
 * where the body takes one, with an adjective ("UN", "UN's new", "global").
 */
export function tailLeads(pattern: NamePattern, lang: Lang): string[] {
  const adjectives = wordList(PATTERN_ADJECTIVES[lang].words);
  const leads = new Set<string>();
  for (const name of list(pattern.body)) {
    const body = PATTERN_BODIES[name];
    if (!body) continue;
    for (const b of wordList(body.before[lang])) {
      leads.add(b);
      if (body.adjectives) for (const a of adjectives) leads.add(`${b} ${a}`);
    }
  }
  return [...leads];
}

/**
 * The languages that write a modifier and a head of one word as one word ("Cybercrimeabkommen",
 * "cybercrimeverdrag") or with a hyphen ("Cybercrime-Abkommen"), which folds to a space.
 */
const COMPOUNDING: ReadonlySet<Lang> = new Set(['de', 'nl']);

/**
 * The tails of a pattern in one language: its subject before each head ("cybercrime treaty"),
 * and in German and Dutch the compound of the two ("Cybercrimeabkommen").
 */
export function patternTails(pattern: NamePattern, lang: Lang): string[] {
  const heads = words(list(pattern.head), PATTERN_HEADS, (w) => w[lang]);
  const modifiers = (pattern.modifier?.[lang] ?? []).map((m) => m.trim());
  const compound = (m: string, head: string) =>
    COMPOUNDING.has(lang) && !head.includes(' ') && !m.includes(' ') ? [`${m}${head}`] : [];
  return [
    ...new Set(
      modifiers.flatMap((m) => heads.flatMap((head) => [`${m} ${head}`, ...compound(m, head)])),
    ),
  ];
}

/**
 * What a pattern's tails take after them in the languages that join the subject to the head: each
 * body written after a name ("Cybercrime-Abkommen" + "der Vereinten Nationen", "cybercrimeverdrag"
 * + "van de VN"). The subject before the head says what the thing is about, as a link and a
 * subject after it do. English writes "the UN cybercrime treaty".
 */
export function tailBodies(pattern: NamePattern, lang: Lang): string[] {
  if (!COMPOUNDING.has(lang)) return [];
  return [
    ...new Set(list(pattern.body).flatMap((name) => wordList(PATTERN_BODIES[name]?.after[lang]))),
  ];
}

/** The group of a pattern: its heads and bodies. Patterns of one group share their fronts. */
export function patternGroup(pattern: NamePattern): string {
  return `${[...list(pattern.head)].sort().join(',')}|${[...list(pattern.body)].sort().join(',')}`;
}

/**
 * Patterns as matcher input: their fronts (with leads and middles: `frontParts`) and backs in
 * each language of their subjects, and their tails with the leads they follow. The matcher takes
 * a front only when a back of its group follows it after one space, or a middle and then a back,
 * and a lead with a tail right after it (join-parts.ts), so the automaton holds the parts, not
 * their product. Fronts, leads and middles belong to the group: made once per group and language,
 * with "pattern:" and the group as their entity; backs and tails belong to their entity.
 */
export function patternSpecs(
  patterns: readonly { pattern: NamePattern; entityId: string; type?: string }[],
): AliasSpec[] {
  const made = new Set<string>();
  const specs: AliasSpec[] = [];
  for (const { pattern, entityId, type } of patterns) {
    const group = patternGroup(pattern);
    // Backs and tails name the entity; the other parts belong to the group.
    const partSpec =
      (lang: Lang) =>
      (text: string, part: NonNullable<AliasSpec['part']>): AliasSpec => ({
        text,
        entityId: part === 'back' || part === 'tail' ? entityId : `pattern:${group}`,
        lang,
        ...(type ? { type } : {}),
        part,
        group,
      });
    for (const lang of Object.keys(pattern.modifier ?? {}) as Lang[]) {
      const tails = patternTails(pattern, lang);
      if (tails.length === 0) continue;
      const spec = partSpec(lang);
      if (!made.has(`${group}\u0000${lang}\u0000tail`)) {
        made.add(`${group}\u0000${lang}\u0000tail`);
        for (const text of tailLeads(pattern, lang)) specs.push(spec(text, 'lead'));
        for (const text of tailBodies(pattern, lang)) specs.push(spec(text, 'after'));
      }
      for (const text of tails) {
        specs.push(spec(text, 'tail'));
        // Once the entity is named, a tail alone is a short form of it: "the cybercrime treaty",
        // "das Cybercrime-Abkommen".
        specs.push({ text, entityId, lang, ...(type ? { type } : {}), short: true });
      }
    }
    for (const lang of Object.keys(pattern.subject) as Lang[]) {
      const backs = patternBacks(pattern, lang);
      if (backs.length === 0) continue;
      const spec = partSpec(lang);
      if (!made.has(`${group}\u0000${lang}`)) {
        made.add(`${group}\u0000${lang}`);
        const { fronts, leads, middles } = frontParts(pattern, lang);
        for (const text of fronts) specs.push(spec(text, 'front'));
        for (const text of leads) specs.push(spec(text, 'lead'));
        for (const text of middles) specs.push(spec(text, 'middle'));
      }
      for (const text of backs) specs.push(spec(text, 'back'));
    }
  }
  return specs;
}
