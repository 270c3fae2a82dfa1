/** What the background answers every request with: the value, or a sentence saying why not. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Checks that a value has the shape of a Result, as sent back by the background. It lives apart
 * from the requests' shapes, which carry Valibot schemas that the script every page loads must not.
 */
export function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const result = value as Record<string, unknown>;
  return result.ok === true
    ? 'value' in result
    : result.ok === false && typeof result.error === 'string';
}
