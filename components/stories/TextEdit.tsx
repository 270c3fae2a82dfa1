import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from './t';

export interface TextEditProps {
  value: string;
  /** The field's label while it is edited ("Name in English"). */
  label: string;
  /** The accessible name of the button that opens the field ("Edit the name of UNODC"). */
  editLabel: string;
  multiline?: boolean;
  onSave: (text: string) => void;
  /** What is shown while the text is not edited. */
  children: ComponentChildren;
}

/** A text shown with an Edit button that turns it into a labelled field; Escape cancels. */
export function TextEdit({ value, label, editLabel, multiline, onSave, children }: TextEditProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const id = useId();
  useEffect(() => {
    if (draft !== null && !wasOpen.current) field.current?.focus();
    if (draft === null && wasOpen.current) opener.current?.focus();
    wasOpen.current = draft !== null;
  }, [draft]);

  if (draft === null) {
    return (
      <div class="text-edit">
        {children}
        <button
          type="button"
          ref={opener}
          class="link-button"
          aria-label={editLabel}
          onClick={() => setDraft(value)}
        >
          {t('stories_edit')}
        </button>
      </div>
    );
  }
  const close = () => {
    setEmpty(false);
    setDraft(null);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return setEmpty(true);
    close();
    if (text !== value) onSave(text);
  };
  const Field = multiline ? 'textarea' : 'input';
  return (
    <form class="text-edit editing" onSubmit={submit}>
      <label for={id}>{label}</label>
      <Field
        id={id}
        ref={field}
        value={draft}
        aria-invalid={empty}
        aria-describedby={empty ? `${id}-empty` : undefined}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Escape' && close()}
      />
      {empty && (
        <p id={`${id}-empty`} class="hint error">
          {t('stories_empty')}
        </p>
      )}
      <div class="row">
        <button type="submit" class="button">
          {t('stories_save')}
        </button>
        <button type="button" class="button" onClick={close}>
          {t('stories_cancel')}
        </button>
      </div>
    </form>
  );
}
