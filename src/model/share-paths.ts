import type { Language } from './corpus-vocabulary.ts';

/**
 * Share pages are written for the latest events only: at this many events per language the
 * build writes 3 × SHARE_PAGE_LIMIT pages and cards (docs/scaling.md gives the cost). An event
 * of the bundled corpus past it is shared by the app's own link.
 */
export const SHARE_PAGE_LIMIT = 2_000;

/** The share page of an event in a language, from the site's root: `share/ar/<id>/`. */
export function sharePagePath(lang: Language, id: string): string {
  return `share/${lang}/${encodeURIComponent(id)}/`;
}

/** An event's card, beside its share page. */
export function shareCardPath(lang: Language, id: string): string {
  return `${sharePagePath(lang, id)}card.png`;
}

/** The card of the app itself, for the app's own page. */
export function appCardPath(lang: Language): string {
  return `share/${lang}/card.png`;
}

/**
 * Whether the event at `position` of `count` (in time order) has share pages: the latest
 * SHARE_PAGE_LIMIT events do.
 */
export function hasSharePage(position: number, count: number, limit = SHARE_PAGE_LIMIT): boolean {
  return position >= count - limit;
}
