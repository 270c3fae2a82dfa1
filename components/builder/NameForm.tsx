import { useState } from 'preact/hooks';
import type { NameDraft, StoryEntity } from './builder-state';
import { chosenEntity, EntityField, LangField, TextField } from './fields';
import { t } from './i18n';

export interface NameFormProps {
  entities: readonly StoryEntity[];
  /** The name as filled from the selection and the page's language. */
  initial: Omit<NameDraft, 'entity'>;
  busy: boolean;
  onSubmit: (draft: NameDraft) => void;
}

/** "Add as another name": the entity and the name, in the page's language unless changed. */
export function NameForm({ entities, initial, busy, onSubmit }: NameFormProps) {
  const [draft, setDraft] = useState<NameDraft>({ entity: entities[0]?.id ?? '', ...initial });
  const set = (change: Partial<NameDraft>) => setDraft((d) => ({ ...d, ...change }));
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
      <EntityField entities={entities} value={entity} onChange={(entity) => set({ entity })} />
      <TextField
        id="builder-alias"
        label="builder_name"
        max={200}
        value={draft.text}
        onChange={(text) => set({ text })}
      />
      <LangField id="builder-name-lang" value={draft.lang} onChange={(lang) => set({ lang })} />
      <button type="submit" class="button primary" disabled={busy || !draft.text.trim()}>
        {t('builder_addName')}
      </button>
    </form>
  );
}
