import { defineContentScript } from 'wxt/utils/define-content-script';
import { compileMatcher } from '@/lib/match/matcher';
import { ask } from '@/utils/ask';
import { loadSettings, onSettingsChanged } from '@/utils/settings';
import { roughHitTest } from './card/rough';
import { startCards } from './card/start-cards';
import { countMentions, listenForPageRequests } from './page-api';
import { createPainter } from './paint';
import { type PageMention, scanRoot } from './scan';
import { watchSiteEnabled } from './site-switch';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    const data = await ask({ type: 'matcher' }).catch((error: unknown) => {
      // After an extension update the old script's channel is gone: stop quietly.
      if (ctx.isValid) console.warn('Fact cards: no matcher data', error);
      return undefined;
    });
    if (!data || ctx.isInvalid) return;
    const matcher = compileMatcher(data.aliases);

    // --- Popup wiring (page-api.ts, site-switch.ts): one block for the lead to merge. ---
    // The site switch paints or clears the page at once; the popup asks for the mentions found.
    let mentions: PageMention[] = [];
    let painter: ReturnType<typeof createPainter> | undefined;
    const paintIf = (enabled: boolean) => {
      painter?.clear();
      painter = undefined;
      mentions = enabled ? scanRoot(document.body, matcher) : [];
      if (!enabled) return;
      painter = createPainter(document);
      painter.add(mentions);
    };
    ctx.onInvalidated(() => paintIf(false));
    listenForPageRequests(ctx, {
      mentions: () => countMentions(mentions),
      reveal: (entityId) => cards.reveal(entityId),
      navigate: (direction) => cards.step(direction === 'next' ? 1 : -1),
    });
    paintIf(await watchSiteEnabled(ctx, location.hostname, paintIf));
    // --- End of popup wiring. ---

    // --- Cards (card/start-cards.ts). ---
    let settings = await loadSettings();
    ctx.onInvalidated(
      onSettingsChanged((next) => {
        settings = next;
      }),
    );
    const cards = startCards(
      ctx,
      { hitTest: (x, y) => roughHitTest(mentions, x, y), mentions: () => mentions },
      () => settings,
    );
    // --- End of cards. ---
  },
});
