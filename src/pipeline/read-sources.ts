import type { z } from 'zod';
import type { Article, Country, Localized, Person } from '../model/corpus-schema.ts';
import { formatIssuePath } from '../model/decode-corpus.ts';
import type { CorpusError } from './corpus-error.ts';
import {
  annotationFileSchema,
  articleFrontMatterSchema,
  countriesFileSchema,
  peopleFileSchema,
  placesFileSchema,
} from './source-schema.ts';
import { parseYamlSource, validateSource, type YamlSource } from './yaml-source.ts';

/** A file under corpus/, as read from disk: its path (for messages) and its text. */
export interface SourceFile {
  path: string;
  content: string;
}

export interface Place {
  id: string;
  name: Localized;
  country: string;
}

export interface ArticleSource {
  file: string;
  article: Article;
  /** The article text exactly as published. */
  text: string;
  source: YamlSource;
}

export interface AnnotationSource {
  source: YamlSource;
  article: string;
  events: unknown[];
}

/** Everything under corpus/, parsed and checked field by field, before cross-checks. */
export interface CorpusSources {
  countries: { source: YamlSource; entries: Country[] }[];
  people: { source: YamlSource; entries: Person[] }[];
  places: { source: YamlSource; entries: Place[] }[];
  articles: ArticleSource[];
  annotations: AnnotationSource[];
}

const FRONT_MATTER = /^---\n([\s\S]*?\n)?---(?:\n|$)/;

/**
 * Parses each file by where it sits: gazetteer/{countries,people,places}.yaml,
 * articles/<id>.md (YAML front matter, then the text) and annotations/*.yaml.
 */
export function readSources(files: SourceFile[], errors: CorpusError[]): CorpusSources {
  const sources: CorpusSources = { countries: [], people: [], places: [], articles: [], annotations: [] };
  for (const file of files) {
    const name = file.path.split('/').slice(-2).join('/');
    if (name === 'gazetteer/countries.yaml') {
      readList(file, countriesFileSchema, errors, (source, entries) => sources.countries.push({ source, entries }));
    } else if (name === 'gazetteer/people.yaml') {
      readList(file, peopleFileSchema, errors, (source, entries) =>
        sources.people.push({
          source,
          entries: entries.map(({ review, ...person }, i) => {
            if (review) errors.push(pendingDraft(source, [i, 'review'], `person "${person.id}"`));
            return {
              ...person,
              roles: person.roles.map((role) => ({ ...role, country: role.country ?? person.country })),
            };
          }),
        }),
      );
    } else if (name === 'gazetteer/places.yaml') {
      readList(file, placesFileSchema, errors, (source, entries) => sources.places.push({ source, entries }));
    } else if (/^articles\/[^/]+\.md$/.test(name)) {
      const article = readArticle(file, errors);
      if (article) sources.articles.push(article);
    } else if (/^annotations\/[^/]+\.yaml$/.test(name)) {
      const source = parseOrReport(file.path, file.content, 1, errors);
      if (!source) continue;
      const result = validateSource(source, annotationFileSchema);
      if (result.ok) sources.annotations.push({ source, ...result.data });
      else errors.push(...result.errors);
    } else if (!name.endsWith('README.md')) {
      errors.push({
        file: file.path,
        line: 1,
        field: '',
        message: 'unexpected file: corpus/ holds gazetteer/*.yaml, articles/*.md and annotations/*.yaml',
      });
    }
  }
  return sources;
}

/**
 * A draft awaiting review (`review: pending`, written by `npm run extract -- --write`): the build
 * refuses to publish it and names it, so that no unchecked proposal reaches readers.
 */
export function pendingDraft(source: YamlSource, path: (string | number)[], what: string): CorpusError {
  return {
    file: source.file,
    line: source.lineOf(path),
    field: formatIssuePath(path),
    message: `${what} is a draft awaiting review: check it against the article, then remove "review: pending"`,
  };
}

function parseOrReport(file: string, text: string, firstLine: number, errors: CorpusError[]): YamlSource | null {
  const parsed = parseYamlSource(file, text, firstLine);
  if (Array.isArray(parsed)) {
    errors.push(...parsed);
    return null;
  }
  return parsed;
}

function readList<T>(
  file: SourceFile,
  schema: z.ZodType<T>,
  errors: CorpusError[],
  keep: (source: YamlSource, data: T) => void,
): void {
  const source = parseOrReport(file.path, file.content, 1, errors);
  if (!source) return;
  const result = validateSource(source, schema);
  if (result.ok) keep(source, result.data);
  else errors.push(...result.errors);
}

/** Reads an article file: its front matter, checked, and its text exactly as published. */
export function readArticle(file: SourceFile, errors: CorpusError[]): ArticleSource | null {
  const match = FRONT_MATTER.exec(file.content);
  if (!match) {
    errors.push({
      file: file.path,
      line: 1,
      field: '',
      message: 'an article starts with YAML front matter between two "---" lines',
    });
    return null;
  }
  const source = parseOrReport(file.path, match[1] ?? '', 2, errors);
  if (!source) return null;
  const result = validateSource(source, articleFrontMatterSchema);
  if (!result.ok) {
    errors.push(...result.errors);
    return null;
  }
  const stem = file.path.split('/').pop()?.replace(/\.md$/, '');
  if (result.data.id !== stem) {
    errors.push({
      file: file.path,
      line: source.lineOf(['id']),
      field: 'id',
      message: `must match the file name "${stem}"`,
    });
    return null;
  }
  // The editor's final newline is not part of the article.
  const text = file.content.slice(match[0].length).replace(/\n$/, '');
  if (text.trim().length === 0) {
    errors.push({ file: file.path, line: 1, field: '', message: 'the article text after the front matter is empty' });
    return null;
  }
  return { file: file.path, article: result.data, text, source };
}
