import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '@/utils/settings';

type Patch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * The stored settings, kept current when another page (the popup, a second options tab) saves
 * them. null until the first read.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    const unsubscribe = onSettingsChanged(setSettings);
    loadSettings().then((loaded) => setSettings((s) => s ?? loaded));
    return unsubscribe;
  }, []);
  const save = useCallback((patch: Patch) => saveSettings(patch).then(setSettings), []);
  return { settings, save };
}
