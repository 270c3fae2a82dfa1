import { browser } from 'wxt/browser';

/** The stories page, opened on one story when `story` names it (else on the newest). */
export function storiesUrl(story = ''): string {
  const page = browser.runtime.getURL('/stories.html');
  return story ? `${page}#${encodeURIComponent(story)}` : page;
}
