import type { ExtractedArticle } from '@/lib/builder/types';
import type { PageSelection } from '@/lib/extract/page-reader';
import { MAX_SELECTION } from '@/lib/extract/selection';
import { askPage } from '../popup/use-page';
import { t } from './i18n';

/** The page's article, or an error whose message says in the reader's language why there is none. */
export async function readArticle(tabId: number): Promise<ExtractedArticle> {
  const result = await askPage(tabId, { type: 'article' }).catch(() => {
    throw new Error(t('builder_unreadable'));
  });
  if (result.ok) return result.value;
  throw new Error(
    result.reason === 'language' ? t('builder_language', result.tag) : t('builder_noArticle'),
  );
}

/** The page's selection; a page the popup cannot read has none. */
export async function readSelection(tabId: number): Promise<PageSelection> {
  return askPage(tabId, { type: 'selection' }).catch(
    (): PageSelection => ({ ok: false, reason: 'empty', lang: '' }),
  );
}

/** Why a selection cannot be used, in the reader's language. */
export function refusalText(selection: PageSelection): string {
  if (selection.ok) return '';
  if (selection.reason === 'blocks') return t('builder_selectionBlocks');
  if (selection.reason === 'long') return t('builder_selectionLong', String(MAX_SELECTION));
  return t('builder_selectionEmpty');
}
