import type { Localized } from '../model/corpus-schema.ts';
import type { SourceFile } from '../pipeline/read-sources.ts';
import { articleFile, type ArticleMeta } from './article-file.ts';
import { draftAnnotation, type SkipReason } from './draft.ts';
import type { Extractor } from './extract.ts';
import type { PersonNames } from './names.ts';
import type { Proposal } from './types.ts';

/** What the editor has settled in the page: the article and the accepted proposals, as edited. */
export interface DraftRequest {
  meta: ArticleMeta;
  text: string;
  proposals: Proposal[];
  /** Names of new people as the editor gave them, by person key (draft.ts personKey). */
  names: Record<string, PersonNames>;
  /** Titles and summaries as the editor wrote them, by proposal id. */
  texts: Record<string, { title: Localized; summary: Localized }>;
}

/** A file to download, named as it goes under corpus/. */
export interface DraftFile {
  path: string;
  content: string;
}

export interface DraftFiles {
  article: DraftFile;
  annotation: DraftFile;
  /** Entries to add to the gazetteer's files (only those with any). */
  gazetteer: DraftFile[];
  /** Accepted proposals the corpus cannot hold, and why. */
  skipped: { id: string; reason: SkipReason }[];
}

/**
 * The files for corpus/ from what the editor accepted: the article with its front matter, its
 * annotation, and the gazetteer entries it needs. Checked by the editor, so not marked pending.
 */
export function draftFiles(
  request: DraftRequest,
  extractor: Extractor,
  takenEventIds: ReadonlySet<string> = new Set(),
): DraftFiles {
  const { meta } = request;
  const draft = draftAnnotation({
    articleId: meta.id,
    text: request.text,
    language: meta.language,
    outlet: meta.outlet.name,
    proposals: request.proposals,
    people: extractor.people,
    countries: extractor.countries,
    pending: false,
    takenEventIds,
    names: new Map(Object.entries(request.names)),
    texts: new Map(Object.entries(request.texts)),
  });
  const gazetteer: DraftFile[] = [
    { path: 'corpus/gazetteer/people.yaml', content: draft.peopleYaml },
    { path: 'corpus/gazetteer/places.yaml', content: draft.placesYaml },
    { path: 'corpus/gazetteer/countries.yaml', content: draft.countriesYaml },
  ].filter((file) => file.content !== '');
  return {
    article: { path: `corpus/articles/${meta.id}.md`, content: articleFile(meta, request.text) },
    annotation: { path: `corpus/annotations/${meta.id}.yaml`, content: draft.annotationYaml },
    gazetteer,
    skipped: draft.skipped.map(({ proposal, reason }) => ({ id: proposal.id, reason })),
  };
}

/**
 * The corpus sources a preview builds from: the drafts, the gazetteer with the drafts' additions
 * after its own entries, and (`bundled`) the corpus's own articles and annotations beside them.
 */
export function previewSources(
  drafts: DraftFiles,
  gazetteer: readonly SourceFile[],
  bundled: readonly SourceFile[],
): SourceFile[] {
  const additions = new Map(drafts.gazetteer.map((file) => [file.path, file.content]));
  const merged = gazetteer.map((file) => {
    const extra = additions.get(file.path);
    return extra ? { path: file.path, content: `${file.content.replace(/\n*$/, '\n')}\n${extra}` } : file;
  });
  for (const [path, content] of additions)
    if (!gazetteer.some((file) => file.path === path)) merged.push({ path, content });
  return [...merged, ...bundled, drafts.article, drafts.annotation];
}
