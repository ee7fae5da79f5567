import type { TFunction } from 'i18next';
import type { Language } from '../model/corpus-vocabulary.ts';
import type { EventFilters } from '../model/filter-events.ts';

/** Names of countries and people in the UI language. */
export interface FilterNames {
  countryName: (code: string) => string;
  personName: (id: string) => string;
}

/**
 * The filters in force as words in the UI language ("Russia, Syria and Phone call"), or '' when
 * none is: for the page's title, an exported image's title and an embedded view's caption.
 */
export function describeFilters(filters: EventFilters, names: FilterNames, lang: Language, t: TFunction): string {
  const q = filters.q.trim();
  const words = [
    ...filters.countries.map(names.countryName),
    ...filters.people.map(names.personName),
    ...filters.types.map((type) => t(`eventType.${type}`)),
    ...(q ? [t('features.export.search', { q })] : []),
  ];
  return words.length === 0 ? '' : new Intl.ListFormat(lang, { type: 'conjunction' }).format(words);
}
