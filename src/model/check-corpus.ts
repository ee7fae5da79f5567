import { isCalendarDate, isExactSpan } from './calendar-date.ts';
import { shardFirsts, type CorpusHead, type CorpusShard, type EventSkeleton } from './corpus-parts.ts';
import type { Corpus, CorpusEvent } from './corpus-schema.ts';
import { compareEvents } from './event-order.ts';
import { DATE_RULES, EVENT_TYPES, LANGUAGES, PUBLICATION_BASES, ROLES, SCHEMA_VERSION } from './corpus-vocabulary.ts';
import { isWhiteSpace } from './white-space.ts';

/*
 * The rules of corpusSchema, written out by hand: true exactly when zod would accept the value
 * and give it back unchanged. zod (jitless, as the page's CSP requires) takes seconds over
 * 100,000 events; these checks walk them once, allocating nothing per event, and without zod,
 * which the page then need not load. They answer yes or no; when one says no, zod runs to say
 * where and why (explain-corpus.ts). check-corpus.test.ts holds the two to the same answers.
 */

/**
 * True when `data` is a corpus head (corpus-parts.ts) whose tables corpusSchema would accept
 * unchanged, whose skeletons are those of valid events, in time order with distinct ids, and
 * whose shards add up to its events.
 */
export function isValidHead(data: unknown): data is CorpusHead {
  if (!isRecord(data) || !hasOnly(data, HEAD_KEYS, 6)) return false;
  const tables = checkTables(data);
  const { events, shards } = data;
  if (!tables || !Array.isArray(events) || !Array.isArray(shards)) return false;
  const eventIds = new Set<string>();
  let previous: EventSkeleton | undefined;
  for (const event of events) {
    if (!isSkeleton(event, tables) || eventIds.has(event.id)) return false;
    if (previous && compareEvents(previous, event) >= 0) return false;
    eventIds.add(event.id);
    previous = event;
  }
  let total = 0;
  for (const shard of shards) {
    if (!isRecord(shard) || !hasOnly(shard, SHARD_ENTRY_KEYS, 2) || !isText(shard.file)) return false;
    if (!isSafeInteger(shard.count) || shard.count <= 0) return false;
    total += shard.count;
  }
  return total === events.length;
}

/**
 * True when `data` is shard `k` of `head`: complete events that corpusSchema would accept
 * unchanged, referring to the head's tables and events, each the event the head's skeleton
 * at its position describes.
 */
export function isValidShard(
  data: unknown,
  head: CorpusHead,
  k: number,
  eventIds: { has(id: string): boolean },
): data is CorpusShard {
  if (!isRecord(data) || !hasOnly(data, SHARD_KEYS, 3) || data.schemaVersion !== SCHEMA_VERSION) return false;
  const entry = head.shards[k];
  const first = shardFirsts(head.shards)[k];
  if (
    !entry ||
    first === undefined ||
    data.first !== first ||
    !Array.isArray(data.events) ||
    data.events.length !== entry.count
  )
    return false;
  const tables = tableSets(head);
  for (let j = 0; j < data.events.length; j++) {
    const event: unknown = data.events[j];
    if (!isEvent(event, tables) || !sameSkeleton(event as CorpusEvent, head.events[first + j]!)) return false;
    const related = (event as CorpusEvent).related;
    if (related) for (const id of related) if (!eventIds.has(id)) return false;
  }
  return true;
}

