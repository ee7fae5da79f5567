import type { Language } from '../model/corpus-schema.ts';
import arExplorer from './locales/ar.explorer.json';
import arFeatures from './locales/ar.features.json';
import arLink from './locales/ar.link.json';
import ar from './locales/ar.json';
import arTimeline from './locales/ar.timeline.json';
import enExplorer from './locales/en.explorer.json';
import enFeatures from './locales/en.features.json';
import enLink from './locales/en.link.json';
import en from './locales/en.json';
import enTimeline from './locales/en.timeline.json';
import ruExplorer from './locales/ru.explorer.json';
import ruFeatures from './locales/ru.features.json';
import ruLink from './locales/ru.link.json';
import ru from './locales/ru.json';
import ruTimeline from './locales/ru.timeline.json';

/**
 * Every UI string, bundled: three small JSON files cost less than a request each, and having
 * them at start-up means the first paint is already in the reader's language.
 */
// One file per part of the UI (shell, timeline, explorer panels), so that parts grow apart; each
// part's keys sit under its own name: t('timeline.zoomIn'), t('explorer.filters.clear').
export const resources = {
  ar: { translation: { ...ar, timeline: arTimeline, explorer: arExplorer, link: arLink, features: arFeatures } },
  en: { translation: { ...en, timeline: enTimeline, explorer: enExplorer, link: enLink, features: enFeatures } },
  ru: { translation: { ...ru, timeline: ruTimeline, explorer: ruExplorer, link: ruLink, features: ruFeatures } },
} as const satisfies Record<Language, { translation: object }>;
