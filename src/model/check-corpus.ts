import { isCalendarDate, isExactSpan } from './calendar-date.ts';
import type { Corpus } from './corpus-schema.ts';
import { DATE_RULES, EVENT_TYPES, LANGUAGES, PUBLICATION_BASES, ROLES, SCHEMA_VERSION } from './corpus-vocabulary.ts';

/**
 * True when `data` is a corpus that `corpusSchema` accepts, and then `corpusSchema` would give it
 * back unchanged: the same rules, written out by hand for the events. zod (jitless, as the page's
 * CSP requires) takes seconds over 100,000 events; this walks them once, allocating nothing per
 * event, and without zod, which the page then need not load. It answers yes or no; when it says
 * no, zod runs to say where and why. check-corpus.test.ts holds the two to the same answers.
 */
export function isValidCorpus(data: unknown): data is Corpus {
  if (!isRecord(data) || !hasOnly(data, CORPUS_KEYS, 5)) return false;
  if (data.schemaVersion !== SCHEMA_VERSION) return false;
  const { articles, people, countries, events } = data;
  if (!Array.isArray(articles) || !Array.isArray(people) || !Array.isArray(countries) || !Array.isArray(events))
    return false;
  // zod trims texts: a text with white space at either end would come out changed, so such a
  // corpus is left to zod, as is anything else this check does not accept.
  if (!articles.every(isArticle) || !people.every(isPerson) || !countries.every(isCountryEntry)) return false;

  const articleIds = uniqueSet(articles as { id: string }[], 'id');
  const personIds = uniqueSet(people as { id: string }[], 'id');
  const countryCodes = uniqueSet(countries as { code: string }[], 'code');
  if (!articleIds || !personIds || !countryCodes) return false;
  for (const person of people as Corpus['people']) {
    if (!countryCodes.has(person.country)) return false;
    for (const role of person.roles) {
      if (!countryCodes.has(role.country)) return false;
      for (const id of role.attestedBy) if (!articleIds.has(id)) return false;
    }
  }

  const eventIds = new Set<string>();
  for (const event of events) {
    if (!isEvent(event, personIds, countryCodes, articleIds)) return false;
    if (eventIds.has(event.id)) return false;
    eventIds.add(event.id);
  }
  // Related events may come later in the list: checked once every id is known.
  for (const event of events as Corpus['events']) {
    if (event.related) for (const id of event.related) if (!eventIds.has(id)) return false;
  }
  return true;
}

const CORPUS_KEYS = new Set(['schemaVersion', 'articles', 'people', 'countries', 'events']);
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

type Fields = Record<string, unknown>;

function isEvent(
  value: unknown,
  people: Set<string>,
  countries: Set<string>,
  articles: Set<string>,
): value is { id: string } {
  if (!isRecord(value)) return false;
  let known = 0;
  for (const key in value) {
    if (!EVENT_KEYS.has(key)) return false;
    known++;
  }
  // Nine required keys, plus the optional ones present.
  if (known !== 9 + present(value.location) + present(value.related)) return false;
  const e = value;
  if (!isSlug(e.id) || !TYPES.has(e.type) || !isDate(e.date)) return false;
  if (!Array.isArray(e.people)) return false;
  // An id found in the set of known ids is a valid one (they were checked): no pattern to test.
  for (const id of e.people) if (typeof id !== 'string' || !people.has(id)) return false;
  if (!Array.isArray(e.countries) || e.countries.length === 0) return false;
  for (const code of e.countries) if (typeof code !== 'string' || !countries.has(code)) return false;
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
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
}

/** What String.prototype.trim removes: white space and line terminators (ECMA-262 WhiteSpace, LineTerminator). */
function isSpace(code: number): boolean {
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function present(value: unknown): number {
  return value === undefined ? 0 : 1;
}

/** Every key of `value` is in `keys`, and there are `count` of them (so none is missing). */
function hasOnly(value: Fields, keys: ReadonlySet<string>, count: number): boolean {
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
