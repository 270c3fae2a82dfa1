import type { AliasTable } from './alias-table';
import type { Automaton } from './automaton';
import type { MatcherParts } from './matcher';

/**
 * A compiled matcher in a form that survives runtime messaging, which serialises to JSON: the
 * background compiles the aliases once and every page only wraps the arrays it receives, instead
 * of compiling them again on its own main thread. Typed arrays travel as base64 of their bytes
 * (sender and receiver are the same browser on the same machine, so byte order agrees).
 */
export interface PackedMatcher {
  automaton: PackedFields;
  table: PackedFields;
  /** The distinct entity ids; `entityOfSlot` indexes them. */
  entities: string[];
  entityOfSlot: PackedArray;
  anchors: Record<string, string[]>;
  bodies: Record<string, string[]>;
  homes: Record<string, string[]>;
  evokes: Record<string, string[]>;
  places: string[];
  /** MatcherParts.states; a matcher stored before it had none. */
  states: string;
  /** MatcherParts.marks; a matcher stored before it had none. */
  marks?: string;
  kept: number;
}

/** A record of typed arrays and numbers, each array packed. */
export type PackedFields = Record<string, PackedArray | number>;

export interface PackedArray {
  type: ArrayType;
  /** The type the bytes are in when it is narrower than `type`: every value fits in it. */
  wire?: ArrayType;
  base64: string;
}

const ARRAYS = {
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
};

type ArrayType = keyof typeof ARRAYS;
type AnyArray = InstanceType<(typeof ARRAYS)[ArrayType]>;

/** Base64 natively where the engine has it (Chromium, Firefox), else through a binary string. */
interface Base64Codec {
  fromBase64?: (text: string) => Uint8Array;
}
interface Base64Bytes {
  toBase64?: () => string;
}

/** Integer types by width, with the values each holds. */
const NARROW: [ArrayType, number, number][] = [
  ['Int8Array', -128, 127],
  ['Uint8Array', 0, 255],
  ['Int16Array', -32768, 32767],
  ['Uint16Array', 0, 65535],
];

/**
 * The narrowest integer type holding every value of an integer array: most of a matcher's
 * numbers are small, and the message's size is parsed on the page's main thread.
 */
function narrowest(array: AnyArray, type: ArrayType): ArrayType {
  if (!/^(Int|Uint)(16|32)Array$/.test(type)) return type;
  let min = 0;
  let max = 0;
  for (const v of array) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  for (const [wire, lo, hi] of NARROW) {
    if (ARRAYS[wire].BYTES_PER_ELEMENT >= ARRAYS[type].BYTES_PER_ELEMENT) break;
    if (min >= lo && max <= hi) return wire;
  }
  return type;
}

function arrayType(value: unknown): ArrayType | undefined {
  for (const [name, type] of Object.entries(ARRAYS)) {
    if (value instanceof type) return name as ArrayType;
  }
  return undefined;
}

export function packArray(array: AnyArray): PackedArray {
  const type = arrayType(array);
  if (!type) throw new Error('not a typed array');
  const wire = narrowest(array, type);
  const data = wire === type ? array : new ARRAYS[wire](array);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return wire === type
    ? { type, base64: toBase64(bytes) }
    : { type, wire, base64: toBase64(bytes) };
}

/** The bytes of `values` as base64, never narrowed (the key check's hashes). */
export function uint32Base64(values: Uint32Array): string {
  return toBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
}

function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  // In chunks: one call with a huge argument list would overflow the stack.
  for (let i = 0; i < bytes.length; i += 8192) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]);
  }
  return btoa(binary);
}

