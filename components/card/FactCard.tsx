import type { CardView, FactView } from '@/lib/card/card-view';
import { FactItem } from './FactItem';
import { RelatedChips } from './RelatedChips';
import type { CardStrings } from './strings';
import { fill } from './strings';

export interface FactCardProps {
  card: CardView;
  strings: CardStrings;
  /** True when this card was opened from another card's related chip. */
  canGoBack: boolean;
  onBack: () => void;
  onClose: () => void;
  onRelated: (id: string) => void;
  onReadTranslation: (fact: FactView) => void;
  onSources: () => void;
}

/** The card itself: pure props in, callbacks out. */
export function FactCard(props: FactCardProps) {
  const { card, strings } = props;
  const headingId = `factcard-name-${card.id}`;
  return (
    <section
      class="card"
      role="dialog"
      aria-labelledby={headingId}
      lang={card.lang}
      dir={card.dir}
      tabIndex={-1}
    >
      <header class="head">
        {props.canGoBack && (
          <button
            type="button"
            class="icon-button"
            onClick={props.onBack}
            aria-label={strings.card_back}
          >
            {card.dir === 'rtl' ? '→' : '←'}
          </button>
        )}
        <div class="titles">
          <h2 id={headingId} class="name">
            {card.name}
          </h2>
          <p class="meta">
            <span class="type">{strings[`card_type_${card.type}`]}</span>
            {card.nativeName && (
              <span class="native" lang="vi">
                {card.nativeName}
              </span>
            )}
          </p>
        </div>
        <button
          type="button"
          class="icon-button"
          onClick={props.onClose}
          aria-label={strings.card_close}
        >
          ×
        </button>
      </header>
      <p class="role">{card.description}</p>
      <ul class="facts">
        {card.facts.map((fact) => (
          <FactItem
            key={fact.quote}
            fact={fact}
            cardLang={card.lang}
            strings={strings}
            onReadTranslation={props.onReadTranslation}
          />
        ))}
      </ul>
      <footer class="foot">
        <p class="mentioned">
          {fill(strings.card_mentioned_in, card.mentionedIn, card.sourceCount)}
        </p>
        <RelatedChips
          related={card.related}
          label={strings.card_related}
          onOpen={props.onRelated}
        />
        {/* Two packs know this name: the reader picks which entity was meant. */}
        <RelatedChips
          related={(card.alternatives ?? []).map((a) => ({
            id: a.id,
            name: `${a.name} (${a.pack})`,
          }))}
          label={strings.card_also}
          onOpen={props.onRelated}
        />
        {card.pack && <p class="pack">{fill(strings.card_pack, card.pack)}</p>}
        <button type="button" class="link-button" onClick={props.onSources}>
          {strings.card_sources}
        </button>
      </footer>
    </section>
  );
}
