import { EN } from './en';

/** Every sovereign state's ISO 3166-1 alpha-2 code: the codes of the demonym tables' lines. */
export const STATE_CODES: readonly string[] = EN.split('\n')
  .map((line) => line.split('\t')[0])
  .filter(Boolean);

const codes = new Set(STATE_CODES);

/** Whether `code` is a sovereign state's ISO 3166-1 alpha-2 code (a line of the tables). */
export function isStateCode(code: string): boolean {
  return codes.has(code);
}
