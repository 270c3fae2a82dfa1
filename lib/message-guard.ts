import * as v from 'valibot';

import type { Result } from './result';

export type { Result } from './result';

/**
 * A field's rule: any short string, a pack file's text, hashes (base64 of 32-bit values, the
 * prefilter's), one of a fixed list of strings, or a value of a schema (an object the request
 * carries whole, such as an extracted article).
 */
export type FieldRule =
  | 'string'
  | 'pack'
  | 'hashes'
  | readonly string[]
  | v.GenericSchema<unknown, unknown>;

/** The fields each message type carries besides `type`, and the rule for each. */
export type MessageShapes = Record<string, Record<string, FieldRule>>;

// Long enough for a quoted sentence, short enough that no message can carry a page's text.
const MAX_FIELD_LENGTH = 1000;
/** The largest pack file accepted, in UTF-16 units (the options page refuses larger files first). */
export const MAX_PACK_LENGTH = 64 * 1024 * 1024;
/** Room for 24,576 hashes: a page holds at most one key per place a name may start. */
const MAX_HASHES_LENGTH = 131_072;
const HASHES = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const maxLength = (rule: 'string' | 'pack' | 'hashes' | readonly string[]) =>
  rule === 'pack' ? MAX_PACK_LENGTH : rule === 'hashes' ? MAX_HASHES_LENGTH : MAX_FIELD_LENGTH;

/**
 * Returns the message if `value` is one of the `shapes`, or a reason why it is not: unknown types,
 * missing, extra, mistyped and overlong fields are all refused.
 */
export function parseMessage<M>(shapes: MessageShapes, value: unknown): Result<M> {
  if (typeof value !== 'object' || value === null) return fail('message is not an object');
  const message = value as Record<string, unknown>;
  const type = message.type;
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) {
    return fail(`unknown message type ${JSON.stringify(type)}`);
  }
  const fields = shapes[type];
  for (const key of Object.keys(message)) {
    if (key !== 'type' && !Object.hasOwn(fields, key)) return fail(`unexpected field "${key}"`);
  }
  const checked: Record<string, unknown> = { type };
  for (const [key, rule] of Object.entries(fields)) {
    const field = message[key];
    if (isSchema(rule)) {
      const parsed = v.safeParse(rule, field);
      if (!parsed.success) return fail(`field "${key}" ${describe(parsed.issues[0])}`);
      checked[key] = parsed.output;
      continue;
    }
    checked[key] = field;
    if (typeof field !== 'string') return fail(`field "${key}" must be a string`);
    if (field.length > maxLength(rule)) return fail(`field "${key}" is too long`);
    if (rule === 'hashes') {
      if (!HASHES.test(field)) return fail(`field "${key}" must be base64 of 32-bit values`);
      continue;
    }
    if (rule !== 'string' && rule !== 'pack' && !rule.includes(field)) {
      return fail(`field "${key}" must be one of ${rule.join(', ')}`);
    }
  }
  return { ok: true, value: checked as M };
}

function isSchema(rule: FieldRule): rule is v.GenericSchema<unknown, unknown> {
  return typeof rule === 'object' && !Array.isArray(rule);
}

/** "at edit.type: must be one of ..." from a schema's first issue. */
function describe(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return path ? `at ${path}: ${issue.message}` : issue.message;
}

export function isShape(shapes: MessageShapes, type: unknown): boolean {
  return typeof type === 'string' && Object.hasOwn(shapes, type);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
