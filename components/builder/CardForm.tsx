import { useState } from 'preact/hooks';
import type { CardDraft } from './builder-state';
import { LangField, TextField, TypeField } from './fields';
import { t } from './i18n';

export interface CardFormProps {
  /** The form as filled from the selection and the page. */
  initial: CardDraft;
  busy: boolean;
  onSubmit: (draft: CardDraft) => void;
}

/** "Make a card": the name, its type, a one-line description and the name's language. */
export function CardForm({ initial, busy, onSubmit }: CardFormProps) {
  const [draft, setDraft] = useState(initial);
  const set = (change: Partial<CardDraft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <form
      class="builder-form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ...draft, name: draft.name.trim(), description: draft.description.trim() });
      }}
    >
      <TextField
        id="builder-name"
        label="builder_name"
        max={200}
        value={draft.name}
        onChange={(name) => set({ name })}
      />
      <TypeField value={draft.type} onChange={(type) => set({ type })} />
      <TextField
        id="builder-description"
        label="builder_description"
        max={500}
        value={draft.description}
        onChange={(description) => set({ description })}
      />
      <LangField id="builder-card-lang" value={draft.lang} onChange={(lang) => set({ lang })} />
      <button type="submit" class="button primary" disabled={busy || !draft.name.trim()}>
        {t('builder_makeCard')}
      </button>
    </form>
  );
}
