import { isCalendarDate } from '../model/calendar-date.ts';
import { LANGUAGES, type Article, type Language } from '../model/corpus-schema.ts';
import { formatCorpusError } from '../pipeline/corpus-error.ts';
import { readArticle, type SourceFile } from '../pipeline/read-sources.ts';
import { detectLanguage } from './detect-language.ts';
import type { ArticleInput } from './types.ts';

/** An article to propose events for, from a corpus article file or plain text. */
export interface ReadInput {
  input: ArticleInput;
  /** The article's front matter, when the file is a corpus article. */
  article: Article | null;
  /** How the language was settled, for the reader. */
  languageFrom: 'option' | 'front matter' | 'detected';
}

/**
 * Reads what `npm run extract` and the page are given: a corpus article (front matter, then the
 * text: its language and publication date come from it unless overridden) or plain text (the
 * language detected unless given). Throws a readable error for anything it cannot use.
 */
export function readInput(file: SourceFile, options: { lang?: string; published?: string }): ReadInput {
  if (options.lang !== undefined && !LANGUAGES.includes(options.lang as Language))
    throw new Error(`--lang must be one of ${LANGUAGES.join(', ')}, not "${options.lang}"`);
  if (options.published !== undefined && !isCalendarDate(options.published))
    throw new Error(`--published must be a calendar date written YYYY-MM-DD, not "${options.published}"`);
  if (file.content.startsWith('---\n')) {
    const errors: Parameters<typeof readArticle>[1] = [];
    const article = readArticle(file, errors);
    if (!article) throw new Error(errors.map(formatCorpusError).join('\n'));
    return {
      input: {
        text: article.text,
        language: (options.lang as Language | undefined) ?? article.article.language,
        published: options.published ?? article.article.published.date,
        alternatives: options.published ? [] : (article.article.published.alternatives ?? []),
      },
      article: article.article,
      languageFrom: options.lang ? 'option' : 'front matter',
    };
  }
  const text = file.content.replace(/\r\n?/g, '\n').replace(/\n$/, '');
  if (text.trim() === '') throw new Error(`${file.path}: the file is empty`);
  const language = (options.lang as Language | undefined) ?? detectLanguage(text);
  if (!language)
    throw new Error(`${file.path}: no Arabic, Cyrillic or Latin letters to tell the language by: give --lang`);
  return {
    input: { text, language, published: options.published ?? null },
    article: null,
    languageFrom: options.lang ? 'option' : 'detected',
  };
}
