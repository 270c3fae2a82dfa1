import { useState } from 'preact/hooks';
import type { StorySummary } from '@/lib/builder/types';
import type { Lang } from '@/lib/dataset/types';
import type { Pack } from '@/lib/pack/schema';
import { ArticleList } from './ArticleList';
import { EntityItem } from './EntityItem';
import type { EditStory } from './edit-story';
import { StoryHeader } from './StoryHeader';
import { firstLang, storyView } from './story-view';
import { t } from './t';

export interface StoryPanelProps {
  pack: Pack;
  stories: StorySummary[];
  locale: string;
  onEdit: EditStory;
  onUndo: () => void;
  onExport: () => void;
}

/** One story: its header, its articles and its entities, in the language the reader edits. */
export function StoryPanel({ pack, stories, locale, onEdit, onUndo, onExport }: StoryPanelProps) {
  const [chosenLang, setLang] = useState<Lang | null>(null);
  const lang = chosenLang ?? firstLang(pack.languages, locale);
  const view = storyView(pack, lang);
  const langName = new Intl.DisplayNames(locale, { type: 'language' }).of(lang) ?? lang;
  const summary = stories.find((s) => s.id === pack.id);
  return (
    <article class="story" data-story={pack.id}>
      <StoryHeader
        id={view.id}
        title={view.title}
        lang={lang}
        locale={locale}
        canUndo={summary?.canUndo ?? false}
        onEdit={onEdit}
        onLang={setLang}
        onExport={onExport}
        onUndo={onUndo}
      />
      <ArticleList story={view.id} articles={view.articles} locale={locale} onEdit={onEdit} />
      <section class="story-section" aria-labelledby="entities-heading">
        <h3 id="entities-heading">{t('stories_entities')}</h3>
        {view.entities.length === 0 ? (
          <p class="note">{t('stories_noEntities')}</p>
        ) : (
          <ul class="entities">
            {view.entities.map((entity) => (
              <EntityItem
                key={entity.id}
                story={view.id}
                entity={entity}
                others={view.entities.filter((e) => e.id !== entity.id)}
                stories={stories}
                lang={lang}
                langName={langName}
                locale={locale}
                onEdit={onEdit}
              />
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
