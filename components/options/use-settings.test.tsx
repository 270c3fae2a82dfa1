// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { show, useComponentTest } from '@/components/popup/test-helpers';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { loadSettings, SETTINGS_KEY, saveSettings } from '@/utils/settings';
import { useSettings } from './use-settings';

let latest: ReturnType<typeof useSettings>;
function Probe() {
  latest = useSettings();
  return null;
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('useSettings and utils/settings', () => {
  const { root } = useComponentTest();

  test('reads stored settings through parseSettings: a bad field falls back to its default', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { hoverDelay: 'slow', highlightStyle: 'off' },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, highlightStyle: 'off' });
  });

  test('saves a patch, or a function of the stored settings, keeping the other fields', async () => {
    await saveSettings({ hoverDelay: 500 });
    await saveSettings((s) => ({ disabledSites: [...s.disabledSites, 'a.example'] }));
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Settings;
    expect(stored).toEqual({ ...DEFAULT_SETTINGS, hoverDelay: 500, disabledSites: ['a.example'] });
  });

  test('the hook loads, saves and follows changes made by other pages', async () => {
    show(<Probe />, root());
    await settle();
    expect(latest.settings).toEqual(DEFAULT_SETTINGS);
    await latest.save({ cardLanguage: 'vi' });
    await settle();
    expect(latest.settings?.cardLanguage).toBe('vi');
    // Another page (the popup) switches a site off.
    await saveSettings({ disabledSites: ['b.example'] });
    await settle();
    expect(latest.settings).toMatchObject({ cardLanguage: 'vi', disabledSites: ['b.example'] });
  });
});
