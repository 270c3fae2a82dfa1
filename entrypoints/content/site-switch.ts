import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSiteEnabled } from '@/lib/settings';
import { loadSettings, onSettingsChanged } from '@/utils/settings';

/**
 * Resolves to whether the extension is on for `hostname`, then calls `onChange` each time the
 * reader switches the site on or off (from the popup or the options page), until `ctx` is
 * invalidated. Other settings changes do not call it.
 */
export async function watchSiteEnabled(
  ctx: ContentScriptContext,
  hostname: string,
  onChange: (enabled: boolean) => void,
): Promise<boolean> {
  let current: boolean | undefined;
  // A change that lands while the first read is under way is newer than that read's answer.
  let early: boolean | undefined;
  const unsubscribe = onSettingsChanged((settings) => {
    const enabled = isSiteEnabled(settings, hostname);
    if (current === undefined) {
      early = enabled;
    } else if (enabled !== current) {
      current = enabled;
      onChange(enabled);
    }
  });
  ctx.onInvalidated(unsubscribe);
  try {
    current = early ?? isSiteEnabled(await loadSettings(), hostname);
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return current;
}
