import { defineContentScript } from 'wxt/utils/define-content-script';
import { compileMatcher } from '@/lib/match/matcher';
import { ask } from '@/utils/ask';
import { createPainter } from './paint';
import { scanRoot } from './scan';
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
    const painter = createPainter(document);
    ctx.onInvalidated(() => painter.clear());
    painter.add(scanRoot(document.body, matcher));
  },
});
