import { useState } from 'preact/hooks';
import type { FactDraft, StoryEntity } from './builder-state';
import { chosenEntity, EntityField, TextField } from './fields';
import { t } from './i18n';

export interface FactFormProps {
  /** The story's entities, those named in the selection first. */
  entities: readonly StoryEntity[];
  /** The selected text, which the fact's text starts as. */
  text: string;
  busy: boolean;
  onSubmit: (draft: FactDraft) => void;
}

/** "Add as a fact": the entity it is about and the fact's words, the selection until edited. */
export function FactForm({ entities, text, busy, onSubmit }: FactFormProps) {
  const [draft, setDraft] = useState<FactDraft>({ entity: entities[0]?.id ?? '', text });
  const entity = chosenEntity(entities, draft.entity);
  if (entities.length === 0) return <p class="note">{t('builder_noCards')}</p>;
  return (
    <form
      class="builder-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ...draft, entity, text: draft.text.trim() });
      }}
    >
      <EntityField
        entities={entities}
        value={entity}
        onChange={(entity) => setDraft((d) => ({ ...d, entity }))}
      />
      <TextField
        id="builder-fact"
        label="builder_fact"
        max={1000}
        long
        value={draft.text}
        onChange={(value) => setDraft((d) => ({ ...d, text: value }))}
      />
      <button type="submit" class="button primary" disabled={busy || !draft.text.trim()}>
        {t('builder_addFact')}
      </button>
    </form>
  );
}
