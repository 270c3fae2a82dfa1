import type { Phase } from './builder-state';
import { t } from './i18n';

/** What the last action of the builder did, announced to screen readers as it changes. */
export function PhaseNote({ phase }: { phase: Phase }) {
  if (phase.phase === 'idle') return <p class="visually-hidden" role="status" />;
  if (phase.phase === 'working')
    return (
      <p class="note" role="status">
        {t('builder_working')}
      </p>
    );
  return (
    <p
      class={phase.phase === 'failed' ? 'note error builder-phase' : 'note builder-phase'}
      role={phase.phase === 'failed' ? 'alert' : 'status'}
    >
      {phase.text}
    </p>
  );
}
