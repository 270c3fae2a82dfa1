import { browser } from 'wxt/browser';
import type { FactView } from '@/lib/card/card-view';
import { resolveCardLang } from '@/lib/card/lang';
import type { PageContext } from '../context';
import type { Handoff } from '../handoff';
import { createCardController, type MentionRef } from './card-controller';
import { createCardData } from './card-data';
import { watchHover } from './hover';
import { watchKeyboard } from './keyboard';
import { createLazyHost, type LazyCardHost } from './lazy-host';
import { watchTouch } from './touch';

interface CardSource {
  hitTest: (x: number, y: number) => MentionRef | undefined;
  mentions: () => readonly MentionRef[];
}

/** How often pointer moves over a page that shows no mention yet look again. */
const RECHECK_MS = 500;

/**
 * The card's code starts loading when a pointer first moves or touches down on a page that shows
 * mentions, rather than when it comes to rest on one: on a long page the import waits behind the
 * page's own work for longer than the dwell. The keyboard loads it with its first card.
 */
function preloadOnPointer(ctx: PageContext, source: CardSource, host: LazyCardHost) {
  const done = new AbortController();
  let lastLook = Number.NEGATIVE_INFINITY;
  const look = (event: PointerEvent) => {
    if (event.timeStamp - lastLook < RECHECK_MS) return;
    lastLook = event.timeStamp;
    if (source.mentions().length === 0) return;
    host.preload();
    done.abort();
  };
  // Not ctx.addEventListener: it puts the context's signal in place of ours.
  const signal = AbortSignal.any([ctx.signal, done.signal]);
  window.addEventListener('pointermove', look, { passive: true, capture: true, signal });
  window.addEventListener('pointerdown', look, { passive: true, capture: true, signal });
}

/** Wires hover, touch and keyboard to one card host for the mentions `source` knows of. */
export function startCards(
  ctx: PageContext,
  source: CardSource,
  { settings, services, marks }: Pick<Handoff, 'settings' | 'services' | 'marks'>,
) {
  const { ask } = services;
  const data = createCardData(ask);
  const uiLang = browser.i18n.getUILanguage();
  const langFor = (mention: MentionRef) => {
    const element = mention.range.startContainer.parentElement;
    const pageLang = element?.closest('[lang]')?.getAttribute('lang') ?? null;
    return resolveCardLang(settings().cardLanguage, pageLang, uiLang);
  };
  const openReader = (seed: string, quote: string) =>
    void ask({ type: 'open-reader', seed, quote }).catch(() => undefined);
  const callbacks = {
    load: data.loadCard,
    onReadTranslation: (fact: FactView) => openReader(fact.seed, fact.quote),
    onSources: () => openReader('', ''),
    onClosed: () => keyboard.clear(),
    marks,
  };
  const host = createLazyHost(document, callbacks, services.loadChunk);
  const controller = createCardController(ctx, { host, data, langFor });
  preloadOnPointer(ctx, source, host);
  watchHover(ctx, {
    hitTest: source.hitTest,
    controller,
    host,
    dwell: () => settings().hoverDelay,
  });
  watchTouch(ctx, { hitTest: source.hitTest, controller, host });
  const keyboard = watchKeyboard(ctx, { mentions: source.mentions, controller });
  ctx.addEventListener(document, 'fullscreenchange', () => host.attach());
  ctx.onInvalidated(() => host.remove());
  return {
    step: keyboard.step,
    /** Scrolls to the first mention of an entity and opens its card (the popup's list). */
    reveal(entityId: string): boolean {
      const first = source.mentions().find((m) => m.entityId === entityId);
      if (first) keyboard.reveal(first);
      return first !== undefined;
    },
    close: () => controller.close(),
  };
}
