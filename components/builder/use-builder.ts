import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle, StorySummary } from '@/lib/builder/types';
import type { EntityType, Lang } from '@/lib/dataset/types';
import type { PageSelection } from '@/lib/extract/page-reader';
import type { Pack } from '@/lib/pack/schema';
import { knownNames } from '@/lib/story/known';
import { suggestNames } from '@/lib/story/suggest';
import { ask } from '@/utils/ask';
import type { TargetTab } from '../popup/use-target-tab';
import type {
  CardDraft,
  FactDraft,
  NameDraft,
  Phase,
  StoryChoice,
  SuggestionsState,
} from './builder-state';
import { t } from './i18n';
import { readArticle, readSelection } from './page-reading';
import { hasSource } from './story-entities';

/**
 * The story builder's state and actions for one tab: the reader's stories, the one chosen and its
 * pack, the page's selection, and the phase of the last action. The article is extracted once,
 * on the first action that needs it.
 */
export function useBuilder(tab: TargetTab | null | undefined) {
  const [stories, setStories] = useState<StorySummary[]>();
  const [choice, setChoice] = useState<StoryChoice>({ id: '', title: '' });
  const [pack, setPack] = useState<Pack>();
  const [selection, setSelection] = useState<PageSelection>();
  const [phase, setPhase] = useState<Phase>({ phase: 'idle' });
  const [suggestions, setSuggestions] = useState<SuggestionsState>();
  const article = useRef<Promise<ExtractedArticle> | undefined>(undefined);

  const refresh = useCallback(async (id: string) => {
    const list = await ask({ type: 'stories' });
    setStories(list);
    setPack(id ? await ask({ type: 'story', id }) : undefined);
  }, []);

  useEffect(() => {
    ask({ type: 'stories' }).then(
      (list) => {
        setStories(list);
        if (list[0]) setChoice({ id: list[0].id, title: '' });
      },
      (error: Error) => setPhase({ phase: 'failed', text: error.message }),
    );
  }, []);
  useEffect(() => {
    if (!choice.id) return setPack(undefined);
    ask({ type: 'story', id: choice.id }).then(setPack, () => setPack(undefined));
  }, [choice.id]);
  useEffect(() => {
    if (tab) readSelection(tab.id).then(setSelection);
  }, [tab]);

  const extract = () => {
    if (!tab) throw new Error(t('builder_unreadable'));
    article.current ??= readArticle(tab.id);
    article.current.catch(() => {
      article.current = undefined;
    });
    return article.current;
  };

  /** Adds the page's article to the chosen story (making the story when it is new). */
  const addArticle = async (page: ExtractedArticle) => {
    const title = choice.id === '' ? choice.title.trim() || page.title : '';
    const added = await ask({ type: 'add-article', story: choice.id, title, article: page });
    setChoice({ id: added.story, title: '' });
    await refresh(added.story);
    return added;
  };

  /** The story to write to, with the page's article in it. */
  const storyWithArticle = async () => {
    const page = await extract();
    if (choice.id && hasSource(pack, page.url)) return { story: choice.id, page };
    return { story: (await addArticle(page)).story, page };
  };

  const run = (work: () => Promise<string>) => {
    setPhase({ phase: 'working' });
    work().then(
      (text) => setPhase({ phase: 'done', text }),
      (error: unknown) =>
        setPhase({ phase: 'failed', text: error instanceof Error ? error.message : String(error) }),
    );
  };

  const storyTitle = (id: string) => stories?.find((s) => s.id === id)?.title ?? '';

  return {
    stories,
    choice,
    pack,
    selection,
    phase,
    suggestions,
    choose: setChoice,
    addArticle: () =>
      run(async () => {
        const page = await extract();
        const added = await addArticle(page);
        const known = await knownFromPacks().catch(() => undefined);
        const items = suggestNames({ text: page.text, lang: page.lang }, { known });
        setSuggestions({ lang: page.lang, items, made: [] });
        const list = await ask({ type: 'stories' });
        const title = list.find((s) => s.id === added.story)?.title ?? '';
        return t(added.created ? 'builder_articleAdded' : 'builder_articleUpdated', title);
      }),
    makeCard: (draft: CardDraft) =>
      run(async () => {
        const { story } = await storyWithArticle();
        await ask({ type: 'story-edit', edit: { op: 'make-entity', story, ...draft } });
        await refresh(story);
        return t('builder_cardMade', draft.name);
      }),
    makeSuggested: (name: string, type: EntityType, lang: Lang) =>
      run(async () => {
        const story = choice.id;
        await ask({
          type: 'story-edit',
          edit: { op: 'make-entity', story, name, type, lang, description: '' },
        });
        setSuggestions((s) => s && { ...s, made: [...s.made, name] });
        await refresh(story);
        return t('builder_cardMade', name);
      }),
    addFact: (draft: FactDraft) =>
      run(async () => {
        if (!selection?.ok) throw new Error(t('builder_selectionEmpty'));
        const { story, page } = await storyWithArticle();
        const { text: exact, prefix, suffix } = selection.value;
        const lang = selection.lang || page.lang;
        await ask({
          type: 'story-edit',
          edit: { op: 'add-fact', story, lang, url: page.url, exact, prefix, suffix, ...draft },
        });
        await refresh(story);
        return t('builder_factAdded', storyTitle(story) || story);
      }),
    addName: (draft: NameDraft) =>
      run(async () => {
        const story = choice.id;
        await ask({ type: 'story-edit', edit: { op: 'add-name', story, ...draft } });
        await refresh(story);
        return t('builder_nameAdded', draft.text);
      }),
  };
}

/** The names the installed packs know, with their types, for the suggestions. */
async function knownFromPacks() {
  const { aliases } = await ask({ type: 'matcher' });
  return knownNames(
    aliases
      .filter((a) => !a.short && !a.exclude && !a.generic)
      .map((a) => ({ text: a.text, lang: a.lang, type: (a.type ?? 'organisation') as EntityType })),
  );
}
