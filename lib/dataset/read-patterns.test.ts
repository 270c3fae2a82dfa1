import { describe, expect, test } from 'vitest';
import { readPatterns } from './read-patterns';

/** The patterns read from `raw` and the problems reported, as "path: message". */
function read(raw: unknown) {
  const problems: string[] = [];
  const patterns = readPatterns(raw, (path, message) =>
    problems.push(`${path.join('.')}: ${message}`),
  );
  return { patterns, problems };
}

describe('an entity file’s name patterns', () => {
  test('a pattern naming the shared vocabularies is read as written', () => {
    const raw = [
      { head: 'treaty', body: ['un', 'global'], link: 'against', subject: { en: ['piracy '] } },
    ];
    expect(read(raw)).toEqual({
      patterns: [
        { head: 'treaty', body: ['un', 'global'], link: 'against', subject: { en: ['piracy'] } },
      ],
      problems: [],
    });
  });

  test('a modifier is read by language, as the subject is', () => {
    const raw = [
      {
        head: 'treaty',
        body: 'un',
        link: 'against',
        subject: { en: ['piracy'] },
        modifier: { en: [' piracy'] },
      },
    ];
    expect(read(raw).patterns[0].modifier).toEqual({ en: ['piracy'] });
    const { problems } = read([{ ...raw[0], modifier: { xx: ['piracy'], en: [] } }]);
    expect(problems).toEqual([
      'patterns.0.modifier.xx: unknown language "xx"',
      'patterns.0.modifier.en: must be a list of phrases',
    ]);
    expect(read([{ ...raw[0], modifier: 'piracy' }]).problems).toEqual([
      'patterns.0.modifier: modifier must map languages to lists',
    ]);
  });

  test('unknown vocabularies, fields and languages, and missing parts are reported', () => {
    const { problems } = read([
      { head: 'statute', link: 'against', subject: { en: ['piracy'] } },
      { head: 'treaty', link: 'versus', subject: { xx: ['piracy'], en: [] }, colour: 'red' },
      { body: 'un', subject: { en: ['piracy'] } },
    ]);
    expect(problems).toEqual([
      'patterns.0: no vocabulary for head "statute" in lib/lang',
      'patterns.1.colour: unknown field "colour"',
      'patterns.1.subject.xx: unknown language "xx"',
      'patterns.1.subject.en: must be a list of phrases',
      'patterns.1: no vocabulary for link "versus" in lib/lang',
      'patterns.2.head: a pattern needs a head (a name or a list of names)',
      'patterns.2.link: a pattern needs a link (a name or a list of names)',
    ]);
  });

  test('patterns must be a list', () => {
    expect(read({ head: 'treaty' }).problems).toEqual(['patterns: patterns must be a list']);
  });
});
