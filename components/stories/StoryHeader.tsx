import { LANGS, type Lang } from '@/lib/dataset/types';
import type { EditStory } from './edit-story';
import { TextEdit } from './TextEdit';
import { t } from './t';

export interface StoryHeaderProps {
  id: string;
  title: string;
  lang: Lang;
  locale: string;
  canUndo: boolean;
  onEdit: EditStory;
  onLang: (lang: Lang) => void;
  onExport: () => void;
  onUndo: () => void;
}

/** The story's title (renamed in place), its language of editing, export, undo and delete. */
export function StoryHeader(props: StoryHeaderProps) {
  const { id, title } = props;
  const names = new Intl.DisplayNames(props.locale, { type: 'language' });
  return (
    <header class="story-header">
      <TextEdit
        value={title}
        label={t('stories_storyTitle')}
        editLabel={t('stories_rename', title)}
        onSave={(text) =>
          props.onEdit({ op: 'rename-story', story: id, title: text }, t('stories_renamed', text))
        }
      >
        <h2>{title}</h2>
      </TextEdit>
      <div class="row">
        <label for="story-lang">{t('stories_language')}</label>
        <select
          id="story-lang"
          value={props.lang}
          onChange={(event) => props.onLang(event.currentTarget.value as Lang)}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {names.of(l) ?? l}
            </option>
          ))}
        </select>
      </div>
      <div class="row">
        <button
          type="button"
          class="button"
          aria-label={t('stories_exportLabel', title)}
          onClick={props.onExport}
        >
          {t('stories_export')}
        </button>
        {props.canUndo && (
          <button type="button" class="button" onClick={props.onUndo}>
            {t('stories_undoLast')}
          </button>
        )}
        <button
          type="button"
          class="button danger"
          aria-label={t('stories_deleteStory', title)}
          onClick={() =>
            props.onEdit({ op: 'delete-story', story: id }, t('stories_storyDeleted', title))
          }
        >
          {t('stories_delete')}
        </button>
      </div>
    </header>
  );
}
