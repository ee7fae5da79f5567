import type { Corpus, EventType, Language, Person } from '../../model/corpus-schema.ts';
import { EVENT_TYPES } from '../../model/corpus-vocabulary.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { EventFilters, FilterOutcome } from '../../model/filter-events.ts';
import { personSearchText } from '../../model/search-index.ts';
import { foldForSearch, queryWords } from '../../model/text-normalize.ts';

/** One choice in a facet: what it filters on, its name in the UI language, and its faceted count. */
export interface FacetOption<V extends string = string> {
  value: V;
  label: string;
  count: number;
  selected: boolean;
}

/** The people of one country, under a heading with the country's name. */
export interface PersonGroup {
  country: string;
  label: string;
  people: FacetOption[];
}

const collators = new Map<Language, Intl.Collator>();

/** The UI language's collation, so that "Ахмед" sorts before "Владимир" and "أحمد" before "بشار". */
export function collatorFor(lang: Language): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/** True when any filter narrows the events. */
export function hasActiveFilters(filters: EventFilters): boolean {
  return (
    filters.countries.length > 0 || filters.people.length > 0 || filters.types.length > 0 || filters.q.trim() !== ''
  );
}

/** `values` with `value` added or removed, sorted, so that one choice gives one URL whatever the click order. */
export function toggleValue<V extends string>(values: readonly V[], value: V, on: boolean): V[] {
  const rest = values.filter((v) => v !== value);
  return (on ? [...rest, value] : rest).sort();
}

/**
 * How many options with events a facet shows before the reader asks for all: the busiest ones.
 * An archive names hundreds of people; a wall of checkboxes is neither readable nor cheap to
 * draw again on every keystroke of a search (the person box finds anyone).
 */
export const FACET_LIMIT = 10;

/**
 * What a facet shows, in its display order: the `limit` options with the most events (ties go to
 * the earlier in display order), and the selected ones even at zero (so they can be unticked);
 * every option when the reader asked for all.
 */
export function visibleOptions<V extends string>(
  options: readonly FacetOption<V>[],
  showAll: boolean,
  limit = FACET_LIMIT,
): FacetOption<V>[] {
  if (showAll) return [...options];
  const busiest = new Set(
    options
      .filter((o) => o.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, limit),
  );
  return options.filter((o) => busiest.has(o) || o.selected);
}

/** Countries that events refer to (and any `chosen` one), named in `lang` and collated. */
export function countryOptions(
  corpus: Pick<Corpus, 'countries'>,
  index: EventIndex,
  outcome: FilterOutcome,
  chosen: readonly string[],
  lang: Language,
): FacetOption[] {
  const names = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
  const codes = new Set([...index.countryCodes, ...chosen]);
  const selected = new Set(chosen);
  const options = [...codes].map((code) => ({
    value: code,
    label: names.get(code) ?? code,
    count: outcome.facets.countries.get(code) ?? 0,
    selected: selected.has(code),
  }));
  return options.sort((a, b) => collatorFor(lang).compare(a.label, b.label));
}

/** Every event type, named by `labelOf`, in the canonical order that the legend and the timeline use. */
export function typeOptions(
  outcome: FilterOutcome,
  chosen: readonly EventType[],
  labelOf: (type: EventType) => string,
): FacetOption<EventType>[] {
  const selected = new Set(chosen);
  return EVENT_TYPES.map((type) => ({
    value: type,
    label: labelOf(type),
    count: outcome.facets.types.get(type) ?? 0,
    selected: selected.has(type),
  }));
}

/** True when every word of `query` occurs in the person's names or aliases (an empty query matches all). */
export function personMatches(person: Person | undefined, id: string, query: string): boolean {
  const text = person ? personSearchText(person) : foldForSearch(id);
  return queryWords(query).every((word) => text.includes(word));
}

/**
 * People that events refer to (and any `chosen` one), grouped by their country, with groups
 * and people collated in `lang`. Options are not yet narrowed by count or by search.
 */
export function personGroups(
  corpus: Pick<Corpus, 'countries' | 'people'>,
  index: EventIndex,
  outcome: FilterOutcome,
  chosen: readonly string[],
  lang: Language,
): PersonGroup[] {
  const collator = collatorFor(lang);
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const countryNames = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
  const selected = new Set(chosen);
  const groups = new Map<string, FacetOption[]>();
  for (const id of new Set([...index.personIds, ...chosen])) {
    const person = people.get(id);
    const country = person?.country ?? '';
    const option = {
      value: id,
      label: person?.name[lang] ?? id,
      count: outcome.facets.people.get(id) ?? 0,
      selected: selected.has(id),
    };
    groups.set(country, [...(groups.get(country) ?? []), option]);
  }
  return [...groups]
    .map(([country, options]) => ({
      country,
      label: countryNames.get(country) ?? country,
      people: options.sort((a, b) => collator.compare(a.label, b.label)),
    }))
    .sort((a, b) => collator.compare(a.label, b.label));
}
