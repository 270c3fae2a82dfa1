import type * as CharTable from '@/lib/match/char-table';
import { CHAR_TABLE } from '../handoff';

/**
 * lib/match/char-table.ts as detector.js sees it: wxt.config.ts resolves that module here when it
 * builds detector.js. The tables (some 450 KB once filled) and the rules behind them are
 * content.js's, which left them in this world before it loaded detector.js: the matcher reads
 * what the prefilter's probe already filled in, and detector.js carries none of that code.
 */
const table = (globalThis as Record<string, unknown>)[CHAR_TABLE] as typeof CharTable;

export const {
  caseOf,
  caseTable,
  DROP,
  DROP_MARK,
  foldEntry,
  foldTable,
  isLetterUnit,
  isLowerUnit,
  isProclitic,
  isSpaceUnit,
  isUpperUnit,
  isWordCodePoint,
  isWordUnit,
  mayStartAfter,
  MULTI,
  multiFold,
  SPACE,
  START_BIT,
  UNIT_MASK,
  wordClass,
  wordTable,
} = table;
