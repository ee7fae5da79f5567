import type { Language, Localized } from '../model/corpus-schema.ts';
import { slugOf } from './transliterate.ts';

/** What an article file's front matter holds (docs/corpus-format.md, "Articles"). */
export interface ArticleMeta {
  id: string;
  title: string;
  outlet: { name: Localized; site?: string };
  url?: string;
  language: Language;
  published: { date: string; basis: 'stated' | 'inferred'; note: string; alternatives?: string[] };
}

/** The title an article most likely has: its first line, if it is short enough to be one. */
export function guessTitle(text: string): string {
  const first = text.trim().split('\n')[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 160 ? first : '';
}

/** The front matter a pasted article starts with: what the text and the form already say. */
export function defaultMeta(text: string, language: Language, published: string | null): ArticleMeta {
  const title = guessTitle(text);
  const stem = slugOf(title).split('-').filter(Boolean).slice(0, 6).join('-') || 'article';
  return {
    id: published ? `${stem}-${published.slice(0, 7)}` : stem,
    title,
    outlet: { name: { ar: '', en: '', ru: '' } },
    language,
    published: { date: published ?? '', basis: 'stated', note: '' },
  };
}

/** The front matter fields an article file cannot go without, still empty or not valid. */
export type MetaField = 'id' | 'title' | 'outlet' | 'published' | 'note' | 'url';

export function missingMeta(meta: ArticleMeta): MetaField[] {
  const missing: MetaField[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(meta.id)) missing.push('id');
  if (!meta.title.trim()) missing.push('title');
  if (!meta.outlet.name.ar.trim() || !meta.outlet.name.en.trim() || !meta.outlet.name.ru.trim()) missing.push('outlet');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.published.date)) missing.push('published');
  if (!meta.published.note.trim()) missing.push('note');
  if (meta.url && !/^https?:\/\/\S+$/.test(meta.url)) missing.push('url');
  return missing;
}
