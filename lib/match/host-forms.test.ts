import { describe, expect, test } from 'vitest';
import { hostForms } from './host-forms';
import type { AliasSpec } from './types';

const place = (text: string, lang: string, short = true): AliasSpec => ({
  text,
  entityId: 'p',
  lang,
  type: 'place',
  short,
});

describe("a place's names as host", () => {
  test('one host name of a country gives the others of a country, in every language', () => {
    const forms = hostForms([place('Vietnam', 'en', false), place('nước chủ nhà', 'vi')]);
    const texts = forms.map((f) => `${f.lang}: ${f.text}`);
    expect(texts).toContain('en: host nation');
    expect(texts).toContain('de: Gastgeber');
    expect(texts).toContain('pl: państwo-gospodarz');
    expect(texts).toContain('ar: البلد المضيف');
    expect(texts).not.toContain('en: host city');
  });

  test("a city's gives a city's", () => {
    const texts = hostForms([place('host city', 'en')]).map((f) => `${f.lang}: ${f.text}`);
    expect(texts).toContain('fr: ville hôte');
    expect(texts).not.toContain('en: host country');
  });

  test('a place the pack gives no host name has none', () => {
    expect(hostForms([place('Ecuador', 'es', false)])).toEqual([]);
  });
});
