import { expect, test } from 'vitest';
import { checkPack } from './check';
import { syntheticPack } from './synthetic-pack';

test('a synthetic pack is a valid pack with the asked number of names', () => {
  const pack = syntheticPack(2000, 5);
  const result = checkPack(JSON.parse(JSON.stringify(pack)));
  expect(result.ok || result.problems).toBe(true);
  expect(pack.entities.reduce((n, e) => n + e.aliases.length, 0)).toBe(10_000);
});
