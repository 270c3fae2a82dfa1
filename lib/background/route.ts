import { parseRequest, type Request, type Result } from '../messages';
import type { Handlers } from './service';

/**
 * Answers one runtime message. Messages from anything but this extension get no answer at all
 * (undefined, so no other listener's reply is pre-empted); malformed ones and failing handlers get
 * an error result rather than a rejected promise, so the sender always learns why.
 */
export function route(
  message: unknown,
  senderId: string | undefined,
  extensionId: string,
  handlers: Handlers,
): Promise<Result<unknown>> | undefined {
  if (senderId !== extensionId) return undefined;
  const parsed = parseRequest(message);
  if (!parsed.ok) return Promise.resolve(parsed);
  const handler = handlers[parsed.value.type] as (request: Request) => Promise<unknown>;
  return handler(parsed.value).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
}
