import { h, render } from 'preact';
import { CardApp } from '@/components/card/CardApp';
import cardCss from '@/components/card/card.css?inline';
import { fill } from '@/components/card/strings';
import type { CardView, FactView } from '@/lib/card/card-view';
import type { CardData } from '../card/card-data';
import { followAnchor } from './position';

export interface CardCallbacks {
  load: (id: string, lang: string) => Promise<CardView>;
  onReadTranslation: (fact: FactView) => void;
  onSources: () => void;
  onClosed: () => void;
  /** Whether the page may leave performance marks (lib/page/marks.ts). */
  marks: boolean;
}

/**
 * The one element the extension adds to a page: a host with a closed shadow root holding the card,
 * its styles and a live region. It is created on first use and moved into the fullscreen element
 * while the page is fullscreen, so the card stays visible there.
 */
const SHOWN_MARK = 'factcard-card-shown';

/**
 * The card's life: nothing drawn; drawn ahead, hidden, for the mention the pointer rests on;
 * shown (from the keyboard, with focus inside).
 */
type CardState =
  | { state: 'hidden' }
  | { state: 'ahead'; data: CardData }
  | { state: 'shown'; data: CardData; fromKeyboard: boolean };

export function createCardHost(doc: Document, callbacks: CardCallbacks) {
  let host: HTMLElement | undefined;
  let shadow: ShadowRoot | undefined;
  let mount: HTMLElement | undefined;
  let live: HTMLElement | undefined;
  let stopFollowing: (() => void) | undefined;
  let card: CardState = { state: 'hidden' };

  function ensureHost(): HTMLElement {
    if (host && mount) return mount;
    host = doc.createElement('factcard-host');
    host.setAttribute('data-factcard-host', '');
    // Set through the CSSOM, which a page's style-src CSP does not block (a style attribute would be).
    host.style.setProperty('all', 'initial', 'important');
    host.style.setProperty('position', 'fixed', 'important');
    host.style.setProperty('z-index', '2147483647', 'important');
    shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    live = doc.createElement('div');
    live.className = 'sr-only';
    live.setAttribute('aria-live', 'polite');
    shadow.append(style, mount, live);
    return mount;
  }

  function attach() {
    const parent = doc.fullscreenElement ?? doc.body ?? doc.documentElement;
    if (host && host.parentNode !== parent) parent.append(host);
  }

  function follow(anchor: () => DOMRect, floating: HTMLElement) {
    stopFollowing?.();
    stopFollowing = followAnchor(doc, anchor, floating, close);
  }

  // The same card, however many times its data was fetched.
  const isPrepared = (data: CardData) =>
    card.state === 'ahead' && card.data.card === data.card && card.data.strings === data.strings;

  function draw(data: CardData, anchor: () => DOMRect, fromKeyboard: boolean) {
    const target = ensureHost();
    attach();
    render(
      h(CardApp, {
        card: data.card,
        strings: data.strings,
        fromKeyboard,
        load: (id: string) => callbacks.load(id, data.card.lang),
        onClose: () => close(),
        onReadTranslation: callbacks.onReadTranslation,
        onSources: callbacks.onSources,
      }),
      target,
    );
    follow(anchor, target.firstElementChild as HTMLElement);
  }

  /**
   * Renders a hover's card ahead, hidden, during the dwell, so that at its end the card only has
   * to be made visible: rendering and laying out a card (and, on a long page, the layout that
   * follows) takes longer than a frame. Hidden, it is out of the accessibility tree and lets the
   * pointer through. Not while a card is open.
   */
  function prepare(data: CardData, anchor: () => DOMRect) {
    if (card.state === 'shown' || isPrepared(data)) return;
    card = { state: 'ahead', data };
    draw(data, anchor, false);
    mount?.style.setProperty('visibility', 'hidden');
  }

  /** Drops a card prepared and not shown. */
  function discard() {
    if (card.state !== 'ahead' || !mount) return;
    card = { state: 'hidden' };
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, mount);
    mount.style.removeProperty('visibility');
  }

  /** `since` (performance.now() at the end of the hover dwell) is reported in a performance mark. */
  function show(data: CardData, anchor: () => DOMRect, fromKeyboard: boolean, since?: number) {
    if (fromKeyboard || !isPrepared(data)) draw(data, anchor, fromKeyboard);
    mount?.style.removeProperty('visibility');
    card = { state: 'shown', data, fromKeyboard };
    if (since !== undefined) reportShown(since);
    if (fromKeyboard) {
      const type = data.strings[`card_type_${data.card.type}`];
      announce(fill(data.strings.card_opened, data.card.name, type));
    }
  }

  // One mark, replaced each time, that `npm run bench` reads: dwell end to the frame with the card.
  function reportShown(since: number) {
    if (!callbacks.marks) return;
    doc.defaultView?.requestAnimationFrame(() => {
      performance.clearMarks(SHOWN_MARK);
      performance.mark(SHOWN_MARK, { detail: { sinceDwell: performance.now() - since } });
    });
  }

  function announce(text: string) {
    if (!live) return;
    // Emptied first so that the same name said twice is still announced.
    live.textContent = '';
    const region = live;
    doc.defaultView?.requestAnimationFrame(() => {
      region.textContent = text;
    });
  }

  // A card prepared for the mention the pointer now rests on stays: only `discard` drops it.
  function close() {
    if (card.state !== 'shown' || !mount) return;
    card = { state: 'hidden' };
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, mount);
    callbacks.onClosed();
  }

  return {
    show,
    prepare,
    discard,
    close,
    announce,
    attach,
    isOpen: () => card.state === 'shown',
    /** True when the event happened inside the card (the closed root shows only its host). */
    contains: (event: Event) => host !== undefined && event.composedPath().includes(host),
    /** The element focused inside the closed root, if any. */
    hasFocus: () => host !== undefined && doc.activeElement === host,
    remove() {
      close();
      host?.remove();
      host = undefined;
      mount = undefined;
    },
  };
}

export type CardHost = ReturnType<typeof createCardHost>;
