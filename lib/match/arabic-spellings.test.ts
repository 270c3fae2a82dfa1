import { expect, test } from 'vitest';
import { bundledFinder } from '@/tests/unit/bundled-specs';
import { withArabicSpellings } from './arabic-spellings';
import type { AliasSpec } from './types';

const person = (text: string, lang = 'ar'): AliasSpec => ({
  text,
  lang,
  entityId: 'cuong',
  type: 'person',
});

test("an Arabic person's name is found in the press's other spellings, word by word", () => {
  const added = withArabicSpellings([person('لونغ كونغ')]).map((s) => s.text);
  expect(added[0]).toBe('لونغ كونغ');
  // A g as ج, a long vowel in a syllable ending in ng, each word on its own.
  expect(added).toContain('لونج كونج');
  expect(added).toContain('لوونج كونج');
  expect(added).toContain('لوونغ كوونغ');
  // Not other languages' names, nor the title of one.
  expect(withArabicSpellings([person('Luong Cuong', 'en')])).toHaveLength(1);
  expect(withArabicSpellings([person('الرئيس لونغ كونغ')])).toHaveLength(1);
});

// Built with the module, not in the test: compiling the bundled pack takes seconds on a loaded
// machine, more than a test's time limit.
const find = bundledFinder();

test('the Egyptian spellings of the bundled names are found', () => {
  expect(find('حضرها رئيس فيتنام لوونج كونج في هانوي.')).toContain('luong-cuong: لوونج كونج');
  expect(find('قدّم الجنرال لوونج تام كوانج عرضًا.')).toContain('luong-tam-quang: لوونج تام كوانج');
});
