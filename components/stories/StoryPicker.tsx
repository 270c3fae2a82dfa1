import type { StorySummary } from '@/lib/builder/types';
import { t } from './t';

export interface StoryPickerProps {
  stories: StorySummary[];
  current: string;
  locale: string;
}

/** The reader's stories, newest first; each is a link to its place in the page's hash. */
export function StoryPicker({ stories, current, locale }: StoryPickerProps) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <nav class="story-picker" aria-label={t('stories_list')}>
      <ul>
        {stories.map((s) => (
          <li key={s.id}>
            <a
              href={`#${encodeURIComponent(s.id)}`}
              aria-current={s.id === current ? 'page' : undefined}
            >
              {s.title}
            </a>
            <span class="hint">
              {t('stories_counts', [String(s.articles), String(s.entities), String(s.facts)])} ·{' '}
              {t('stories_updated', date.format(s.updatedAt))}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
