import { browser } from 'wxt/browser';
import type { PageEntity } from '@/lib/page-messages';

export interface MentionListProps {
  entities: readonly PageEntity[];
  /** Scrolls the page to the entity's first mention and opens its card there. */
  onReveal: (entityId: string) => void;
}

/** The entities found on the page, in the order the reader meets them. */
export function MentionList({ entities, onReveal }: MentionListProps) {
  return (
    <ol class="mentions">
      {entities.map((entity) => (
        <li key={entity.id}>
          <button type="button" class="mention" onClick={() => onReveal(entity.id)}>
            <span class="mention-name">{entity.name}</span>
            {/* The bare number means little when heard, so screen readers get a sentence. */}
            <span class="count" aria-hidden="true">
              {entity.count}
            </span>
            <span class="visually-hidden">
              {' '}
              {browser.i18n.getMessage('popup_mentionCount', String(entity.count))}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
