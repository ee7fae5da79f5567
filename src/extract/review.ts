import type { Localized } from '../model/corpus-schema.ts';
import type { ArticleMeta } from './article-meta.ts';
import type { DraftRequest } from './draft-files.ts';
import type { PersonNames } from './names.ts';
import type { Proposal } from './types.ts';

/** An editor's verdict on a proposal. */
export type Decision = 'open' | 'accepted' | 'rejected';

/** What the editor has decided and changed, by proposal id. */
export interface Review {
  decisions: Record<string, Decision>;
  /** Proposals as edited (replacing the assistant's). */
  edited: Record<string, Proposal>;
  /** Titles and summaries as written, where the editor changed the templates'. */
  texts: Record<string, { title: Localized; summary: Localized }>;
  /** Names of new people as the editor gave them, by person key. */
  names: Record<string, PersonNames>;
}

export const EMPTY_REVIEW: Review = { decisions: {}, edited: {}, texts: {}, names: {} };

export function decisionOf(review: Review, id: string): Decision {
  return review.decisions[id] ?? 'open';
}

/** The proposal as the editor has it now. */
export function currentProposal(review: Review, proposal: Proposal): Proposal {
  return review.edited[proposal.id] ?? proposal;
}

/**
 * Whether a proposal can be accepted as it stands: a planned contact is no event yet, and the
 * corpus needs a date. Returns why not, or null.
 */
export function blockedFromAccepting(proposal: Proposal): 'planned' | 'undated' | null {
  if (proposal.status === 'planned') return 'planned';
  if (!proposal.date?.start) return 'undated';
  return null;
}

export function decide(review: Review, id: string, decision: Decision): Review {
  return { ...review, decisions: { ...review.decisions, [id]: decision } };
}

export function saveEdit(
  review: Review,
  proposal: Proposal,
  texts: { title: Localized; summary: Localized } | null,
): Review {
  const { [proposal.id]: _dropped, ...otherTexts } = review.texts;
  return {
    ...review,
    edited: { ...review.edited, [proposal.id]: proposal },
    texts: texts ? { ...review.texts, [proposal.id]: texts } : otherTexts,
  };
}

export function renamePerson(review: Review, key: string, names: PersonNames): Review {
  return { ...review, names: { ...review.names, [key]: names } };
}

/** Counts for the summary line: accepted, rejected, still to review. */
export function tally(review: Review, proposals: readonly Proposal[]): Record<Decision, number> {
  const counts: Record<Decision, number> = { open: 0, accepted: 0, rejected: 0 };
  for (const proposal of proposals) counts[decisionOf(review, proposal.id)]++;
  return counts;
}

/** What the worker drafts files from: the accepted proposals, as edited, and the editor's words. */
export function draftRequest(
  meta: ArticleMeta,
  text: string,
  proposals: readonly Proposal[],
  review: Review,
): DraftRequest {
  const accepted = proposals
    .filter((p) => decisionOf(review, p.id) === 'accepted')
    .map((p) => currentProposal(review, p));
  return {
    meta,
    text,
    proposals: accepted,
    names: review.names,
    texts: Object.fromEntries(Object.entries(review.texts).filter(([id]) => accepted.some((p) => p.id === id))),
  };
}
