import type { EditStory } from './edit-story';
import type { EntityView } from './story-view';
import { t } from './t';

export interface EntityNamesProps {
  story: string;
  entity: EntityView;
  onEdit: EditStory;
}

/** The names an entity is found by, per language, each with a button that deletes it. */
export function EntityNames({ story, entity, onEdit }: EntityNamesProps) {
  return (
    <>
      <h5>{t('stories_names')}</h5>
      <dl class="entity-names">
        {entity.names.map(({ lang, texts }) => (
          <div key={lang} class="row">
            <dt>{lang}</dt>
            {texts.map((text) => (
              <dd key={text} class="name-chip" lang={lang}>
                <span>{text}</span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={t('stories_deleteName', [text, lang])}
                  onClick={() =>
                    onEdit(
                      { op: 'delete-name', story, entity: entity.id, text, lang },
                      t('stories_nameDeleted', text),
                    )
                  }
                >
                  ×
                </button>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </>
  );
}
