import { LANGS, type Lang } from '../dataset/types';
import { HOSTS } from '../lang/back-references';
import { foldString } from './fold';
import type { ShortForm } from './person-short-forms';
import type { AliasSpec } from './types';

const fold = (text: string) => foldString(text).trim();

/**
 * A place's names as the host of what the story is about, in every language: a pack that lists
 * one of them for the place ("host country", "nước chủ nhà") gets the others of that kind (a
 * country's or a city's, lib/lang/back-references.ts `HOSTS`), as short forms.
 */
export function hostForms(names: readonly AliasSpec[]): ShortForm[] {
  for (const kind of ['country', 'city'] as const) {
    const hosts = HOSTS[kind];
    const hosted = names.some(({ text, lang }) =>
      (hosts[lang as Lang] ?? []).some((host) => fold(host) === fold(text)),
    );
    if (hosted) return LANGS.flatMap((lang) => hosts[lang].map((text) => ({ text, lang })));
  }
  return [];
}
