/**
 * The performance marks the test suite and the benchmarks wait for and read: `factcard-painted`
 * (a page's first complete pass) and `factcard-card-shown` (a card on screen). A page's marks are
 * seen by every script of the page, and analytics scripts send the marks they find to the site,
 * so they are left only where storage.local holds PAGE_MARKS_KEY (the test and benchmark
 * launchers set it), never in a reader's browser. The content script reads the key with its
 * settings and allows marks in its world, where detector.js and cards.js run too.
 */
export const PAGE_MARKS_KEY = 'page-marks';

// A global of the content script's world, which the page cannot see.
const ALLOWED = 'factcardPageMarks';

export function allowPageMarks(): void {
  (globalThis as Record<string, unknown>)[ALLOWED] = true;
}

export function pageMarksAllowed(): boolean {
  return (globalThis as Record<string, unknown>)[ALLOWED] === true;
}
