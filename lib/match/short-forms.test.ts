import { describe, expect, test } from 'vitest';
import { createShortForms, keepNamedShortForms } from './short-forms';

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

test('a short form two entities share counts for the one named last before it', () => {
  const shared = (entityId: string, also: string) => ({ entityId, short: true, also: [also] });
  const claim = (m: { entityId: string }, entityId: string) => ({ ...m, entityId, claimed: true });
  expect(
    keepNamedShortForms(
      [full('phan'), full('dang'), shared('phan', 'dang'), full('phan'), shared('dang', 'phan')],
      new Set(),
      claim,
    ).map((m) => m.entityId),
  ).toEqual(['phan', 'dang', 'dang', 'phan', 'phan']);
});

test("an event's head word counts after a full mention of what its name holds", () => {
  const ceremony = { entityId: 'ceremony', short: true, after: ['convention'] } as const;
  expect(keepNamedShortForms([ceremony])).toEqual([]);
  expect(keepNamedShortForms([full('convention'), ceremony])).toEqual([
    full('convention'),
    ceremony,
  ]);
  expect(keepNamedShortForms([full('charter'), ceremony])).toEqual([full('charter')]);
});

test('an event introduced ("a ceremony") counts only before the event is named', () => {
  const introduced = { entityId: 'ceremony', short: true, after: ['convention'], first: true };
  expect(keepNamedShortForms([full('convention'), introduced])).toEqual([
    full('convention'),
    introduced,
  ]);
  expect(keepNamedShortForms([full('convention'), full('ceremony'), introduced])).toEqual([
    full('convention'),
    full('ceremony'),
  ]);
  // What it is of named in an earlier text: "a ceremony" here may be any.
  const named = new Set<string>();
  keepNamedShortForms([full('convention')], named);
  expect(keepNamedShortForms([introduced], named)).toEqual([]);
});

test('a person named in full brings the bodies and the country the person evokes to mind', () => {
  const quang = { entityId: 'quang', evokes: ['security', 'vietnam'] };
  const country = { entityId: 'vietnam', short: true, also: ['ecuador'] };
  const claim = (m: { entityId: string }, entityId: string) => ({ ...m, entityId });
  // Ecuador named after Vietnam, then the minister: "the country" is his, Vietnam.
  const kept = keepNamedShortForms(
    [full('vietnam'), full('ecuador'), quang, country],
    new Set(),
    claim,
  );
  expect(kept.map((m) => m.entityId)).toEqual(['vietnam', 'ecuador', 'quang', 'vietnam']);
  // "his ministry" counts once he is named, though the ministry is not named in full.
  const ministry = short('security');
  expect(keepNamedShortForms([ministry])).toEqual([]);
  expect(keepNamedShortForms([quang, ministry])).toEqual([quang, ministry]);
  // A short form of his does not bring them to mind: only a full name does.
  expect(keepNamedShortForms([full('quang'), { ...quang, short: true }, ministry])).toEqual([
    full('quang'),
    { ...quang, short: true },
  ]);
});

test('entities named in an earlier paragraph carry over', () => {
  const named = new Set<string>();
  keepNamedShortForms([full('pinto')], named);
  expect(keepNamedShortForms([short('pinto')], named)).toEqual([short('pinto')]);
});

