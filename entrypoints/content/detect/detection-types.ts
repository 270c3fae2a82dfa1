import type { HighlightStyle } from '@/lib/settings';
import type { PageServices } from '../handoff';
import type { PageMention } from './page-mention';

/**
 * Mention detection in one document (each frame runs its own). This interface is what cards,
 * keyboard navigation and the popup build on: keep it stable.
 */
export interface Detection {
  /** Every mention found so far, in document order (a shadow tree's where its host is). */
  mentions(): readonly PageMention[];
  /** The mention under a viewport point, or undefined; some tens of microseconds. */
  hitTest(x: number, y: number): PageMention | undefined;
  /** Removes every mention and stops watching the page (the per-site switch). */
  pause(): void;
  /** Scans the page again from the start and watches it. */
  resume(): void;
  /** Switches how mentions look; 'off' keeps them (the keyboard walks them), invisibly. */
  setStyle(style: HighlightStyle): void;
  /** Settles once the page as it was at the start (or the last resume) is fully painted. */
  readonly ready: Promise<void>;
}

export interface DetectionOptions {
  style: HighlightStyle;
  /** Start switched off; `resume()` starts the scan. */
  paused: boolean;
  /** Whether the `factcard-painted` mark may be left, and more figures for it. */
  marks: boolean;
  markDetail?: Record<string, number>;
  services: PageServices;
}
