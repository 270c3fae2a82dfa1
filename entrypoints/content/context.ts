import { browser } from 'wxt/browser';

type Handler<E> = (event: E) => void;

/** What the content script's code uses of its context (the class below, or WXT's own). */
export type PageContext = Pick<
  ContentScriptContext,
  | 'signal'
  | 'isInvalid'
  | 'isValid'
  | 'onInvalidated'
  | 'setTimeout'
  | 'requestAnimationFrame'
  | 'addEventListener'
>;

/**
 * The content script's life in one page: its signal aborts, and what was tied to it stops, once
 * the extension is reloaded, updated or removed (the script is then orphaned: its runtime is gone,
 * which `isInvalid` notices at the next check).
 *
 * The build gives this class to WXT's content script entry in place of WXT's own
 * `ContentScriptContext` (wxt.config.ts), whose constructor announces every script to the page:
 * a `postMessage` to the page's window, in every frame, carrying the extension's id, so that a
 * newer copy of the script can stop an older one. Any page could read it and tell that the
 * extension is installed; the browsers do not put a new copy of a manifest's script beside a live
 * old one anyway (Chromium injects none into open tabs; Firefox ends the old one's world).
 */
export class ContentScriptContext {
  readonly #abort = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.#abort.abort('The extension is gone');
    return this.#abort.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Runs `callback` when the context ends; returns what stops that. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  // A timer or frame lets go of its abort listener once it has run: a page still loading asks
  // for one at every frame, and a page kept open for hours would gather them.
  setTimeout(handler: () => void, timeout?: number): number {
    const forget = this.onInvalidated(() => clearTimeout(id));
    const id = window.setTimeout(() => {
      forget();
      if (this.isValid) handler();
    }, timeout);
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const forget = this.onInvalidated(() => cancelAnimationFrame(id));
    const id = requestAnimationFrame((time) => {
      forget();
      if (this.isValid) callback(time);
    });
    return id;
  }

  /** `target.addEventListener`, removed when the context ends (its signal replaces any given). */
  addEventListener<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    handler: Handler<WindowEventMap[K]>,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    handler: Handler<DocumentEventMap[K]>,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    target: HTMLElement,
    type: K,
    handler: Handler<HTMLElementEventMap[K]>,
    options?: AddEventListenerOptions,
  ): void;
  addEventListener(
    target: EventTarget,
    type: string,
    handler: Handler<Event>,
    options?: AddEventListenerOptions,
  ): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}
