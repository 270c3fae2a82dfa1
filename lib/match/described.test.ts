import { expect, test } from 'vitest';
import { bundledSpecs } from '@/tests/unit/bundled-specs';
import { compileMatcher } from './matcher';
import { createPageReader } from './page-names';

const matcher = compileMatcher(bundledSpecs());

/** The marks of a page of paragraphs, as "entity: text". */
function page(...paragraphs: string[]): string[] {
  const read = createPageReader(matcher);
  return paragraphs.flatMap((text) =>
    read(text).map((m) => `${m.entityId}: ${text.slice(m.start, m.end)}`),
  );
}

test.each([
  [
    'Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt zur Unterzeichnung aus.',
    'Das umstrittene Abkommen verpflichtet die Staaten zu vielem.',
    'hanoi-convention: Das umstrittene Abkommen',
  ],
  [
    'Het VN-verdrag tegen cybercriminaliteit werd in Hanoi ondertekend.',
    'Het omstreden verdrag verplicht staten tot veel.',
    'hanoi-convention: Het omstreden verdrag',
  ],
  [
    'The United Nations Convention against Cybercrime opened for signature in Hanoi.',
    'Critics say the UN-brokered treaty goes too far.',
    'hanoi-convention: the UN-brokered treaty',
  ],
  [
    'The Hanoi Convention signing ceremony drew 72 states.',
    'The two-day ceremony closed on Sunday.',
    'signing-ceremony: The two-day ceremony',
  ],
  [
    'Das Büro der Vereinten Nationen für Drogen- und Verbrechensbekämpfung (UNODC) half.',
    'Die in Wien ansässige UN-Behörde prüft den Vorschlag.',
    'unodc: Die in Wien ansässige UN-Behörde',
  ],
  [
    'Het VN-verdrag tegen cybercriminaliteit werd in Hanoi ondertekend.',
    'Het in Hanoi ondertekende verdrag verplicht staten tot veel.',
    'hanoi-convention: Het in Hanoi ondertekende verdrag',
  ],
])('a head word with an adjective after its article points back: %s', (full, later, mark) => {
  expect(page(full, later)).toContain(mark);
});

test.each([
  ['Das andere Abkommen gilt schon lange.', 'Das andere Abkommen'],
  ['Das Pariser Abkommen gilt schon lange.', 'Das Pariser Abkommen'],
  ['Het vorige verdrag gold lang.', 'Het vorige verdrag'],
  ['The earlier treaty still applies.', 'earlier treaty'],
  ['The climate treaty still applies.', 'climate treaty'],
  ['A two-day treaty review followed.', 'two-day treaty'],
  // A place with no participle after it is no description of the head.
  ['Das in Paris Abkommen gilt.', 'Abkommen'],
])('not where the adjective makes it another, or none stands there: %s', (later, text) => {
  const marks = page(
    'The United Nations Convention against Cybercrime opened for signature in Hanoi.',
    'Das Übereinkommen der Vereinten Nationen gegen Cyberkriminalität liegt aus.',
    'Het VN-verdrag tegen cybercriminaliteit werd ondertekend.',
    later,
  );
  expect(marks.filter((m) => m.includes(text))).toEqual([]);
});

test('an Arabic country named with the article too', () => {
  expect(page('وقّعت الفيتنام على اتفاقية هانوي أولاً.')).toContain('vietnam: الفيتنام');
});

test('a title before "and" and a body named with one capitalised word is still a title', () => {
  expect(
    page(
      'Staatspräsident Luong Cuong empfing die Gäste in Hanoi.',
      'het Presidentieel Bureau regelde het protocol rond het staatshoofd en het ministerie van Financiën bundelde de aanvragen.',
    ),
  ).toContain('luong-cuong: staatshoofd');
});
