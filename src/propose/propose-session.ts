import type { ArticleMeta } from '../extract/article-meta.ts';
import type { PersonNames } from '../extract/names.ts';
import { EMPTY_REVIEW, type Review } from '../extract/review.ts';
import type { Proposal } from '../extract/types.ts';
import type { ArticleDraft } from '../components/propose/ArticleForm.tsx';
import type { Language } from '../model/corpus-vocabulary.ts';

/** What the assistant answered for one reading of the article. */
export interface ProposeResult {
  text: string;
  language: Language;
  published: string | null;
  proposals: Proposal[];
  names: Record<string, PersonNames>;
  ms: number;
}

/** Everything the editor has given and decided on the page, kept across a reload. */
export interface ProposeSession {
  article: ArticleDraft;
  meta: ArticleMeta | null;
  result: ProposeResult | null;
  review: Review;
  withBundled: boolean;
}

export const EMPTY_SESSION: ProposeSession = {
  article: { text: '', language: null, published: '' },
  meta: null,
  result: null,
  review: EMPTY_REVIEW,
  withBundled: true,
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A session read back from storage has the shape this version writes (else it starts afresh). */
export function isProposeSession(value: unknown): value is ProposeSession {
  if (!isObject(value) || !isObject(value.article) || !isObject(value.review)) return false;
  const { article, review } = value;
  return (
    typeof article.text === 'string' &&
    typeof article.published === 'string' &&
    isObject(review.decisions) &&
    isObject(review.edited) &&
    isObject(review.texts) &&
    isObject(review.names) &&
    (value.result === null || (isObject(value.result) && Array.isArray(value.result.proposals))) &&
    typeof value.withBundled === 'boolean'
  );
}