export function unpackArray(packed: PackedArray): AnyArray {
  const wireName = packed.wire ?? packed.type;
  if (
    !Object.hasOwn(ARRAYS, packed.type) ||
    !Object.hasOwn(ARRAYS, wireName) ||
    typeof packed.base64 !== 'string'
  ) {
    throw new Error('not a packed array');
  }
  const type = ARRAYS[wireName];
  const native = (Uint8Array as unknown as Base64Codec).fromBase64;
  let bytes: Uint8Array;
  if (native) bytes = native(packed.base64);
  else {
    const binary = atob(packed.base64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  }
  if (bytes.byteLength % type.BYTES_PER_ELEMENT !== 0) throw new Error('truncated packed array');
  // A fresh buffer starts at offset 0, so it is aligned for any element size.
  const buffer = bytes.buffer as ArrayBuffer;
  const array = new type(buffer, bytes.byteOffset, bytes.byteLength / type.BYTES_PER_ELEMENT);
  // Widened back natively, element by element.
  return packed.wire ? new ARRAYS[packed.type](array) : array;
}

/** Packs every field; anything but a typed array or a number is refused, so none is lost. */
function packFields(record: object): PackedFields {
  const fields: PackedFields = {};
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'number') fields[key] = value;
    else if (arrayType(value)) fields[key] = packArray(value as AnyArray);
    else throw new Error(`cannot pack field "${key}"`);
  }
  return fields;
}

function unpackFields(fields: PackedFields): Record<string, AnyArray | number> {
  const record: Record<string, AnyArray | number> = {};
  for (const [key, value] of Object.entries(fields)) {
    record[key] = typeof value === 'number' ? value : unpackArray(value);
  }
  return record;
}

export function packMatcher(parts: MatcherParts): PackedMatcher {
  const entities: string[] = [];
  const index = new Map<string, number>();
  const entityOfSlot = new Int32Array(parts.entityIds.length);
  parts.entityIds.forEach((id, slot) => {
    let at = index.get(id);
    if (at === undefined) {
      at = entities.push(id) - 1;
      index.set(id, at);
    }
    entityOfSlot[slot] = at;
  });
  return {
    automaton: packFields(parts.automaton),
    table: packFields(parts.table),
    entities,
    entityOfSlot: packArray(entityOfSlot),
    anchors: parts.anchors,
    bodies: parts.bodies,
    homes: parts.homes,
    evokes: parts.evokes,
    places: parts.places,
    states: parts.states,
    marks: parts.marks,
    kept: parts.kept,
  };
}

/** The parts back from their packed form; throws on a malformed one. */
export function unpackMatcher(packed: PackedMatcher): MatcherParts {
  const { entities, anchors, places } = packed;
  // A matcher stored before events knew their bodies has none.
  const bodies = packed.bodies ?? {};
  // Nor one stored before bodies knew their homes: its generic names count as they did.
  const homes = packed.homes ?? {};
  // Nor one stored before people brought their bodies to mind.
  const evokes = packed.evokes ?? {};
  if (
    !Array.isArray(entities) ||
    typeof packed.kept !== 'number' ||
    !validAnchors(anchors) ||
    !validAnchors(bodies) ||
    !validAnchors(homes) ||
    !validAnchors(evokes) ||
    !Array.isArray(places) ||
    !places.every((place) => typeof place === 'string') ||
    (packed.marks !== undefined && typeof packed.marks !== 'string') ||
    (packed.states !== undefined && typeof packed.states !== 'string')
  ) {
    throw new Error('not a packed matcher');
  }
  // An index loop: this runs once in a page, before the engine optimises it, where iterating a
  // typed array costs an object per step.
  const ofSlot = unpackArray(packed.entityOfSlot);
  const entityIds = new Array<string>(ofSlot.length);
  for (let slot = 0; slot < ofSlot.length; slot++) {
    const id = entities[ofSlot[slot]];
    if (typeof id !== 'string') throw new Error('not a packed matcher');
    entityIds[slot] = id;
  }
  return {
    automaton: unpackFields(packed.automaton) as unknown as Automaton,
    table: unpackFields(packed.table) as unknown as AliasTable,
    entityIds,
    anchors,
    bodies,
    homes,
    evokes,
    places,
    states: packed.states ?? '',
    marks: packed.marks ?? '',
    kept: packed.kept,
  };
}

function validAnchors(anchors: unknown): anchors is Record<string, string[]> {
  if (typeof anchors !== 'object' || anchors === null || Array.isArray(anchors)) return false;
  return Object.values(anchors).every(
    (ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'),
  );
}
