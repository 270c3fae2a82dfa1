import { pick } from '@/lib/card/lang';
import type { Lang } from '@/lib/dataset/types';
import type { Pack } from '@/lib/pack/schema';
import type { StoryEntity } from './builder-state';

/** A story's entities for the pickers: the name in `lang` (else English) and every name. */
export function storyEntities(pack: Pack | undefined, lang: Lang): StoryEntity[] {
  return (pack?.entities ?? []).map((entity) => ({
    id: entity.id,
    name: pick(entity.name, lang).text,
    names: [
      ...new Set([
        ...Object.values(entity.name).filter((n): n is string => Boolean(n)),
        ...entity.aliases.map((a) => a.text),
      ]),
    ],
  }));
}

/** Whether the story already holds the article at this canonical URL. */
export function hasSource(pack: Pack | undefined, url: string): boolean {
  return (pack?.sources ?? []).some((source) => source.url === url);
}
