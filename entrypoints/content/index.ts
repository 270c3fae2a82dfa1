import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadSettings, onSettingsChanged } from '@/utils/settings';
import { startCards } from './card/start-cards';
import { type Detection, startDetection } from './detect';
import { followPacks, liveMatcher } from './live-matcher';
import { domReady, loadMatcher, textAppears } from './load-matcher';
import { countMentions, listenForPageRequests } from './page-api';
import { watchSiteEnabled } from './site-switch';
import './style.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Start while the page is still parsing: the matcher data and settings arrive meanwhile, and a
  // long page is scanned as it arrives.
  runAt: 'document_start',
  async main(ctx) {
    let detection: Detection | undefined;
    let siteOn = true;
    const onSite = (on: boolean) => {
      siteOn = on;
      if (on) detection?.resume();
      else detection?.pause();
    };
    // A frame waits for text of its own before it asks for anything.
    if (window !== window.top) await textAppears(ctx);
    const [loaded, initial] = await Promise.all([
      loadMatcher(ctx),
      loadSettings(),
      watchSiteEnabled(ctx, location.hostname, onSite).then((on) => {
        siteOn = on;
      }),
    ]);
    if (!loaded || ctx.isInvalid) return;
    let settings = initial;
    const live = liveMatcher(loaded.matcher);
    const found = startDetection(ctx, live.matcher, {
      style: settings.highlightStyle,
      paused: !siteOn,
      markDetail: { unpackMs: loaded.unpackMs },
    });
    detection = found;
    followPacks(ctx, live, found, () => siteOn);
    ctx.onInvalidated(
      onSettingsChanged((next) => {
        settings = next;
        found.setStyle(next.highlightStyle);
      }),
    );
    await domReady(ctx);
    const cards = startCards(ctx, found, () => settings);
    listenForPageRequests(ctx, {
      mentions: () => countMentions(found.mentions()),
      reveal: (entityId) => cards.reveal(entityId),
      navigate: (direction) => cards.step(direction === 'next' ? 1 : -1),
    });
    // Only this script's isolated world sees it (pages cannot): real-browser tests reach it there.
    (globalThis as { factcardDetection?: Detection }).factcardDetection = found;
  },
});
