interface Props {
  related: { id: string; name: string }[];
  label: string;
  onOpen: (id: string) => void;
}

/** Related entities as buttons; choosing one opens its card inside the same card. */
export function RelatedChips({ related, label, onOpen }: Props) {
  if (!related.length) return null;
  return (
    <nav class="related" aria-label={label}>
      <span class="related-label">{label}:</span>
      <ul>
        {related.map((entity) => (
          <li key={entity.id}>
            <button type="button" class="chip" onClick={() => onOpen(entity.id)}>
              {entity.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
