import { expect, test } from 'vitest';
import { bundledSpecs } from '@/tests/unit/bundled-specs';
import { bodyHomes, eventAnchors, eventBodies, namedEvokes } from './event-anchors';
import type { AliasSpec } from './types';

const spec = (entityId: string, type: AliasSpec['type'], text: string): AliasSpec => ({
  entityId,
  type,
  text,
  lang: 'en',
});

test("an event's name holds a document's full name: the document anchors it", () => {
  const specs = [
    spec('ceremony', 'event', 'Signing ceremony of the Hanoi Convention'),
    spec('convention', 'document', 'Hanoi Convention'),
    spec('congress', 'event', '14th Congress of the Communist Party of Vietnam'),
    spec('party', 'organisation', 'Communist Party of Vietnam'),
  ];
  expect(eventAnchors(specs)).toEqual({ ceremony: ['convention'] });
});

test('a short form or a generic name anchors nothing, and a pack without events costs nothing', () => {
  const specs = [
    spec('ceremony', 'event', 'Signing ceremony of the Hanoi Convention'),
    { ...spec('convention', 'document', 'the Hanoi Convention'), short: true },
  ];
  expect(eventAnchors(specs)).toEqual({});
  expect(eventAnchors([spec('convention', 'document', 'Hanoi Convention')])).toEqual({});
});

// Built once with the module: building the catalogue's forms takes longer than a test's time limit
// on a loaded machine.
const bundled = bundledSpecs();

test('the bundled events: the ceremony and the conference are the convention’s', () => {
  expect(eventAnchors(bundled)).toEqual({
    'high-level-conference': ['hanoi-convention'],
    'signing-ceremony': ['hanoi-convention'],
  });
});

test("an event's name holds a body's full name: the event's generic name joins it", () => {
  const specs = [
    spec('congress', 'event', '14th Congress of the Communist Party of Vietnam'),
    spec('party', 'organisation', 'Communist Party of Vietnam'),
    { ...spec('party', 'organisation', 'Communist Party'), generic: true },
    spec('convention', 'document', 'Hanoi Convention'),
  ];
  expect(eventBodies(specs)).toEqual({ congress: ['party'] });
  expect(eventAnchors(specs)).toEqual({});
});

test("a body's generic name is at home where its full names, its holders and theirs are", () => {
  const specs = [
    { ...spec('ministry', 'organisation', 'Ministry of Foreign Affairs'), generic: true },
    spec('ministry', 'organisation', 'Ministry of Foreign Affairs of Vietnam'),
    spec('vietnam', 'place', 'Vietnam'),
    spec('hanoi', 'place', 'capital of Vietnam'),
    spec('convention', 'document', 'Hanoi Convention'),
    spec('hanoi', 'place', 'Hanoi'),
    spec('spokesperson', 'person', 'Ministry of Foreign Affairs spokesperson Pham Thu Hang'),
    spec('un', 'organisation', 'United Nations'),
  ];
  expect(bodyHomes(specs)).toEqual({
    ministry: ['convention', 'hanoi', 'spokesperson', 'vietnam'],
  });
  // A pack without a body's generic name costs nothing.
  expect(bodyHomes(specs.filter((s) => !s.generic))).toEqual({});
});

test("a person brings to mind the bodies and places the person's names hold, and the country", () => {
  const specs: AliasSpec[] = [
    { ...spec('quang', 'person', 'Minister of Public Security Luong Tam Quang'), country: 'VN' },
    { ...spec('pinto', 'person', 'María José Pinto'), country: 'EC' },
    { ...spec('waly', 'person', 'Ghada Waly'), country: 'EG' },
    spec('security', 'organisation', 'Ministry of Public Security'),
    spec('security', 'organisation', 'Public Security'),
    spec('vietnam', 'place', 'Vietnam'),
    spec('ecuador', 'place', 'Ecuador'),
  ];
  expect(namedEvokes(specs)).toEqual({
    quang: ['security', 'vietnam'],
    pinto: ['ecuador'],
  });
});