describe('createShortForms (text read a block at a time, out of order)', () => {
  interface Found {
    entityId: string;
    short?: boolean;
    also?: string[];
    at: number;
  }
  const gone = new Set<string>();
  const forms = () =>
    createShortForms<string, Found>(
      (a, b) => a.at < b.at,
      (block) => !gone.has(block),
    );
  const found = (entityId: string, at: number, short = false): Found => ({ entityId, at, short });

  test('a short form waits for a full name before it, then its block is read again', () => {
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    const pinto = found('pinto', 20, true);
    // The screen (the second block) is read first: "Pinto" alone is not counted yet.
    expect(shortForms.keep('second', [pinto], wake)).toEqual([]);
    const full = [found('pinto', 1), found('ecuador', 5)];
    expect(shortForms.keep('first', full, wake)).toEqual(full);
    expect(woken).toEqual(['second']);
    // Read again, it now counts; and nothing waits any more.
    expect(shortForms.keep('second', [pinto], wake)).toEqual([pinto]);
    expect(shortForms.keep('first', full, wake)).toEqual(full);
    expect(woken).toEqual(['second']);
  });

  test('a shared short form counts for the entity named nearest before it, in any reading order', () => {
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    const giang = { entityId: 'phan', at: 30, short: true, also: ['dang'] } as Found;
    // The screen is read first: only Phan Van Giang is known, at 1.
    shortForms.keep('top', [found('phan', 1)], wake);
    expect(shortForms.keep('screen', [giang], wake).map((m) => m.entityId)).toEqual(['phan']);
    // Dang Hoang Giang, named at 20, is nearer: the screen is read again and the form is his.
    shortForms.keep('middle', [found('dang', 20)], wake);
    expect(woken).toEqual(['screen']);
    expect(shortForms.keep('screen', [giang], wake).map((m) => m.entityId)).toEqual(['dang']);
  });

  test('a short form of one entity points back at it for a shared one after it, as in text order', () => {
    const giang = { entityId: 'phan', at: 30, short: true, also: ['dang'] } as Found;
    const mentions = [found('phan', 1), found('dang', 5), found('phan', 10, true), giang];
    const inOrder = keepNamedShortForms(mentions, new Set(), (m, entityId) => ({ ...m, entityId }));
    expect(inOrder.map((m) => m.entityId)).toEqual(['phan', 'dang', 'phan', 'phan']);
    // Read screen first: Dang Hoang Giang is named last before it, until "Phan" at 10 is read.
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    shortForms.keep('top', mentions.slice(0, 2), wake);
    expect(shortForms.keep('screen', [giang], wake).map((m) => m.entityId)).toEqual(['dang']);
    expect(shortForms.keep('middle', [mentions[2]], wake)).toEqual([mentions[2]]);
    expect(woken).toEqual(['screen']);
    expect(shortForms.keep('screen', [giang], wake).map((m) => m.entityId)).toEqual(['phan']);
  });

  test("an event's head word waits for what its name holds too, read out of order", () => {
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    const ceremony = { entityId: 'ceremony', at: 30, short: true, after: ['convention'] };
    expect(shortForms.keep('screen', [ceremony as Found], wake)).toEqual([]);
    shortForms.keep('top', [found('convention', 1)], wake);
    expect(woken).toEqual(['screen']);
    expect(shortForms.keep('screen', [ceremony as Found], wake)).toEqual([ceremony]);
  });

  test('an event introduced counts only before the event is named, read out of order', () => {
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    const introduced = { entityId: 'ceremony', at: 30, short: true, after: ['convention'] };
    const a = { ...introduced, first: true } as Found;
    const treaty = found('convention', 25);
    expect(shortForms.keep('screen', [treaty, a], wake)).toEqual([treaty, a]);
    // The ceremony named above it, read later: "a ceremony" is another one.
    shortForms.keep('lead', [found('ceremony', 10)], wake);
    expect(woken).toEqual(['screen']);
    expect(shortForms.keep('screen', [treaty, a], wake)).toEqual([treaty]);
    // Without what it is of named in its own text, "a ceremony" is any.
    expect(shortForms.keep('other', [{ ...a, at: 40 }], wake)).toEqual([]);
  });

  test('a name after a waiting short form wakes nothing: a page read in order is read once', () => {
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    shortForms.keep('a', [found('phan', 1), found('dang', 2)], wake);
    const giang = { entityId: 'phan', at: 10, short: true, also: ['dang'] } as Found;
    expect(shortForms.keep('b', [giang], wake).map((m) => m.entityId)).toEqual(['dang']);
    for (let at = 20; at < 200; at += 10) shortForms.keep(`c${at}`, [found('phan', at)], wake);
    expect(woken).toEqual([]);
  });

  test('a person named in full brings to mind what the person evokes, read out of order', () => {
    const shortForms = forms();
    const woken: string[] = [];
    const wake = (block: string) => woken.push(block);
    const ministry = found('security', 30, true);
    expect(shortForms.keep('screen', [ministry], wake)).toEqual([]);
    const quang = { ...found('quang', 10), evokes: ['security'] } as Found;
    expect(shortForms.keep('top', [quang], wake)).toEqual([quang]);
    expect(woken).toEqual(['screen']);
    expect(shortForms.keep('screen', [ministry], wake)).toEqual([ministry]);
  });

  test('a short form before the first full name does not count', () => {
    const shortForms = forms();
    expect(shortForms.keep('second', [found('waly', 20)], () => {})).toHaveLength(1);
    expect(shortForms.keep('first', [found('waly', 1, true)], () => {})).toEqual([]);
  });

  test('a block that is gone is not woken, and clear() forgets the names', () => {
    const shortForms = forms();
    const woken: string[] = [];
    shortForms.keep('second', [found('waly', 20, true)], (b) => woken.push(b));
    gone.add('second');
    shortForms.keep('first', [found('waly', 1)], (b) => woken.push(b));
    expect(woken).toEqual([]);
    shortForms.clear();
    expect(shortForms.keep('first', [found('waly', 30, true)], () => {})).toEqual([]);
  });
});
