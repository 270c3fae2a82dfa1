import { expect, test } from 'vitest';
import { regexesMade } from './char-rules';
import { foldText } from './fold';
import { createProbe, probeText } from './prefilter-probe';

// A file of its own: the rules' regexes are made once per module instance, and the other tests
// of the tables run the rules on every unit.
test('text in the shipped blocks, emoji and typographic signs included, runs no rule', () => {
  const text =
    'Hà Nội — “Công ước” ✓ 🇻🇳 Zażółć gęślą jaźń; Straße™ ← Größe → ﻿ النَّصّ بالعربيّة ‍👍🏽 €12 №3';
  foldText(text);
  const probe = createProbe(
    {
      bits: new Uint32Array(32),
      log: 10,
      lengths: 0,
      capitalLengths: 0,
      everyStart: false,
      worthMarked: false,
    },
    () => {},
  );
  probeText(probe, text);
  expect(regexesMade()).toBe(false);
  // And a unit outside them (Greek) does: the check above can fail.
  foldText('Αθήνα');
  expect(regexesMade()).toBe(true);
});
