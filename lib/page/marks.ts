/**
 * The performance marks the test suite and the benchmarks wait for and read: `factcard-painted`
 * (a page's first complete pass) and `factcard-card-shown` (a card on screen). A page's marks are
 * seen by every script of the page, and analytics scripts send the marks they find to the site,
 * so they are left only where storage.local holds PAGE_MARKS_KEY (the test and benchmark
 * launchers set it), never in a reader's browser. The content script reads the key with its
 * settings and hands the answer to detector.js, which hands it to cards.js.
 */
export const PAGE_MARKS_KEY = 'page-marks';
