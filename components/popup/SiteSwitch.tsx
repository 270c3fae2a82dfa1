import { browser } from 'wxt/browser';

export interface SiteSwitchProps {
  hostname: string;
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
}

/**
 * Switches the extension on or off for one site. A button with role="switch" rather than a
 * checkbox, so that Enter toggles it as well as Space.
 */
export function SiteSwitch({ hostname, enabled, onToggle }: SiteSwitchProps) {
  return (
    <div class="site-switch">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        aria-describedby="site-name"
        class="switch"
        onClick={() => onToggle(!enabled)}
      >
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">
          {browser.i18n.getMessage(enabled ? 'popup_siteOn' : 'popup_siteOff')}
        </span>
      </button>
      <span id="site-name" class="site-name" dir="ltr">
        {hostname}
      </span>
    </div>
  );
}
