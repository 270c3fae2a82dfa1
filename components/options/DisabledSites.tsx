import { browser } from 'wxt/browser';

export interface DisabledSitesProps {
  sites: readonly string[];
  /** Switches the site back on. */
  onRemove: (site: string) => void;
}

/** The sites switched off from the popup, each with a way to switch it back on. */
export function DisabledSites({ sites, onRemove }: DisabledSitesProps) {
  return (
    <section class="panel" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{browser.i18n.getMessage('options_disabledSites')}</h2>
      {sites.length === 0 ? (
        <p class="note">{browser.i18n.getMessage('options_noDisabledSites')}</p>
      ) : (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="site" dir="ltr">
                {site}
              </span>
              <button type="button" class="button" onClick={() => onRemove(site)}>
                {browser.i18n.getMessage('options_removeSite')}
                <span class="visually-hidden"> {site}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
