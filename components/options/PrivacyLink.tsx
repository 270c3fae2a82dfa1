import { browser } from 'wxt/browser';

export interface PrivacyLinkProps {
  /** The privacy page the extension ships with (privacy.html). */
  href: string;
}

/** A line at the foot of the options page: nothing leaves the browser, and the policy saying so. */
export function PrivacyLink({ href }: PrivacyLinkProps) {
  return (
    <footer class="panel privacy-link">
      <p class="note">
        {browser.i18n.getMessage('options_privacyNote')}{' '}
        <a href={href} target="_blank" rel="noopener noreferrer">
          {browser.i18n.getMessage('options_privacy')}
        </a>
      </p>
    </footer>
  );
}
