import type { StorySummary } from '@/lib/builder/types';
import { ENTITY_TYPES, type EntityType, type Lang } from '@/lib/dataset/types';
import { AddNameForm } from './AddNameForm';
import { CountryField } from './CountryField';
import { EntityNames } from './EntityNames';
import type { EditStory } from './edit-story';
import { MergeForm } from './MergeForm';
import { MoveForm } from './MoveForm';
import { StoryFact } from './StoryFact';
import type { EntityView } from './story-view';
import { TextEdit } from './TextEdit';
import { t } from './t';

export interface EntityItemProps {
  story: string;
  entity: EntityView;
  /** The story's other entities, for a merge. */
  others: EntityView[];
  /** The reader's other stories, for a move. */
  stories: StorySummary[];
  lang: Lang;
  langName: string;
  /** The page's language, for the countries' names. */
  locale: string;
  onEdit: EditStory;
}

/** One entity: its name, type, names, description and facts, each editable, and what it can join. */
export function EntityItem({
  story,
  entity,
  others,
  stories,
  lang,
  langName,
  locale,
  onEdit,
}: EntityItemProps) {
  const { id, name } = entity;
  const base = { story, entity: id, lang };
  const headingId = `entity-${id}`;
  return (
    <li class="entity" data-entity={id} aria-labelledby={headingId}>
      <TextEdit
        value={name}
        label={t('stories_nameIn', langName)}
        editLabel={t('stories_editName', name)}
        onSave={(text) =>
          onEdit({ op: 'edit-entity', ...base, name: text }, t('stories_nameChanged', text))
        }
      >
        <h4 id={headingId}>{name}</h4>
      </TextEdit>
      <div class="row">
        <label for={`${headingId}-type`}>{t('stories_type')}</label>
        <select
          id={`${headingId}-type`}
          value={entity.type}
          onChange={(event) => {
            const type = event.currentTarget.value as EntityType;
            const typeName = t(`card_type_${type}`);
            onEdit(
              { op: 'edit-entity', ...base, type },
              t('stories_typeChanged', [name, typeName]),
            );
          }}
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`card_type_${type}`)}
            </option>
          ))}
        </select>
      </div>
      {entity.type === 'person' && (
        <CountryField
          id={`${headingId}-country`}
          value={entity.country}
          locale={locale}
          onChange={(country, countryName) =>
            onEdit(
              { op: 'edit-entity', ...base, country },
              country
                ? t('stories_countryChanged', [name, countryName])
                : t('stories_countryCleared', name),
            )
          }
        />
      )}
      <TextEdit
        value={entity.description}
        label={t('stories_descriptionIn', langName)}
        editLabel={t('stories_editDescription', name)}
        multiline
        onSave={(text) =>
          onEdit(
            { op: 'edit-entity', ...base, description: text },
            t('stories_descriptionChanged', name),
          )
        }
      >
        <p class="description">{entity.description || t('stories_noDescription')}</p>
      </TextEdit>
      <EntityNames story={story} entity={entity} onEdit={onEdit} />
      <AddNameForm story={story} entity={entity} lang={lang} onEdit={onEdit} />
      <h5>{t('stories_facts')}</h5>
      {entity.facts.length === 0 ? (
        <p class="note">{t('stories_noFacts')}</p>
      ) : (
        <ol class="story-facts">
          {entity.facts.map((fact) => (
            <StoryFact
              key={fact.index}
              {...{ story, fact, lang, langName, onEdit }}
              entity={entity}
            />
          ))}
        </ol>
      )}
      <div class="entity-actions">
        <MergeForm story={story} entity={entity} others={others} onEdit={onEdit} />
        <MoveForm story={story} entity={entity} stories={stories} onEdit={onEdit} />
        <button
          type="button"
          class="button danger"
          aria-label={t('stories_deleteEntity', name)}
          onClick={() =>
            onEdit({ op: 'delete-entity', story, entity: id }, t('stories_entityDeleted', name))
          }
        >
          {t('stories_delete')}
        </button>
      </div>
    </li>
  );
}
