import { isStateCode } from '../lang/demonyms';
import { foldText } from '../match/fold';
import type { NamePattern } from '../match/name-patterns';
import { readPatterns } from './read-patterns';
import type { Alias, Entity, Fact, Lang, LangText } from './types';
import { ENTITY_TYPES, LANGS } from './types';
import type { YamlReader } from './yaml-reader';

/** An entity as written in the catalogue, before the build derives mentions and relations. */
export interface CatalogEntity extends Omit<Entity, 'mentions' | 'related' | 'aliases'> {
  aliases: (Alias & { prefer: boolean; path: (string | number)[] })[];
  reader: YamlReader;
}

const FIELDS = [
  'id',
  'type',
  'name',
  'description',
  'aliases',
  'external',
  'exclude',
  'patterns',
  'country',
  'facts',
];
const FACT_FIELDS = ['text', 'source', 'seed', 'quote'];
const ALIAS_FIELDS = ['text', 'prefer', 'generic', 'short'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks one entity file's shape; returns the entity, or undefined with problems recorded.
 * `languages` are the pack's: each needs a description, and Vietnamese (when among them) a name.
 */
export function readEntity(
  reader: YamlReader,
  fileId: string,
  languages: readonly Lang[] = LANGS,
): CatalogEntity | undefined {
  const raw = reader.value;
  if (!isRecord(raw)) {
    if (!reader.problems.length) reader.problem([], 'an entity file must be a mapping');
    return undefined;
  }
  const id = typeof raw.id === 'string' ? raw.id : fileId;
  const before = reader.problems.length;
  const problem = (path: (string | number)[], message: string) => reader.problem(path, message, id);
  reader.unknownKeys([], FIELDS, id);
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) problem(['id'], 'id must be kebab-case');
  else if (raw.id !== fileId) problem(['id'], `id must equal the file name "${fileId}"`);
  if (!ENTITY_TYPES.includes(raw.type as never)) {
    problem(['type'], `type must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  const nameLangs = languages.includes('vi') ? (['en', 'vi'] as const) : (['en'] as const);
  const name = langText(raw.name, ['name'], nameLangs, problem);
  const description = langText(raw.description, ['description'], ['en', ...languages], problem);
  const aliases = [
    ...aliasList(raw.aliases, 'aliases', false, problem, reader, id),
    ...aliasList(raw.external, 'external', true, problem, reader, id),
  ];
  if (!aliases.length) problem(['aliases'], 'an entity needs at least one alias');
  aliases.push(...nameAliases(name, aliases));
  aliases.push(
    ...aliasList(raw.exclude, 'exclude', true, problem, reader, id).map((alias) => ({
      ...alias,
      exclude: true as const,
    })),
  );
  const patterns: NamePattern[] = readPatterns(raw.patterns, problem);
  const country = raw.country;
  if (country !== undefined && (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country))) {
    problem(['country'], 'country must be an ISO 3166-1 alpha-2 code, like PT');
  } else if (country !== undefined && raw.type !== 'person') {
    problem(['country'], 'only a person has a country');
  } else if (country !== undefined && !isStateCode(country)) {
    problem(['country'], `country ${country} is no sovereign state's code (lib/lang/demonyms)`);
  }
  const facts = Array.isArray(raw.facts) ? raw.facts : [];
  if (facts.length < 2 || facts.length > 4) problem(['facts'], 'an entity needs 2 to 4 facts');
  const readFacts = facts.map((fact, i) => readFact(fact, ['facts', i], reader, problem, id));
  if (reader.problems.length > before) return undefined;
  return {
    id,
    type: raw.type as Entity['type'],
    name: name as LangText,
    description: description as LangText,
    aliases,
    ...(patterns.length ? { patterns } : {}),
    ...(typeof country === 'string' ? { country } : {}),
    facts: readFacts as Fact[],
    reader,
  };
}

/**
 * Every display name is an alias too, so nothing a card is titled with goes unrecognised: the
 * names not already listed in their language become external aliases.
 */
function nameAliases(
  name: Partial<Record<Lang, string>>,
  aliases: CatalogEntity['aliases'],
): CatalogEntity['aliases'] {
  const listed = new Set(aliases.map((a) => `${a.lang}\u0000${foldText(a.text).folded}`));
  return Object.entries(name).flatMap(([lang, text]) => {
    const key = `${lang}\u0000${foldText(text).folded}`;
    if (listed.has(key)) return [];
    listed.add(key);
    return [{ text, lang: lang as Lang, external: true, prefer: false, path: ['name', lang] }];
  });
}

type Report = (path: (string | number)[], message: string) => void;

function readFact(
  raw: unknown,
  path: (string | number)[],
  reader: YamlReader,
  problem: Report,
  id: string,
): Fact | undefined {
  if (!isRecord(raw)) {
    problem(path, 'a fact must be a mapping');
    return undefined;
  }
  reader.unknownKeys(path, FACT_FIELDS, id);
  const text = langText(raw.text, [...path, 'text'], ['en'], problem);
  for (const key of ['source', 'seed', 'quote'] as const) {
    if (typeof raw[key] !== 'string' || !raw[key]) problem([...path, key], `fact needs a ${key}`);
  }
  return {
    text: text as LangText,
    source: String(raw.source),
    seed: String(raw.seed),
    quote: String(raw.quote),
  };
}

function langText(
  raw: unknown,
  path: (string | number)[],
  required: readonly Lang[],
  problem: Report,
): Partial<Record<Lang, string>> {
  if (!isRecord(raw)) {
    problem(path, `${path.at(-1)} must map languages to text`);
    return {};
  }
  const out: Partial<Record<Lang, string>> = {};
  for (const [lang, text] of Object.entries(raw)) {
    if (!LANGS.includes(lang as Lang)) problem([...path, lang], `unknown language "${lang}"`);
    else if (typeof text !== 'string' || !text.trim()) problem([...path, lang], 'empty text');
    else out[lang as Lang] = text.trim();
  }
  for (const lang of required) {
    if (!out[lang] && raw[lang] === undefined) problem(path, `missing language "${lang}"`);
  }
  return out;
}

function aliasList(
  raw: unknown,
  field: 'aliases' | 'external' | 'exclude',
  external: boolean,
  problem: Report,
  reader: YamlReader,
  id: string,
): CatalogEntity['aliases'] {
  if (raw === undefined) return [];
  if (!isRecord(raw)) {
    problem([field], `${field} must map languages to lists`);
    return [];
  }
  return Object.entries(raw).flatMap(([lang, list]) => {
    if (!LANGS.includes(lang as Lang)) {
      problem([field, lang], `unknown language "${lang}"`);
      return [];
    }
    if (!Array.isArray(list)) {
      problem([field, lang], 'must be a list');
      return [];
    }
    return list.flatMap((item, i) => {
      const path = [field, lang, i];
      const text = typeof item === 'string' ? item : isRecord(item) ? item.text : undefined;
      if (typeof text !== 'string' || !text.trim()) {
        problem(path, 'empty alias');
        return [];
      }
      if (isRecord(item)) reader.unknownKeys(path, ALIAS_FIELDS, id);
      const prefer = isRecord(item) && item.prefer === true;
      const generic = isRecord(item) && item.generic === true ? { generic: true as const } : {};
      const short = isRecord(item) && item.short === true ? { short: true as const } : {};
      return [
        { text: text.trim(), lang: lang as Lang, external, prefer, path, ...generic, ...short },
      ];
    });
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