/** The event agrees with its skeleton in every field the skeleton has. */
export function sameSkeleton(event: CorpusEvent, skeleton: EventSkeleton): boolean {
  const a = event.date;
  const b = skeleton.date;
  return (
    event.id === skeleton.id &&
    event.type === skeleton.type &&
    a.start === b.start &&
    a.end === b.end &&
    a.precision === b.precision &&
    a.range === b.range &&
    sameList(event.people, skeleton.people) &&
    sameList(event.countries, skeleton.countries)
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export interface TableSets {
  people: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

// A head's tables are checked once; its shards look their ids up in the same sets.
const tablesOfHead = new WeakMap<CorpusHead, TableSets>();

function tableSets(head: CorpusHead): TableSets {
  let sets = tablesOfHead.get(head);
  if (!sets) {
    sets = {
      people: new Set(head.people.map((p) => p.id)),
      countries: new Set(head.countries.map((c) => c.code)),
      articles: new Set(head.articles.map((a) => a.id)),
    };
    tablesOfHead.set(head, sets);
  }
  return sets;
}

/** The schema version and the articles, people and countries, checked; their id sets, or null. */
export function checkTables(data: Fields): TableSets | null {
  if (data.schemaVersion !== SCHEMA_VERSION) return null;
  const { articles, people, countries } = data;
  if (!Array.isArray(articles) || !Array.isArray(people) || !Array.isArray(countries)) return null;
  // zod trims texts: a text with white space at either end would come out changed, so such a
  // corpus is left to zod, as is anything else this check does not accept.
  if (!articles.every(isArticle) || !people.every(isPerson) || !countries.every(isCountryEntry)) return null;

  const articleIds = uniqueSet(articles as { id: string }[], 'id');
  const personIds = uniqueSet(people as { id: string }[], 'id');
  const countryCodes = uniqueSet(countries as { code: string }[], 'code');
  if (!articleIds || !personIds || !countryCodes) return null;
  for (const person of people as Corpus['people']) {
    if (!countryCodes.has(person.country)) return null;
    for (const role of person.roles) {
      if (!countryCodes.has(role.country)) return null;
      for (const id of role.attestedBy) if (!articleIds.has(id)) return null;
    }
  }
  return { people: personIds, countries: countryCodes, articles: articleIds };
}

const HEAD_KEYS = new Set(['schemaVersion', 'articles', 'people', 'countries', 'events', 'shards']);
const SHARD_KEYS = new Set(['schemaVersion', 'first', 'events']);
const SHARD_ENTRY_KEYS = new Set(['file', 'count']);
const SKELETON_KEYS = new Set(['id', 'type', 'date', 'people', 'countries']);
const SKELETON_DATE_KEYS = new Set(['start', 'end', 'precision', 'range']);
const EVENT_KEYS = new Set([
  'id',
  'type',
  'date',
  'people',
  'countries',
  'participants',
  'location',
  'title',
  'summary',
  'sources',
  'related',
]);
const DATE_KEYS = new Set(['start', 'end', 'precision', 'range', 'expression', 'rule', 'anchor', 'readings']);
const READING_KEYS = new Set(['start', 'end', 'precision', 'anchor']);
const PARTICIPANT_KEYS = new Set(['person', 'country', 'role']);
const SOURCE_KEYS = new Set(['article', 'quote', 'start', 'end', 'attribution']);
const LOCATION_KEYS = new Set(['id', 'name', 'country']);
const LOCALIZED_KEYS = new Set(['ar', 'en', 'ru']);
const ARTICLE_KEYS = new Set(['id', 'title', 'outlet', 'url', 'language', 'published']);
const OUTLET_KEYS = new Set(['name', 'site']);
const PUBLISHED_KEYS = new Set(['date', 'basis', 'note', 'alternatives']);
const PERSON_KEYS = new Set(['id', 'name', 'aliases', 'country', 'roles']);
const ROLE_KEYS = new Set(['title', 'country', 'from', 'to', 'attestedBy']);
const COUNTRY_KEYS = new Set(['code', 'name']);

const TYPES = new Set<unknown>(EVENT_TYPES);
const RULES = new Set<unknown>(DATE_RULES);
const ROLE_SET = new Set<unknown>(ROLES);
const PRECISIONS = new Set<unknown>(['day', 'month', 'year']);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LANGUAGE_SET = new Set<unknown>(LANGUAGES);
const BASES = new Set<unknown>(PUBLICATION_BASES);

export type Fields = Record<string, unknown>;

export function isEvent(value: unknown, { people, countries, articles }: TableSets): value is { id: string } {
  if (!isRecord(value)) return false;
  let known = 0;
  for (const key in value) {
    if (!EVENT_KEYS.has(key)) return false;
    known++;
  }
  // Nine required keys, plus the optional ones present.
  if (known !== 9 + present(value.location) + present(value.related)) return false;
  const e = value;
  if (!isSlug(e.id) || !TYPES.has(e.type) || !isDate(e.date) || !hasKnownRefs(e, people, countries)) return false;
  if (!Array.isArray(e.participants) || e.participants.length === 0) return false;
  for (const p of e.participants) {
    if (!isRecord(p) || !hasOnly(p, PARTICIPANT_KEYS, 2 + present(p.person))) return false;
    if (p.person !== undefined && (typeof p.person !== 'string' || !people.has(p.person))) return false;
    if (typeof p.country !== 'string' || !countries.has(p.country) || !ROLE_SET.has(p.role)) return false;
  }
  if (e.location !== undefined) {
    const l = e.location;
    if (!isRecord(l) || !hasOnly(l, LOCATION_KEYS, 3)) return false;
    if (!isSlug(l.id) || !isLocalized(l.name) || typeof l.country !== 'string' || !countries.has(l.country))
      return false;
  }
  if (!isLocalized(e.title) || !isLocalized(e.summary)) return false;
  if (!Array.isArray(e.sources) || e.sources.length === 0) return false;
  for (const s of e.sources) {
    if (!isRecord(s) || !hasOnly(s, SOURCE_KEYS, 5)) return false;
    if (typeof s.article !== 'string' || !articles.has(s.article) || !isText(s.quote) || !isLocalized(s.attribution))
      return false;
    if (!isSafeInteger(s.start) || s.start < 0 || !isSafeInteger(s.end) || s.end <= 0 || s.start >= s.end) return false;
  }
  if (e.related !== undefined) {
    if (!Array.isArray(e.related)) return false;
    for (const id of e.related) if (!isSlug(id)) return false;
  }
  return true;
}

/** The people and countries of an event or skeleton, all known, at least one country. */
function hasKnownRefs(e: Fields, people: ReadonlySet<string>, countries: ReadonlySet<string>): boolean {
  if (!Array.isArray(e.people)) return false;
  // An id found in the set of known ids is a valid one (they were checked): no pattern to test.
  for (const id of e.people) if (typeof id !== 'string' || !people.has(id)) return false;
  if (!Array.isArray(e.countries) || e.countries.length === 0) return false;
  for (const code of e.countries) if (typeof code !== 'string' || !countries.has(code)) return false;
  return true;
}

function isSkeleton(value: unknown, { people, countries }: TableSets): value is EventSkeleton {
  if (!isRecord(value) || !hasOnly(value, SKELETON_KEYS, 5) || !isSlug(value.id) || !TYPES.has(value.type))
    return false;
  const d = value.date;
  if (!isRecord(d) || !hasOnly(d, SKELETON_DATE_KEYS, 3 + present(d.range))) return false;
  if (!isCalendar(d.start) || !isCalendar(d.end) || !PRECISIONS.has(d.precision)) return false;
  if (d.range !== undefined && d.range !== true) return false;
  if (!isExactSpan(d.start, d.end, d.precision as 'day' | 'month' | 'year', d.range === true)) return false;
  return hasKnownRefs(value, people, countries);
}

function isDate(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const d = value;
  const optional = present(d.range) + present(d.expression) + present(d.anchor) + present(d.readings);
  if (!hasOnly(d, DATE_KEYS, 4 + optional)) return false;
  if (!isCalendar(d.start) || !isCalendar(d.end) || !PRECISIONS.has(d.precision) || !RULES.has(d.rule)) return false;
  if (d.range !== undefined && d.range !== true) return false;
  if (d.expression !== undefined && !isText(d.expression)) return false;
  if (d.anchor !== undefined && !isCalendar(d.anchor)) return false;
  if (d.rule !== 'explicit' && d.anchor === undefined) return false;
  if (d.readings !== undefined) {
    if (!Array.isArray(d.readings) || d.readings.length === 0) return false;
    for (const r of d.readings) {
      if (!isRecord(r) || !hasOnly(r, READING_KEYS, 4)) return false;
      if (!isCalendar(r.start) || !isCalendar(r.end) || !PRECISIONS.has(r.precision) || !isCalendar(r.anchor))
        return false;
    }
  }
  return isExactSpan(d.start, d.end, d.precision as 'day' | 'month' | 'year', d.range === true);
}

function isLocalized(value: unknown): boolean {
  return (
    isRecord(value) && hasOnly(value, LOCALIZED_KEYS, 3) && isText(value.ar) && isText(value.en) && isText(value.ru)
  );
}

/** A non-empty text with no white space at either end (zod would trim that, changing it). */
function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && !isTrimmable(value);
}

function isTrimmable(text: string): boolean {
  return isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(text.length - 1));
}

function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}

