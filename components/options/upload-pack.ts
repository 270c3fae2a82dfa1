import type { PackRecord } from '@/lib/store/db';
import { ask } from '@/utils/ask';

/** Characters per message: serialising one costs the page a few milliseconds, not hundreds. */
export const PART_LENGTH = 512 * 1024;

/**
 * Sends a pack file's text to the background in parts, then asks it to import them. One message
 * holding a 12 MB file kept the options page busy for a third of a second or more.
 */
export async function uploadPack(text: string): Promise<PackRecord> {
  if (text.length <= PART_LENGTH) return ask({ type: 'import-pack', text });
  const upload = crypto.randomUUID();
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + PART_LENGTH, text.length);
    // Never split a surrogate pair: half a character does not survive the message's JSON.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    await ask({ type: 'pack-part', upload, text: text.slice(at, end) });
    at = end;
  }
  return ask({ type: 'import-upload', upload });
}
