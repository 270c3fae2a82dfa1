import type { StorySummary } from '@/lib/builder/types';
import type { StoryChoice } from './builder-state';
import { t } from './i18n';

export interface StoryPickerProps {
  stories: readonly StorySummary[];
  choice: StoryChoice;
  onChoose: (choice: StoryChoice) => void;
}

/** One of the reader's stories, or a new one with the title typed beside it. */
export function StoryPicker({ stories, choice, onChoose }: StoryPickerProps) {
  return (
    <div class="builder-field">
      <label for="builder-story">{t('builder_story')}</label>
      <select
        id="builder-story"
        value={choice.id}
        onChange={(e) => {
          const id = e.currentTarget.value;
          onChoose({ id, title: '' });
        }}
      >
        {stories.map((story) => (
          <option key={story.id} value={story.id}>
            {story.title}
          </option>
        ))}
        <option value="">{t('builder_newStory')}</option>
      </select>
      {choice.id === '' && (
        <input
          type="text"
          aria-label={t('builder_newStoryTitle')}
          placeholder={t('builder_newStoryTitle')}
          maxLength={200}
          value={choice.title}
          onInput={(e) => onChoose({ id: '', title: e.currentTarget.value })}
        />
      )}
    </div>
  );
}
