/** What short-form gating needs of a mention. */
interface Named {
  entityId: string;
  short?: boolean;
}

/**
 * Keeps a short form ("Pinto", "President Cuong") only after a full mention of its entity earlier
 * in `mentions` (text order): before the full name, "Pinto" may well be someone else. `named`
 * carries the entities already named in full across calls (the paragraphs of one text).
 */
export function keepNamedShortForms<M extends Named>(
  mentions: readonly M[],
  named = new Set<string>(),
): M[] {
  return mentions.filter((m) => {
    if (!m.short) named.add(m.entityId);
    return !m.short || named.has(m.entityId);
  });
}
