import type { Language } from '../model/corpus-vocabulary.ts';
import { translation as ar } from './translation-ar.ts';
import { translation as en } from './translation-en.ts';
import { translation as ru } from './translation-ru.ts';
import laterWords from './locales/en.later.json';

/**
 * Every UI string in every language, for the type of the keys (i18next.d.ts) and for tests. The
 * app loads English with its script and another language when it is first used (load-language.ts).
 */
// One file per part of the UI (shell, timeline, explorer panels), so that parts grow apart; each
// part's keys sit under its own name: t('timeline.zoomIn'), t('explorer.filters.clear').
export const resources = {
  ar: { translation: ar },
  // English words of the parts in chunks of their own come with those chunks (later-words.ts).
  en: {
    translation: {
      ...en,
      shortcuts: { ...en.shortcuts, ...laterWords.shortcuts },
      update: laterWords.update,
      role: laterWords.role,
      participant: laterWords.participant,
      event: laterWords.event,
      date: laterWords.date,
      dateRule: laterWords.dateRule,
      source: laterWords.source,
      share: { ...en.share, ...laterWords.share },
      explorer: { ...en.explorer, table: { ...en.explorer.table, ...laterWords.explorer.table } },
      link: { ...en.link, ...laterWords.link },
      features: {
        ...en.features,
        ...laterWords.features,
        export: { ...en.features.export, ...laterWords.features.export },
        open: { ...en.features.open, ...laterWords.features.open },
      },
      corpus: { ...en.corpus, ...laterWords.corpus },
    },
  },
  ru: { translation: ru },
} as const satisfies Record<Language, { translation: object }>;