// Events share their dates (a few thousand days for 100,000 events): each is checked once.
const knownDates = new Set<string>();

function isCalendar(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (knownDates.has(value)) return true;
  if (!isCalendarDate(value)) return false;
  if (knownDates.size < 100_000) knownDates.add(value);
  return true;
}

function isSafeInteger(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function present(value: unknown): number {
  return value === undefined ? 0 : 1;
}

/** Every key of `value` is in `keys`, and there are `count` of them (so none is missing). */
export function hasOnly(value: Fields, keys: ReadonlySet<string>, count: number): boolean {
  let seen = 0;
  for (const key in value) {
    if (!keys.has(key)) return false;
    seen++;
  }
  return seen === count;
}

/** The set of `key` values, or null when two items share one. */
function uniqueSet<T extends Record<K, string>, K extends string>(items: T[], key: K): Set<string> | null {
  const set = new Set<string>();
  for (const item of items) {
    if (set.has(item[key])) return null;
    set.add(item[key]);
  }
  return set;
}

function isArticle(value: unknown): boolean {
  if (!isRecord(value) || !hasOnly(value, ARTICLE_KEYS, 5 + present(value.url))) return false;
  const { outlet, published } = value;
  if (!isSlug(value.id) || !isText(value.title) || !LANGUAGE_SET.has(value.language)) return false;
  if (value.url !== undefined && !isHttpUrl(value.url)) return false;
  if (!isRecord(outlet) || !hasOnly(outlet, OUTLET_KEYS, 1 + present(outlet.site)) || !isLocalized(outlet.name))
    return false;
  if (outlet.site !== undefined && !isText(outlet.site)) return false;
  if (!isRecord(published) || !hasOnly(published, PUBLISHED_KEYS, 3 + present(published.alternatives))) return false;
  if (!isCalendar(published.date) || !BASES.has(published.basis) || !isText(published.note)) return false;
  if (published.alternatives !== undefined) {
    if (!Array.isArray(published.alternatives) || published.alternatives.length === 0) return false;
    if (!published.alternatives.every(isCalendar)) return false;
  }
  return true;
}

function isPerson(value: unknown): boolean {
  if (!isRecord(value) || !hasOnly(value, PERSON_KEYS, 4 + present(value.aliases))) return false;
  if (!isSlug(value.id) || !isLocalized(value.name) || !isCountryCode(value.country)) return false;
  if (value.aliases !== undefined && !(Array.isArray(value.aliases) && value.aliases.every(isText))) return false;
  if (!Array.isArray(value.roles)) return false;
  for (const role of value.roles) {
    if (!isRecord(role) || !hasOnly(role, ROLE_KEYS, 3 + present(role.from) + present(role.to))) return false;
    if (!isLocalized(role.title) || !isCountryCode(role.country)) return false;
    if (role.from !== undefined && !(typeof role.from === 'string' && PARTIAL_DATE.test(role.from))) return false;
    if (role.to !== undefined && !(typeof role.to === 'string' && PARTIAL_DATE.test(role.to))) return false;
    if (!Array.isArray(role.attestedBy) || role.attestedBy.length === 0 || !role.attestedBy.every(isSlug)) return false;
  }
  return true;
}

function isCountryEntry(value: unknown): boolean {
  return isRecord(value) && hasOnly(value, COUNTRY_KEYS, 2) && isCountryCode(value.code) && isLocalized(value.name);
}

function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && COUNTRY_CODE.test(value);
}

/**
 * An http(s) URL that zod's url({ protocol: /^https?$/ }) accepts and gives back unchanged: it
 * wants "http://" or "https://" (any case) first, parses, and would strip tabs and line breaks.
 */
function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length === 0 || isTrimmable(value) || /[\t\n\r]/.test(value)) return false;
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const protocol = new URL(value).protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
