import type { EntityType } from '../dataset/types';

/** What the text shows of a possible name at one place. */
export type Evidence =
  /** A person's title or role stands before it. */
  | 'title'
  /** An acronym, defined in brackets right after a name, or this name after its expansion. */
  | 'acronym'
  /** Written in capitals ("ONZ", "VNA"). */
  | 'capitals'
  /** Starts with (or, in German, ends on) the head word of a body, a document or an event. */
  | 'head'
  /** Holds one of the language's linking words ("of the", "des", "z"). */
  | 'link'
  /** A name another pack already knows. */
  | 'known';

/** One occurrence of a possible name: UTF-16 offsets into the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  /** The folded words, for grouping the forms of one name. */
  words: string[];
  evidence: Evidence[];
  type?: EntityType;
  /** The acronym defined in brackets right after this name. */
  acronym?: string;
  /** Holds a word also written in lower case: a body's name more likely than a person's. */
  common?: boolean;
  /** Starts a sentence: a single capitalised word there may be any word. */
  initial?: boolean;
  /** A head alone ("Sejm", "the Commission"): a name only if no longer name holds it. */
  bare?: boolean;
  /** Follows a title and a link ("Minister of"): may hold the office's body and its holder. */
  office?: boolean;
  /** Follows a preposition of place ("in", "w", "à", "tại", "في"). */
  afterPlace?: boolean;
}
