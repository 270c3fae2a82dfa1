import { afterEach, describe, expect, test } from 'vitest';
import { type PackedMatcher, packArray, packMatcher, unpackArray, unpackMatcher } from './compiled';
import { compileMatcher, compileParts, matcherFrom } from './matcher';
import { syntheticAliases, syntheticParagraphs } from './synthetic';
import type { AliasSpec } from './types';

const specs: AliasSpec[] = [
  { text: 'To Lam', entityId: 'to-lam', lang: 'pl' },
  { text: 'Tô Lâm', entityId: 'to-lam', lang: 'vi' },
  { text: 'Konwencji z Hanoi', entityId: 'hanoi-convention', lang: 'pl' },
  { text: 'Convention de Hanoï', entityId: 'hanoi-convention', lang: 'fr' },
  { text: "l'ONU", entityId: 'un', lang: 'fr' },
  { text: 'الأمم المتحدة', entityId: 'un', lang: 'ar' },
  { text: 'United Nations', entityId: 'un', lang: 'en' },
  { text: 'UN', entityId: 'un', lang: 'en' },
  { text: 'Ghada Waly', entityId: 'ghada-waly', lang: 'pl' },
  { text: 'Ministry of Finance', entityId: 'mof', lang: 'en', generic: true },
  { text: '   ', entityId: 'nothing', lang: 'en' },
];

/** Through JSON and back, as runtime messaging does. */
const viaMessage = (packed: PackedMatcher) => unpackMatcher(JSON.parse(JSON.stringify(packed)));

describe('packArray / unpackArray', () => {
  test.each([
    new Int8Array([-128, 0, 127]),
    new Uint8Array([0, 1, 255]),
    new Int16Array([-32768, 7, 32767]),
    new Uint16Array([0, 0xd800, 0xffff]),
    new Int32Array([-(2 ** 31), -1, 0, 2 ** 31 - 1]),
    new Uint32Array([0, 2 ** 32 - 1]),
    new Float32Array([0.5, -2]),
    new Float64Array([Math.PI, -0, Number.MAX_VALUE]),
    new Int32Array(0),
  ])('round-trips %o', (array) => {
    const back = unpackArray(JSON.parse(JSON.stringify(packArray(array))));
    expect(back.constructor).toBe(array.constructor);
    expect(back).toEqual(array);
  });

  test('sends integers in the narrowest type that holds them, and widens them back', () => {
    const cases: [Parameters<typeof packArray>[0], string | undefined][] = [
      [new Int32Array([-1, 0, 127]), 'Int8Array'],
      [new Int32Array([0, 200]), 'Uint8Array'],
      [new Int32Array([-1, 5840]), 'Int16Array'],
      [new Int32Array([0, 40000]), 'Uint16Array'],
      [new Int32Array([-1, 40000]), undefined],
      [new Uint16Array([0, 300]), undefined],
      [new Uint16Array([0, 255]), 'Uint8Array'],
    ];
    for (const [array, wire] of cases) {
      const packed = packArray(array);
      expect(packed.wire).toBe(wire);
      const back = unpackArray(JSON.parse(JSON.stringify(packed)));
      expect(back.constructor).toBe(array.constructor);
      expect(back).toEqual(array);
    }
  });

  test('packs only the view, not the whole buffer under it', () => {
    const whole = Int32Array.from({ length: 10 }, (_, i) => i * 1000);
    expect(unpackArray(packArray(whole.subarray(3, 6)))).toEqual(
      new Int32Array([3000, 4000, 5000]),
    );
  });

  test('refuses what is not a packed array', () => {
    expect(() => unpackArray({ type: 'Array' as 'Int8Array', base64: '' })).toThrow();
    expect(() => unpackArray({ type: 'Int32Array', base64: 'AAA=' })).toThrow(/truncated/);
    expect(() =>
      unpackArray({ type: 'Int32Array', wire: 'x' as 'Int8Array', base64: '' }),
    ).toThrow();
  });
});

describe('the engine’s own base64, where it has one', () => {
  const codec = Uint8Array as unknown as { fromBase64?: unknown };
  const proto = Uint8Array.prototype as unknown as { toBase64?: unknown };
  afterEach(() => {
    delete codec.fromBase64;
    delete proto.toBase64;
  });

  test('is used both ways and gives the same text', () => {
    const array = new Uint16Array([1, 2, 0xffff, 40000]);
    const plain = packArray(array);
    let calls = 0;
    codec.fromBase64 = (text: string) => {
      calls++;
      return new Uint8Array(Buffer.from(text, 'base64'));
    };
    proto.toBase64 = function (this: Uint8Array) {
      calls++;
      return Buffer.from(this.buffer, this.byteOffset, this.byteLength).toString('base64');
    };
    const native = packArray(array);
    expect(native).toEqual(plain);
    expect(unpackArray(native)).toEqual(array);
    expect(calls).toBe(2);
  });
});

describe('packMatcher / unpackMatcher', () => {
  test('give back the parts as compiled', () => {
    const parts = compileParts(specs);
    expect(viaMessage(packMatcher(parts))).toEqual(parts);
  });

  test('list each entity id once', () => {
    const packed = packMatcher(compileParts(specs));
    expect(packed.entities).toEqual([...new Set(packed.entities)]);
  });

  test('a matcher over unpacked parts finds what the compiled one finds', () => {
    const many = [...specs, ...syntheticAliases(2000, 5)];
    const compiled = compileMatcher(many);
    const unpacked = matcherFrom(viaMessage(packMatcher(compileParts(many))));
    expect(unpacked.size).toBe(compiled.size);
    const texts = [
      ...syntheticParagraphs(60_000, many, 9),
      'Przemówienie To Lama i Ghady Waly w ONZ; the United Nations (UN) and the Ministry of Finance.',
      "Convention de Hanoï, selon l'ONU; وقالت الأمم المتحدة",
    ];
    let mentions = 0;
    for (const text of texts) {
      const expected = compiled.find(text);
      mentions += expected.length;
      expect(unpacked.find(text)).toEqual(expected);
    }
    expect(mentions).toBeGreaterThan(100);
  });

  test('a matcher stored before events knew their bodies unpacks with none', () => {
    const { bodies: _, ...older } = packMatcher(compileParts(specs));
    expect(unpackMatcher(older as PackedMatcher).bodies).toEqual({});
  });

  test('an empty alias list packs too', () => {
    const matcher = matcherFrom(viaMessage(packMatcher(compileParts([]))));
    expect(matcher.size).toBe(0);
    expect(matcher.find('United Nations')).toEqual([]);
  });

  test('refuses a malformed packed matcher', () => {
    const packed = packMatcher(compileParts(specs));
    expect(() => unpackMatcher({ ...packed, entities: 'un' as unknown as string[] })).toThrow();
    const wrongIndex = packArray(new Int32Array([packed.entities.length]));
    expect(() => unpackMatcher({ ...packed, entityOfSlot: wrongIndex })).toThrow();
    const anchors = { ceremony: 'convention' } as unknown as Record<string, string[]>;
    expect(() => unpackMatcher({ ...packed, anchors })).toThrow();
    expect(() => unpackMatcher({ ...packed, bodies: anchors })).toThrow();
    const places = [1] as unknown as string[];
    expect(() => unpackMatcher({ ...packed, places })).toThrow();
  });
});
