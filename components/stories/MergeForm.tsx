import { useId, useState } from 'preact/hooks';
import type { EditStory } from './edit-story';
import type { EntityView } from './story-view';
import { t } from './t';

export interface MergeFormProps {
  story: string;
  entity: EntityView;
  others: EntityView[];
  onEdit: EditStory;
}

/** Merges this entity and another of the story into one; the reader chooses which one stays. */
export function MergeForm({ story, entity, others, onEdit }: MergeFormProps) {
  const [chosen, setChosen] = useState('');
  const [keepThis, setKeepThis] = useState(true);
  const id = useId();
  if (others.length === 0) return null;
  const other = others.find((o) => o.id === chosen) ?? others[0];
  const [into, from] = keepThis ? [entity, other] : [other, entity];
  const submit = (event: Event) => {
    event.preventDefault();
    onEdit(
      { op: 'merge-entities', story, into: into.id, from: from.id },
      t('stories_merged', [from.name, into.name]),
    );
  };
  return (
    <form class="entity-form" onSubmit={submit}>
      <fieldset>
        <legend>{t('stories_mergeWith', entity.name)}</legend>
        <label for={`${id}-other`}>{t('stories_otherEntity')}</label>
        <select
          id={`${id}-other`}
          value={other.id}
          onChange={(event) => setChosen(event.currentTarget.value)}
        >
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        <label class="choice">
          <input
            type="radio"
            name={`${id}-keep`}
            checked={keepThis}
            onChange={() => setKeepThis(true)}
          />
          {t('stories_keep', entity.name)}
        </label>
        <label class="choice">
          <input
            type="radio"
            name={`${id}-keep`}
            checked={!keepThis}
            onChange={() => setKeepThis(false)}
          />
          {t('stories_keep', other.name)}
        </label>
        <button
          type="submit"
          class="button"
          aria-label={t('stories_mergeLabel', [entity.name, other.name])}
        >
          {t('stories_merge')}
        </button>
      </fieldset>
    </form>
  );
}
