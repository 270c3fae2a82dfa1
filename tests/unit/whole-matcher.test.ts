import { expect, test } from 'vitest';
import { goesWhole, WHOLE_MATCHER_CHARS } from '@/lib/background/matcher-set';
import { packMatcher } from '@/lib/match/compiled';
import { compileParts } from '@/lib/match/matcher';
import { bundledSpecs } from './bundled-specs';

// Pages get the bundled pack's matcher whole, and check their keys without the background: the
// rules' short forms must leave it under the limit.
// Built with the module, outside the test's time limit.
const packed = packMatcher(compileParts(bundledSpecs()));

test('the bundled pack’s matcher goes to pages whole', () => {
  const chars = JSON.stringify(packed).length;
  expect(goesWhole(packed), `${chars} chars, limit ${WHOLE_MATCHER_CHARS}`).toBe(true);
});
