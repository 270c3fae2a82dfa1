import type { Lang } from '@/lib/dataset/types';
import type { EditStory } from './edit-story';
import type { EntityView, FactView } from './story-view';
import { TextEdit } from './TextEdit';
import { t } from './t';

export interface StoryFactProps {
  story: string;
  entity: EntityView;
  fact: FactView;
  lang: Lang;
  langName: string;
  onEdit: EditStory;
}

/** One fact: its text (editable), the article it is from, the quote that supports it, delete. */
export function StoryFact({ story, entity, fact, lang, langName, onEdit }: StoryFactProps) {
  const n = String(fact.index + 1);
  const target = { story, entity: entity.id, index: fact.index };
  return (
    <li class="story-fact" data-fact={fact.index}>
      <TextEdit
        value={fact.text}
        label={t('stories_factIn', langName)}
        editLabel={t('stories_editFact', [n, entity.name])}
        multiline
        onSave={(text) =>
          onEdit({ op: 'edit-fact', ...target, lang, text }, t('stories_factChanged', n))
        }
      >
        <p>{fact.text}</p>
      </TextEdit>
      <p class="source-chip">
        {fact.source ? (
          <a href={fact.source.url} target="_blank" rel="noopener noreferrer">
            {fact.source.site} · {fact.source.lang}
            <span class="visually-hidden"> ({t('stories_newTab')})</span>
          </a>
        ) : (
          t('stories_sourceMissing')
        )}
      </p>
      <blockquote class="quote">
        <span class="context">{fact.quote.prefix}</span>
        <mark>{fact.quote.exact}</mark>
        <span class="context">{fact.quote.suffix}</span>
      </blockquote>
      <button
        type="button"
        class="link-button"
        aria-label={t('stories_deleteFact', [n, entity.name])}
        onClick={() => onEdit({ op: 'delete-fact', ...target }, t('stories_factDeleted', n))}
      >
        {t('stories_delete')}
      </button>
    </li>
  );
}
