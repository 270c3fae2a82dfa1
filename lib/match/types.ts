/** One way of writing an entity's name; lang is 'pl' | 'nl' | 'fr' | 'ar' | 'en' | 'vi' or other. */
export interface AliasSpec {
  text: string;
  entityId: string;
  lang: string;
  /**
   * A name other things share too ("Ministry of Finance", "VN"): found only in a text that also
   * mentions something else of the catalogue.
   */
  generic?: boolean;
}

/** A found alias: UTF-16 offsets into the original text, end exclusive; alias indexes the specs. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  alias: number;
}
