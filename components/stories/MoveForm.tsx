import { useId, useState } from 'preact/hooks';
import type { StorySummary } from '@/lib/builder/types';
import type { EditStory } from './edit-story';
import type { EntityView } from './story-view';
import { t } from './t';

export interface MoveFormProps {
  story: string;
  entity: EntityView;
  /** Every story of the reader; the entity's own is left out of the choice. */
  stories: StorySummary[];
  onEdit: EditStory;
}

/** Moves the entity, with its names and facts, to another of the reader's stories. */
export function MoveForm({ story, entity, stories, onEdit }: MoveFormProps) {
  const [chosen, setChosen] = useState('');
  const id = useId();
  const targets = stories.filter((s) => s.id !== story);
  if (targets.length === 0) return null;
  const target = targets.find((s) => s.id === chosen) ?? targets[0];
  const submit = (event: Event) => {
    event.preventDefault();
    onEdit(
      { op: 'move-entity', story, entity: entity.id, to: target.id },
      t('stories_moved', [entity.name, target.title]),
    );
  };
  return (
    <form class="entity-form" onSubmit={submit}>
      <label for={id}>{t('stories_moveTo', entity.name)}</label>
      <div class="row">
        <select
          id={id}
          value={target.id}
          onChange={(event) => setChosen(event.currentTarget.value)}
        >
          {targets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
        <button
          type="submit"
          class="button"
          aria-label={t('stories_moveLabel', [entity.name, target.title])}
        >
          {t('stories_move')}
        </button>
      </div>
    </form>
  );
}
