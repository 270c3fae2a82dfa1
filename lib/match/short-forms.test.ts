import { expect, test } from 'vitest';
import { keepNamedShortForms } from './short-forms';

const full = (entityId: string) => ({ entityId });
const short = (entityId: string) => ({ entityId, short: true });

test.each([
  ['a short form alone is dropped', [short('pinto')], []],
  [
    'after the full name it counts',
    [full('pinto'), short('pinto')],
    [full('pinto'), short('pinto')],
  ],
  ['before the full name it does not', [short('pinto'), full('pinto')], [full('pinto')]],
  ['another entity named in full does not count', [full('waly'), short('pinto')], [full('waly')]],
])('%s', (_, mentions, expected) => {
  expect(keepNamedShortForms(mentions)).toEqual(expected);
});

test('entities named in an earlier paragraph carry over', () => {
  const named = new Set<string>();
  keepNamedShortForms([full('pinto')], named);
  expect(keepNamedShortForms([short('pinto')], named)).toEqual([short('pinto')]);
});
