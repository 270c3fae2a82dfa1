import { collapseSpace } from '../dataset/check';
import type { Lang } from '../dataset/types';
import { MAX_FACTS } from '../pack/schema';
import { findSource } from './add-article';
import { locateQuote, type Quote } from './quote';
import { type StoryDoc, withEntity } from './story-doc';
import { StoryError } from './story-error';

/** The longest quote and fact text a pack holds (lib/pack/schema.ts). */
const MAX_QUOTE = 2000;
const MAX_TEXT = 1000;

function factText(text: string): string {
  const clean = collapseSpace(text);
  if (!clean) throw new StoryError('A fact needs a sentence of its own.');
  if (clean.length > MAX_TEXT) {
    throw new StoryError(`A fact may be at most ${MAX_TEXT} characters long: shorten it.`);
  }
  return clean;
}

/**
 * A fact on a card, resting on a selection of an article of the story: the quote is found in the
 * article's stored text (the page's context picks among repeats) and kept as a text-quote
 * selector, so the pack check verifies it as it verifies the bundled facts.
 */
export function addFact(
  doc: StoryDoc,
  edit: { entity: string; lang: Lang; text: string; url: string } & Quote,
): StoryDoc {
  const text = factText(edit.text);
  if (collapseSpace(edit.exact).length > MAX_QUOTE) {
    throw new StoryError(
      `The selection is longer than a fact may quote (${MAX_QUOTE} characters): select a sentence or two.`,
    );
  }
  const source = findSource(doc, edit.url);
  if (!source) {
    throw new StoryError('This article is not in the story: add the article first.');
  }
  const translation = source.translations[0];
  return withEntity(doc, edit.entity, (entity) => {
    if (entity.facts.length >= MAX_FACTS) {
      throw new StoryError(`This entity already has ${MAX_FACTS} facts, the most a card holds.`);
    }
    const quote = locateQuote(translation.text, edit);
    if (!quote) {
      throw new StoryError('The selection is not in the article as stored: add the article again.');
    }
    return {
      ...entity,
      facts: [
        ...entity.facts,
        { text: { [edit.lang]: text }, source: source.id, translation: translation.id, quote },
      ],
    };
  });
}

function checkIndex(facts: readonly unknown[], index: number) {
  if (index >= facts.length) throw new StoryError('This fact is no longer on the card.');
}

/** A fact's sentence in one language; its quote stays. */
export function editFact(
  doc: StoryDoc,
  edit: { entity: string; index: number; lang: Lang; text: string },
): StoryDoc {
  const text = factText(edit.text);
  return withEntity(doc, edit.entity, (entity) => {
    checkIndex(entity.facts, edit.index);
    return {
      ...entity,
      facts: entity.facts.map((fact, i) =>
        i === edit.index ? { ...fact, text: { ...fact.text, [edit.lang]: text } } : fact,
      ),
    };
  });
}

export function deleteFact(doc: StoryDoc, edit: { entity: string; index: number }): StoryDoc {
  return withEntity(doc, edit.entity, (entity) => {
    checkIndex(entity.facts, edit.index);
    return { ...entity, facts: entity.facts.filter((_, i) => i !== edit.index) };
  });
}
