import { browser } from 'wxt/browser';
import { resolveCardLang } from '@/lib/card/lang';
import type { PageEntity, PageMentions } from '@/lib/page-messages';
import type { PageServices } from '../handoff';

/** Mentions counted per entity, in the order of each entity's first mention. */
function countMentions(mentions: readonly { entityId: string }[]) {
  const counts = new Map<string, number>();
  for (const { entityId } of mentions) counts.set(entityId, (counts.get(entityId) ?? 0) + 1);
  return [...counts].map(([entityId, count]) => ({ entityId, count }));
}

/**
 * The popup's list of what this page mentions: each entity once, named in the language the
 * page's cards open in, so that the two agree.
 */
export async function pageMentions(
  mentions: readonly { entityId: string }[],
  cardLanguage: string,
  ask: PageServices['ask'],
): Promise<PageMentions> {
  const hostname = location.hostname;
  const counted = countMentions(mentions);
  if (counted.length === 0) return { hostname, entities: [] };
  const lang = resolveCardLang(
    cardLanguage,
    document.documentElement.lang,
    browser.i18n.getUILanguage(),
  );
  const names = new Map((await ask({ type: 'names', lang })).map((n) => [n.id, n.name]));
  const entities: PageEntity[] = counted.map(({ entityId, count }) => ({
    id: entityId,
    name: names.get(entityId) ?? entityId,
    count,
  }));
  return { hostname, entities };
}
