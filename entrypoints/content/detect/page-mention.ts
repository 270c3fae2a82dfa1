/**
 * One painted mention. The range is a StaticRange: cheap to make and never updated by the browser
 * on DOM changes (the mutation observer rescans what changed instead). A live Range is made only
 * when geometry is asked for.
 */
export interface PageMention {
  readonly entityId: string;
  readonly range: StaticRange;
  /** The text nodes the mention covers: one, or several when inline elements split it. */
  readonly texts: readonly Text[];
  /** 0 for a mention in the text, 1 for one inside it ("Ecuador" in a title), and so on. */
  readonly depth: number;
  /** A short form ("Pinto"): kept only once the page names the entity in full. */
  readonly short: boolean;
  /** Other entities a shared short form may name ("the convention"); the page decides. */
  readonly also?: readonly string[];
  /** A generic name in a text that names nothing specific: the page must name something first. */
  readonly alone?: boolean;
  /** An event's head word: it counts after a full mention of these too (the document it holds). */
  readonly after?: readonly string[];
  /** An event's head word after an indefinite article: it counts only before the event is named. */
  readonly first?: boolean;
  /** A person's full name: the bodies and the country it brings to mind. */
  readonly evokes?: readonly string[];
  /** One rect per line box the mention occupies, in viewport coordinates. */
  rects(): DOMRect[];
  /** The first line's rect (where a card is anchored). */
  rect(): DOMRect;
}

export class Mention implements PageMention {
  constructor(
    readonly entityId: string,
    readonly range: StaticRange,
    readonly texts: readonly Text[],
    readonly depth = 0,
    readonly short = false,
    readonly also?: readonly string[],
    readonly alone = false,
    readonly after?: readonly string[],
    readonly first = false,
    readonly evokes?: readonly string[],
  ) {}

  /** This short form given to `entityId`, the one entity the page names it after. */
  claimedBy(entityId: string): Mention {
    return new Mention(entityId, this.range, this.texts, this.depth, true);
  }

  liveRange(): Range {
    const live = this.texts[0].ownerDocument.createRange();
    live.setStart(this.range.startContainer, this.range.startOffset);
    live.setEnd(this.range.endContainer, this.range.endOffset);
    return live;
  }

  rects(): DOMRect[] {
    return Array.from(this.liveRange().getClientRects());
  }

  rect(): DOMRect {
    const live = this.liveRange();
    const rects = live.getClientRects();
    return rects.length ? rects[0] : live.getBoundingClientRect();
  }
}
