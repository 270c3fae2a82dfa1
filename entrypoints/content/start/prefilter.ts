import { localCheck } from '@/lib/key-check';
import type { PrefilterBits } from '@/lib/match/prefilter-probe';
import {
  type CheckKeys,
  createPageKeys,
  type PageKeys,
  unpackPrefilter,
} from '@/lib/page/page-keys';
import { ask } from '@/utils/ask';
import { PAGE_MATCHER_KEY, PREFILTER_KEY, readStored } from '@/utils/page-start';
import type { PageContext } from '../context';

const askBackground: CheckKeys = (hashes, known) => ask({ type: 'prefilter-check', hashes, known });

/**
 * Checks keys in the page when the background stored what that needs (pages get the whole
 * matcher: `localCheck`), read at the first check; else asks the background.
 */
function checkInPageOrAsk(): CheckKeys {
  let local: Promise<CheckKeys | undefined> | undefined;
  return async (hashes, known) => {
    local ??= readStored(PAGE_MATCHER_KEY).then(localCheck, () => undefined);
    return ((await local) ?? askBackground)(hashes, known);
  };
}

/** The page's keys over `filter`, checked in the page or by the background. */
export function pageKeys(filter: PrefilterBits, onAsk?: () => void): PageKeys {
  return createPageKeys(filter, { check: checkInPageOrAsk(), onAsk });
}

/**
 * The prefilter of the enabled packs: the one the background stored for pages
 * (utils/page-start.ts), read now unless the page has read it already (`stored`), else asked of
 * the background (before it has stored one); undefined when neither can be had.
 */
export async function findPrefilter(
  ctx: PageContext,
  stored: unknown = readStored(PREFILTER_KEY).catch(() => undefined),
): Promise<PrefilterBits | undefined> {
  const ready = unpackPrefilter(await stored);
  if (ready) return ready;
  const data = await ask({ type: 'prefilter' }).catch((error: unknown) => {
    // After an extension update the old script's channel is gone: stop quietly.
    if (ctx.isValid) console.warn('Fact cards: no prefilter', error);
    return undefined;
  });
  return unpackPrefilter(data);
}
