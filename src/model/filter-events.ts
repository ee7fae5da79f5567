import { EVENT_TYPES, type EventType } from './corpus-vocabulary.ts';
import type { EventIndex } from './event-index.ts';

/** What the reader narrowed the corpus to. Within a filter choices are alternatives (OR); across filters all must hold (AND). */
export interface EventFilters {
  countries: readonly string[];
  people: readonly string[];
  types: readonly EventType[];
  /** Free text; every word must match (in any of the three languages). */
  q: string;
}

export const NO_FILTERS: EventFilters = { countries: [], people: [], types: [], q: '' };

/** Which events pass, and how many each option would give under the other active filters. */
export interface FilterOutcome {
  /** shown[i] is 1 when the event at position i passes every filter. */
  shown: Uint8Array;
  count: number;
  /**
   * Faceted counts: for each option, the events it would give with the other filters as they
   * are. Counted when first read: the events are drawn before the filter panel asks.
   */
  readonly facets: FacetCounts;
}

export interface FacetCounts {
  countries: ReadonlyMap<string, number>;
  people: ReadonlyMap<string, number>;
  types: ReadonlyMap<EventType, number>;
}

const COUNTRY = 1;
const PERSON = 2;
const TYPE = 4;
const TEXT = 8;
const ALL = COUNTRY | PERSON | TYPE | TEXT;

/**
 * Applies the filters in one pass over typed arrays. The facets are counted when first read, in a
 * second pass that gives each event a bit per filter it passes: an event counts for an option of
 * one filter when it passes the other three. `textPasses` is the search's answer for `filters.q`
 * (search-query.ts; null without a query): a search whose answer is still to come is the
 * caller's to say, never "nothing matches".
 */
export function applyFilters(index: EventIndex, filters: EventFilters, textPasses: Uint8Array | null): FilterOutcome {
  const n = index.count;
  const wantedCountries = membership(index.countryCodes, filters.countries);
  const wantedPeople = membership(index.personIds, filters.people);
  const wantedTypes = membership(EVENT_TYPES, filters.types);
  const { type, countryRefs, countryStart, personRefs, personStart } = index;

  const shown = new Uint8Array(n);
  let count = 0;
  if (!wantedTypes && !wantedCountries && !wantedPeople) {
    // A search alone (the filter a keystroke changes): its answer is what is shown.
    if (textPasses) shown.set(textPasses);
    else shown.fill(1);
    for (let i = 0; i < n; i++) count += shown[i]!;
  } else {
    // The search's answer and the types are combined as bits, with no branch per event: a
    // search's answer is scattered, and a test on it would be mispredicted half the time. Refs
    // are read only for the events that pass so far.
    for (let i = 0; i < n; i++) {
      let pass = textPasses ? textPasses[i]! : 1;
      if (wantedTypes) pass &= wantedTypes[type[i]!]!;
      if (wantedCountries && pass && !anyRef(countryRefs, countryStart[i]!, countryStart[i + 1]!, wantedCountries))
        pass = 0;
      if (wantedPeople && pass && !anyRef(personRefs, personStart[i]!, personStart[i + 1]!, wantedPeople)) pass = 0;
      shown[i] = pass;
      count += pass;
    }
  }

  let facets: FacetCounts | undefined;
  return {
    shown,
    count,
    get facets() {
      if (facets) return facets;
      // The four tests again, written out rather than shared as calls: the filter pass above,
      // which the answer waits for, was measured a third slower through calls per event.
      const bits = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        let b = 0;
        if (!wantedCountries || anyRef(countryRefs, countryStart[i]!, countryStart[i + 1]!, wantedCountries))
          b |= COUNTRY;
        if (!wantedPeople || anyRef(personRefs, personStart[i]!, personStart[i + 1]!, wantedPeople)) b |= PERSON;
        if (!wantedTypes || wantedTypes[type[i]!]) b |= TYPE;
        if (!textPasses || textPasses[i]) b |= TEXT;
        bits[i] = b;
      }
      return (facets = countFacets(index, bits));
    },
  };
}

function countFacets(index: EventIndex, bits: Uint8Array): FacetCounts {
  const countryCounts = new Uint32Array(index.countryCodes.length);
  const personCounts = new Uint32Array(index.personIds.length);
  const typeCounts = new Uint32Array(EVENT_TYPES.length);
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]!;
    if ((b | COUNTRY) === ALL)
      addRefs(index.countryRefs, index.countryStart[i]!, index.countryStart[i + 1]!, countryCounts);
    if ((b | PERSON) === ALL) addRefs(index.personRefs, index.personStart[i]!, index.personStart[i + 1]!, personCounts);
    if ((b | TYPE) === ALL) typeCounts[index.type[i]!]!++;
  }
  return {
    countries: new Map(index.countryCodes.map((code, k) => [code, countryCounts[k]!])),
    people: new Map(index.personIds.map((id, k) => [id, personCounts[k]!])),
    types: new Map(EVENT_TYPES.map((type, k) => [type, typeCounts[k]!])),
  };
}

function membership(all: readonly string[], chosen: readonly string[]): Uint8Array | null {
  if (chosen.length === 0) return null;
  const wanted = new Set(chosen);
  return Uint8Array.from(all, (value) => (wanted.has(value) ? 1 : 0));
}

function anyRef(refs: Uint32Array, from: number, to: number, wanted: Uint8Array): boolean {
  for (let k = from; k < to; k++) if (wanted[refs[k]!]) return true;
  return false;
}

function addRefs(refs: Uint32Array, from: number, to: number, counts: Uint32Array): void {
  for (let k = from; k < to; k++) counts[refs[k]!]!++;
}
