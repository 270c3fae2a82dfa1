import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPage } from './content/detect/start-page';
import { DETECTOR } from './content/handoff';

// Detection, painting and the card wiring: loaded by the content script only on a page where the
// prefilter found something (entrypoints/content/index.ts).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DETECTOR.name] = startPage;
});
