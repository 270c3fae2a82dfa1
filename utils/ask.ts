import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseOf } from '@/lib/messages';
import { isResult } from '@/lib/result';

/** Sends a request to the background and unwraps its result; an error result becomes a throw. */
export async function ask<T extends RequestType>(request: Request<T>): Promise<ResponseOf<T>> {
  const result: unknown = await browser.runtime.sendMessage(request);
  if (!isResult(result)) throw new Error(`No valid answer to "${request.type}"`);
  if (!result.ok) throw new Error(result.error);
  return result.value as ResponseOf<T>;
}
