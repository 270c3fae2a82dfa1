import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DETECTOR } from './content/load-chunk';
import { startPage } from './content/start-page';

// Detection, painting and the card wiring: loaded by the content script only on a page where the
// prefilter found something (entrypoints/content/index.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DETECTOR.name] = startPage;
});
