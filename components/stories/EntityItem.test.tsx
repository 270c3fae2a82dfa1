// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { interact, show, useComponentTest } from '@/components/popup/test-helpers';
import { EntityItem } from './EntityItem';
import { type EntityView, storyView } from './story-view';
import { button, field, fill, summary, testStory } from './test-story';

describe('EntityItem', () => {
  const { root } = useComponentTest();
  const render = (lang: 'en' | 'fr' = 'en') => {
    const onEdit = vi.fn();
    const [ilse, council] = storyView(testStory(), lang).entities;
    const stories = [summary(), summary({ id: 'harbour-walk', title: 'Harbour walk' })];
    show(
      <ul>
        <EntityItem
          story="varne-ferry"
          entity={ilse}
          others={[council]}
          stories={stories}
          lang={lang}
          langName={lang === 'en' ? 'English' : 'French'}
          locale={lang}
          onEdit={onEdit}
        />
      </ul>,
      root(),
    );
    return onEdit;
  };
  const edit = (onEdit: ReturnType<typeof vi.fn>) => onEdit.mock.calls.at(-1);
  /** One entity alone in English, with no other card or story to join. */
  const renderAlone = (entity: EntityView) =>
    show(
      <ul>
        <EntityItem
          story="varne-ferry"
          entity={entity}
          others={[]}
          stories={[]}
          lang="en"
          langName="English"
          locale="en"
          onEdit={vi.fn()}
        />
      </ul>,
      root(),
    );

  test('shows the name, type, names per language, description and each fact with its source', () => {
    render();
    const item = root().querySelector('[data-entity="ilse-brandt"]')!;
    expect(item.querySelector('h4')?.textContent).toBe('Ilse Brandt');
    expect(field<HTMLSelectElement>(root(), 'Type').value).toBe('person');
    const names = [...item.querySelectorAll('.entity-names > div')].map((d) => d.textContent);
    expect(names).toEqual(['enIlse Brandt×Mayor Brandt×', 'frIlse Brandt×']);
    expect(item.querySelector('.description')?.textContent).toBe('Mayor of Varne');
    const fact = item.querySelector('[data-fact="0"]')!;
    expect(fact.textContent).toContain('Says the first boat sails in May.');
    expect(fact.querySelector('.source-chip a')?.getAttribute('href')).toBe(
      'https://varne.example/ferry',
    );
    expect(fact.querySelector('.source-chip')?.textContent).toContain('Varne Post · en');
    expect(fact.querySelector('mark')?.textContent).toBe('the first boat sails in May');
  });

  test('the name is edited in the language chosen for the story', () => {
    const onEdit = render('fr');
    interact(() => button(root(), 'Edit the name of Ilse Brandt').click());
    fill(field(root(), 'Name (French)'), 'Mme Brandt');
    interact(() => button(root(), 'Save').click());
    expect(edit(onEdit)).toEqual([
      {
        op: 'edit-entity',
        story: 'varne-ferry',
        entity: 'ilse-brandt',
        lang: 'fr',
        name: 'Mme Brandt',
      },
      'The name is now “Mme Brandt”.',
    ]);
  });

  test('the type and the description are edited', () => {
    const onEdit = render();
    fill(field(root(), 'Type'), 'organisation');
    expect(edit(onEdit)?.[0]).toEqual({
      op: 'edit-entity',
      story: 'varne-ferry',
      entity: 'ilse-brandt',
      lang: 'en',
      type: 'organisation',
    });
    interact(() => button(root(), 'Edit the description of Ilse Brandt').click());
    fill(field(root(), 'Description (English)'), 'Mayor of Varne since 2024');
    interact(() => button(root(), 'Save').click());
    expect(edit(onEdit)?.[0]).toMatchObject({
      op: 'edit-entity',
      description: 'Mayor of Varne since 2024',
    });
  });

  test("a person's country is chosen by its name in the page's language, or none", () => {
    const onEdit = render('fr');
    const country = field<HTMLSelectElement>(root(), 'Country');
    expect(country.value).toBe('');
    const options = [...country.options].map((o) => o.textContent);
    expect(options).toContain('Norvège');
    expect(options.indexOf('Allemagne')).toBeLessThan(options.indexOf('Norvège'));
    fill(country, 'NO');
    expect(edit(onEdit)).toEqual([
      { op: 'edit-entity', story: 'varne-ferry', entity: 'ilse-brandt', lang: 'fr', country: 'NO' },
      'Ilse Brandt is now from Norvège.',
    ]);
    fill(country, '');
    expect(edit(onEdit)).toEqual([
      { op: 'edit-entity', story: 'varne-ferry', entity: 'ilse-brandt', lang: 'fr', country: '' },
      'Ilse Brandt has no country now.',
    ]);
  });

  test('what is not a person has no country to choose', () => {
    const [, council] = storyView(testStory(), 'en').entities;
    renderAlone(council);
    expect(() => field(root(), 'Country')).toThrow(/No field labelled "Country"/);
  });

  test('a name, a fact and the entity are deleted by their own buttons', () => {
    const onEdit = render();
    interact(() => button(root(), 'Delete the name “Mayor Brandt” (en)').click());
    expect(edit(onEdit)).toEqual([
      {
        op: 'delete-name',
        story: 'varne-ferry',
        entity: 'ilse-brandt',
        text: 'Mayor Brandt',
        lang: 'en',
      },
      'The name “Mayor Brandt” was deleted.',
    ]);
    interact(() => button(root(), 'Delete fact 1 of Ilse Brandt').click());
    expect(edit(onEdit)?.[0]).toEqual({
      op: 'delete-fact',
      story: 'varne-ferry',
      entity: 'ilse-brandt',
      index: 0,
    });
    interact(() => button(root(), 'Delete the card of Ilse Brandt').click());
    expect(edit(onEdit)?.[0]).toEqual({
      op: 'delete-entity',
      story: 'varne-ferry',
      entity: 'ilse-brandt',
    });
  });

  test("a fact's text is edited in the story's language", () => {
    const onEdit = render('fr');
    interact(() => button(root(), 'Edit fact 1 of Ilse Brandt').click());
    const text = field<HTMLTextAreaElement>(root(), 'Fact (French)');
    expect(text.value).toBe('Annonce un premier départ en mai.');
    fill(text, 'Promet un premier ferry en mai.');
    interact(() => button(root(), 'Save').click());
    expect(edit(onEdit)?.[0]).toEqual({
      op: 'edit-fact',
      story: 'varne-ferry',
      entity: 'ilse-brandt',
      index: 0,
      lang: 'fr',
      text: 'Promet un premier ferry en mai.',
    });
  });

  test('a merge keeps the entity the reader chooses', () => {
    const onEdit = render();
    interact(() => button(root(), 'Merge Ilse Brandt and Council of Varne into one card').click());
    expect(edit(onEdit)).toEqual([
      { op: 'merge-entities', story: 'varne-ferry', into: 'ilse-brandt', from: 'varne-council' },
      'Council of Varne was merged into Ilse Brandt.',
    ]);
    const keepOther = [...root().querySelectorAll('label.choice')].find((l) =>
      l.textContent?.includes('Keep Council of Varne'),
    )!;
    interact(() => keepOther.querySelector('input')!.click());
    interact(() => button(root(), 'Merge Ilse Brandt and Council of Varne into one card').click());
    expect(edit(onEdit)?.[0]).toMatchObject({ into: 'varne-council', from: 'ilse-brandt' });
  });

  test('a move offers the other stories only', () => {
    const onEdit = render();
    const select = field<HTMLSelectElement>(root(), 'Move Ilse Brandt to the story');
    expect([...select.options].map((o) => o.value)).toEqual(['harbour-walk']);
    interact(() => button(root(), 'Move Ilse Brandt to “Harbour walk”').click());
    expect(edit(onEdit)).toEqual([
      { op: 'move-entity', story: 'varne-ferry', entity: 'ilse-brandt', to: 'harbour-walk' },
      'Ilse Brandt was moved to “Harbour walk”.',
    ]);
  });

  test('a name is added in the language picked, and an empty one is refused before sending', () => {
    const onEdit = render('fr');
    interact(() => button(root(), 'Add the name to Ilse Brandt').click());
    expect(onEdit).not.toHaveBeenCalled();
    expect(root().textContent).toContain('Write something first');
    fill(field(root(), 'Another name for Ilse Brandt'), ' la maire Brandt ');
    expect(field<HTMLSelectElement>(root(), 'Language of the name').value).toBe('fr');
    interact(() => button(root(), 'Add the name to Ilse Brandt').click());
    expect(edit(onEdit)).toEqual([
      {
        op: 'add-name',
        story: 'varne-ferry',
        entity: 'ilse-brandt',
        text: 'la maire Brandt',
        lang: 'fr',
      },
      '“la maire Brandt” was added; open pages find it at once.',
    ]);
    expect(field<HTMLInputElement>(root(), 'Another name for Ilse Brandt').value).toBe('');
  });

  test("a quote's cut context is shown from and to whole words", () => {
    const pack = testStory();
    pack.entities[0].facts[0].quote = {
      exact: 'the first boat sails in May',
      prefix: 'approved the ferry line. Mayor Ilse Brandt said ',
      suffix: '. The council will meet again in June to set fares',
    };
    const [ilse] = storyView(pack, 'en').entities;
    renderAlone(ilse);
    expect(root().querySelector('.quote')?.textContent).toBe(
      '… the ferry line. Mayor Ilse Brandt said the first boat sails in May. The council will meet again in June to set …',
    );
    // Short context reaches the edge of the text: it is shown whole.
    expect(storyView(testStory(), 'en').entities[0].facts[0].quote.prefix).toBe('Brandt said ');
  });
});
