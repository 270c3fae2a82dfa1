import { useId, useState } from 'preact/hooks';
import { LANGS, type Lang } from '@/lib/dataset/types';
import type { EditStory } from './edit-story';
import type { EntityView } from './story-view';
import { t } from './t';

export interface AddNameFormProps {
  story: string;
  entity: EntityView;
  /** The language the story is edited in, the new name's first choice. */
  lang: Lang;
  onEdit: EditStory;
}

/** Adds a name the entity is found by on pages, in a language the reader picks. */
export function AddNameForm({ story, entity, lang, onEdit }: AddNameFormProps) {
  const [text, setText] = useState('');
  const [nameLang, setNameLang] = useState<Lang>(lang);
  const [empty, setEmpty] = useState(false);
  const id = useId();
  const submit = (event: Event) => {
    event.preventDefault();
    const name = text.trim();
    if (!name) return setEmpty(true);
    setEmpty(false);
    setText('');
    onEdit(
      { op: 'add-name', story, entity: entity.id, text: name, lang: nameLang },
      t('stories_nameAdded', name),
    );
  };
  return (
    <form class="add-name row" onSubmit={submit}>
      <label for={`${id}-text`}>{t('stories_newName', entity.name)}</label>
      <input
        id={`${id}-text`}
        value={text}
        aria-invalid={empty}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <label for={`${id}-lang`} class="visually-hidden">
        {t('stories_nameLang')}
      </label>
      <select
        id={`${id}-lang`}
        value={nameLang}
        onChange={(event) => setNameLang(event.currentTarget.value as Lang)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      <button type="submit" class="button" aria-label={t('stories_addNameLabel', entity.name)}>
        {t('stories_add')}
      </button>
      {empty && <p class="hint error">{t('stories_empty')}</p>}
    </form>
  );
}
