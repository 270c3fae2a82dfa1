import { browser } from 'wxt/browser';
import { MentionList } from './MentionList';
import type { PageState } from './page-state';
import { SiteSwitch } from './SiteSwitch';

export interface PagePanelProps {
  page: PageState;
  /** Whether the site of the page is switched on; ignored until the page is ready. */
  enabled: boolean;
  onToggle: (enabled: boolean) => void;
  onReveal: (entityId: string) => void;
}

/** "On this page": the site switch and the entities found, or why there are none. */
export function PagePanel({ page, enabled, onToggle, onReveal }: PagePanelProps) {
  return (
    <section class="panel" aria-labelledby="page-heading" aria-busy={page.kind === 'loading'}>
      <h2 id="page-heading">{browser.i18n.getMessage('popup_onThisPage')}</h2>
      <PageBody page={page} enabled={enabled} onToggle={onToggle} onReveal={onReveal} />
    </section>
  );
}

function PageBody({ page, enabled, onToggle, onReveal }: PagePanelProps) {
  if (page.kind === 'loading') {
    return <p class="note">{browser.i18n.getMessage('popup_loading')}</p>;
  }
  if (page.kind === 'unavailable') {
    return (
      <p class="note">
        {browser.i18n.getMessage(page.reloadable ? 'popup_reloadPage' : 'popup_unavailable')}
      </p>
    );
  }
  return (
    <>
      <SiteSwitch hostname={page.hostname} enabled={enabled} onToggle={onToggle} />
      {!enabled ? (
        <p class="note">{browser.i18n.getMessage('popup_siteOffNote')}</p>
      ) : page.entities.length === 0 ? (
        <p class="note">{browser.i18n.getMessage('popup_noMentions')}</p>
      ) : (
        <MentionList entities={page.entities} onReveal={onReveal} />
      )}
    </>
  );
}
