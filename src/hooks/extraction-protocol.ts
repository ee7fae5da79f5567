import type { DraftFiles, DraftRequest } from '../extract/draft-files.ts';
import type { PersonNames } from '../extract/names.ts';
import type { ArticleInput, Proposal } from '../extract/types.ts';
import type { Article, Corpus } from '../model/corpus-schema.ts';
import type { CorpusError } from '../pipeline/corpus-error.ts';

/** What the page asks the extraction worker (extract.worker.ts). */
export type ExtractionRequest =
  | { kind: 'ready' }
  | { kind: 'read'; file: { path: string; content: string } }
  | { kind: 'propose'; article: ArticleInput }
  | { kind: 'draft'; request: DraftRequest }
  | { kind: 'preview'; request: DraftRequest; withBundled: boolean };

/** The worker's answer to each. */
export type ExtractionAnswer =
  | { kind: 'ready' }
  | { kind: 'read'; input: ArticleInput; article: Article | null }
  | {
      kind: 'propose';
      proposals: Proposal[];
      /** Each person's names in the three languages, by person key (draft.ts personKey). */
      names: Record<string, PersonNames>;
      /** Time the worker took, for the speed measurement. */
      ms: number;
    }
  | { kind: 'draft'; files: DraftFiles }
  | { kind: 'preview'; files: DraftFiles; result: { ok: true; corpus: Corpus } | { ok: false; errors: CorpusError[] } }
  | { kind: 'failed'; message: string };

/** A request as posted: numbered, so that answers find their question. */
export interface ExtractionMessage {
  id: number;
  request: ExtractionRequest;
}

export interface ExtractionReply {
  id: number;
  answer: ExtractionAnswer;
}
