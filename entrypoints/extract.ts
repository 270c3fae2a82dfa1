import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createPageReader } from '@/lib/extract/page-reader';
import { EXTRACT } from './content/handoff';

// The story builder's article extraction and selection reading: loaded by the content script
// only when the popup asks for them (entrypoints/content/start/page-requests.ts), so that the
// script every page runs does not carry Readability.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EXTRACT.name] = createPageReader(
    document,
    () => location.href,
  );
});
