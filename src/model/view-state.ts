import { isCalendarDate, type CalendarDate } from './calendar-date.ts';
import { EVENT_TYPES, LANGUAGES, type EventType, type Language } from './corpus-vocabulary.ts';
import type { EventFilters } from './filter-events.ts';

/** The ways to show the events. Adding a view is adding its name here. */
export const VIEWS = ['timeline', 'list', 'network'] as const;
export type ViewMode = (typeof VIEWS)[number];

/** What the timeline's lanes group events by. */
export const LANE_MODES = ['country', 'person', 'none'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** The whole view: everything a copied link must carry to reopen it. */
export interface ViewState {
  /** The UI language; left undefined, the browser's preference decides. */
  lang?: Language;
  /** ISO 3166-1 alpha-2 codes, sorted and unique. */
  countries: string[];
  /** Person ids, sorted and unique. */
  people: string[];
  /** Event types, sorted and unique; empty means all. */
  types: EventType[];
  /** The search text, as typed (not trimmed: the search box writes it on every keystroke). */
  q: string;
  /** The first day of the visible window. */
  from?: CalendarDate;
  /** The last day of the visible window. */
  to?: CalendarDate;
  /** The selected event's id. */
  event?: string;
  lanes: LaneMode;
  view: ViewMode;
}

export const DEFAULT_VIEW_STATE: Readonly<ViewState> = {
  countries: [],
  people: [],
  types: [],
  q: '',
  lanes: 'country',
  view: 'timeline',
};

/** Longer search text is cut: a URL is no place for a document. The search box can use it as maxLength. */
export const MAX_QUERY_LENGTH = 200;
/** More list items are cut: the corpus has far fewer countries or people than this. */
export const MAX_LIST_ITEMS = 100;

/** The query parameters, in the canonical order that serializeViewState writes them in. */
export const VIEW_PARAMS = ['lang', 'country', 'person', 'type', 'q', 'from', 'to', 'event', 'lanes', 'view'] as const;
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** Why a part of the link was not used. Each has a message in the `link` locale files. */
export type IgnoreReason =
  | 'unknown-parameter'
  | 'repeated'
  | 'malformed-encoding'
  | 'unknown-value'
  | 'malformed-id'
  | 'malformed-date'
  | 'from-after-to'
  | 'too-long'
  | 'unknown-country'
  | 'unknown-person'
  | 'unknown-event';

/** A part of the link that was dropped or cut. `value` is untruncated: the view shortens it for display. */
export interface IgnoredParam {
  param: string;
  value: string;
  reason: IgnoreReason;
}

/** What the state is checked against once the corpus is loaded. */
export interface KnownIds {
  countries: ReadonlySet<string>;
  people: ReadonlySet<string>;
  /** Only asked about the one event a link names: a lookup, not a set of every id. */
  events: Pick<ReadonlySet<string>, 'has'>;
}

const COUNTRY_CODE = /^[A-Z]{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A lone surrogate cannot be percent-encoded (it is no UTF-8), so it could not survive a round trip.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Read as pickLanguage reads it (primary subtag, any case), so that the URL and the UI agree on `ar-EG`. */
function toLanguage(value: string): Language | null {
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isOneOf(LANGUAGES, primary) ? primary : null;
}

function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The view that `search` (with or without its `?`) describes, and what in it was not used.
 * Total: any string gives a state; what cannot be used falls back to its default and is reported.
 */
export function parseViewState(search: string): { state: ViewState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const values = new Map<ViewParam, string>();

  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const key = decodePart(rawKey);
    const value = decodePart(rawValue);
    if (key === null || value === null) {
      ignored.push({ param: key ?? rawKey, value: rawValue, reason: 'malformed-encoding' });
    } else if (!isOneOf(VIEW_PARAMS, key)) {
      ignored.push({ param: key, value, reason: 'unknown-parameter' });
    } else if (values.has(key)) {
      ignored.push({ param: key, value, reason: 'repeated' });
    } else {
      values.set(key, value);
    }
  }

  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const drop = (param: ViewParam, value: string, reason: IgnoreReason) => ignored.push({ param, value, reason });
  // An empty value (`q=`, `country=`) says "the default" and is not worth a report.
  const read = (param: ViewParam): string | undefined => values.get(param) || undefined;

  const lang = read('lang');
  if (lang !== undefined) {
    const language = toLanguage(lang);
    if (language) state.lang = language;
    else drop('lang', lang, 'unknown-value');
  }

  const readList = <T extends string>(param: ViewParam, accept: (item: string) => item is T, reason: IgnoreReason) => {
    const raw = read(param);
    if (raw === undefined) return [];
    let items = raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
    if (items.length > MAX_LIST_ITEMS) {
      drop(param, raw, 'too-long');
      items = items.slice(0, MAX_LIST_ITEMS);
    }
    const kept: T[] = [];
    for (const item of items) {
      if (accept(item)) kept.push(item);
      else drop(param, item, reason);
    }
    return uniqueSorted(kept);
  };
  state.countries = readList('country', (item): item is string => COUNTRY_CODE.test(item), 'malformed-id');
  state.people = readList('person', (item): item is string => SLUG.test(item), 'malformed-id');
  state.types = readList('type', (item): item is EventType => isOneOf(EVENT_TYPES, item), 'unknown-value');

  const q = read('q');
  if (q !== undefined) {
    const codePoints = Array.from(q.replace(LONE_SURROGATE, '\uFFFD'));
    if (codePoints.length > MAX_QUERY_LENGTH) drop('q', q, 'too-long');
    state.q = codePoints.slice(0, MAX_QUERY_LENGTH).join('');
  }

  const readDate = (param: 'from' | 'to') => {
    const raw = read(param);
    if (raw === undefined) return undefined;
    if (isCalendarDate(raw)) return raw;
    drop(param, raw, 'malformed-date');
    return undefined;
  };
  const from = readDate('from');
  const to = readDate('to');
  if (from !== undefined && to !== undefined && from > to) {
    // Neither bound is more trustworthy than the other, so the window falls back whole.
    drop('from', from, 'from-after-to');
    drop('to', to, 'from-after-to');
  } else {
    if (from !== undefined) state.from = from;
    if (to !== undefined) state.to = to;
  }

  const event = read('event');
  if (event !== undefined) {
    if (SLUG.test(event)) state.event = event;
    else drop('event', event, 'malformed-id');
  }

  const lanes = read('lanes');
  if (lanes !== undefined) {
    if (isOneOf(LANE_MODES, lanes)) state.lanes = lanes;
    else drop('lanes', lanes, 'unknown-value');
  }

  const view = read('view');
  if (view !== undefined) {
    if (isOneOf(VIEWS, view)) state.view = view;
    else drop('view', view, 'unknown-value');
  }

  return { state, ignored };
}

/**
 * The canonical query string of `state`: '' for the default view, else `?` and the parameters
 * in VIEW_PARAMS order, defaults left out, lists sorted and unique, so equal views give equal URLs.
 */
export function serializeViewState(state: ViewState): string {
  const entries: [ViewParam, string][] = [
    ['lang', state.lang ?? ''],
    ['country', uniqueSorted(state.countries).join(',')],
    ['person', uniqueSorted(state.people).join(',')],
    ['type', uniqueSorted(state.types).join(',')],
    ['q', state.q],
    ['from', state.from ?? ''],
    ['to', state.to ?? ''],
    ['event', state.event ?? ''],
    ['lanes', state.lanes === DEFAULT_VIEW_STATE.lanes ? '' : state.lanes],
    ['view', state.view === DEFAULT_VIEW_STATE.view ? '' : state.view],
  ];
  const params = new URLSearchParams(entries.filter(([, value]) => value !== ''));
  // Form encoding escapes commas, but nothing here needs them escaped: `country=RU,SY` reads better.
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/**
 * The canonical address of a view, as the address bar and "Copy link" should hold it:
 * `serializeViewState(state)`, then the host page's own parameters (`ownParams`, such as the
 * benchmark's `n`), each once, with the first value `search` gives it. Nothing else of `search`
 * is kept: what the view could not use is dropped.
 */
export function canonicalSearch(state: ViewState, search: string, ownParams: readonly string[] = []): string {
  const query = serializeViewState(state).replace(/^\?/, '');
  const own = new URLSearchParams();
  if (ownParams.length > 0) {
    const given = new URLSearchParams(search);
    for (const param of ownParams) {
      const value = given.get(param);
      if (value !== null) own.set(param, value);
    }
  }
  const joined = [query, own.toString()].filter(Boolean).join('&');
  return joined ? `?${joined}` : '';
}

/** `state` without the ids that the corpus does not have, and a report of each one dropped. */
export function reconcileViewState(state: ViewState, known: KnownIds): { state: ViewState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const keep = (ids: string[], param: ViewParam, set: ReadonlySet<string>, reason: IgnoreReason) => {
    const kept = ids.filter((id) => set.has(id));
    if (kept.length === ids.length) return ids;
    for (const id of ids) if (!set.has(id)) ignored.push({ param, value: id, reason });
    return kept;
  };
  const countries = keep(state.countries, 'country', known.countries, 'unknown-country');
  const people = keep(state.people, 'person', known.people, 'unknown-person');
  const eventKnown = state.event === undefined || known.events.has(state.event);
  if (!eventKnown) ignored.push({ param: 'event', value: state.event ?? '', reason: 'unknown-event' });
  // The same object when nothing changed, so that memoized readers do not re-render.
  if (ignored.length === 0) return { state, ignored };
  const next: ViewState = { ...state, countries, people };
  if (!eventKnown) delete next.event;
  return { state: next, ignored };
}

/**
 * The part of the view that narrows the events. Given the filters it gave last, it gives them
 * back when they are equal: a view that differs only in its window or selection keeps the same
 * object, so that what is memoized on the filters (the filter pass over every event, the lanes,
 * the facet lists) survives a zoom frame, which changes the URL but not the filters.
 */
export function filtersOf(state: ViewState, last?: EventFilters): EventFilters {
  if (
    last &&
    last.q === state.q &&
    sameList(last.countries, state.countries) &&
    sameList(last.people, state.people) &&
    sameList(last.types, state.types)
  )
    return last;
  // Lists that did not change keep their identity, so that what depends on one list alone (a
  // facet's ticks) is not worked out again on a keystroke in the search box.
  const keep = <T extends string>(previous: readonly T[] | undefined, next: readonly T[]) =>
    previous && sameList(previous, next) ? previous : next;
  return {
    countries: keep(last?.countries, state.countries),
    people: keep(last?.people, state.people),
    types: keep(last?.types, state.types),
    q: state.q,
  };
}

/** Two lists of the same values in the same order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((value, i) => value === b[i]));
}
