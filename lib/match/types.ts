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
  /**
   * A short form ("Pinto", "President Cuong", "ông Sơn"): it counts on a page only once the
   * entity's full name has appeared there (the caller decides, see short-forms.ts).
   */
  short?: boolean;
  /**
   * A short form that is a common word alone ("Cường"): in Vietnamese text and in Arabic it counts
   * only after a title.
   */
  titled?: boolean;
  /**
   * A person's name that holds no word of the person's own names, only the office ("UN
   * Secretary-General"): followed by someone else's name, it is that person's title.
   */
  office?: boolean;
  /**
   * A short form that is a head word without its article ("Abkommen", "treaty"): it counts only
   * with an article and an adjective before it, from the article on ("das umstrittene Abkommen",
   * "the UN-brokered treaty"; described.ts).
   */
  described?: boolean;
  /**
   * A short form that is what the thing is ("the country", "la capitale", "the organisation"):
   * it counts only where the same text names the thing before it (kind-words.ts).
   */
  kind?: boolean;
  /**
   * A longer name of something else that contains one of the entity's names ("United Nations
   * Office at Vienna"): where it is found, only what counts in its own right inside it is a
   * mention (select.ts).
   */
  exclude?: boolean;
  /** The entity's type: what a person's or an event's name contains is mentioned too. */
  type?: string;
  /** A person's country (Entity.country): its demonyms are the person's short forms. */
  country?: string;
  /**
   * A part of a name pattern (name-patterns.ts): a front ("UN's new treaty") counts only with a
   * back of the same group right after it ("on computer crime"), a back never alone. Fronts are
   * shared by every entity whose pattern has the same head and body; the back names the entity.
   * A lead ("UN's new") is a front that needs a middle ("treaty") between it and the back, or a
   * tail right after it: the entity's subject before the head ("cybercrime treaty").
   */
  part?: 'front' | 'lead' | 'middle' | 'back' | 'tail' | 'after';
  /** The pattern's head and body ("treaty|global,un"): a front joins only its group's backs. */
  group?: string;
}

/** A found alias: UTF-16 offsets into the original text, end exclusive; alias indexes the specs. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  alias: number;
  /** 0 for a mention in the text, 1 for one inside it ("Ecuador" in a title), and so on. */
  depth: number;
  /** Set for a short form: it counts only after the entity's full name (see AliasSpec.short). */
  short?: true;
  /** Other entities whose short form this is too ("the convention"): the page decides. */
  also?: string[];
  /**
   * Things an event's name holds: after a full mention of one, its head word counts for it too
   * ("the ceremony" once the Hanoi Convention is named).
   */
  after?: readonly string[];
  /**
   * What naming a person brings to mind: the bodies and the country the person's names hold or
   * the person is of. After it, "the country" and "his ministry" point back at these as at
   * things named (short-forms.ts).
   */
  evokes?: readonly string[];
  /**
   * Set where the text names nothing but generic names ("the Ministry of Finance", "Hanoi"): the
   * mention counts only on a page that names something specific before it (short-forms.ts).
   */
  alone?: true;
  /**
   * An event's head word after an indefinite article ("a two-day ceremony"): it introduces the
   * event, and counts only where the page has not named the event before (short-forms.ts).
   */
  first?: true;
  /**
   * A person's full name: the titles the text gives the person there, before the name or in it
   * ("Vizepremier Bui Thanh Son") and in apposition after it ("…, the minister of finance").
   */
  titles?: string[];
}
