import { useEffect, useRef } from 'preact/hooks';
import { t } from './t';
import type { Notice as NoticeValue } from './use-stories';

export interface NoticeProps {
  notice: NoticeValue | null;
  onUndo: (story: string) => void;
}

/**
 * The live region that says what an action did, or the background's sentence when it failed.
 * It is always in the page, so screen readers announce each change; after a change that can be
 * undone, focus moves to Undo, since the control that was used may be gone with what it deleted.
 */
export function Notice({ notice, onUndo }: NoticeProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.kind === 'done' && notice.undo) undo.current?.focus();
  }, [notice]);
  return (
    <div
      class={`notice${notice?.kind === 'error' ? ' error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {notice && <span>{notice.text}</span>}
      {notice?.kind === 'done' && notice.undo && (
        <button
          type="button"
          ref={undo}
          class="button"
          onClick={() => notice.undo && onUndo(notice.undo)}
        >
          {t('stories_undo')}
        </button>
      )}
    </div>
  );
}
