import { describeSpanProblem, isExactSpan } from './calendar-date.ts';
import { DATE_RULES, EVENT_TYPES, LANGUAGES, PUBLICATION_BASES, ROLES, SCHEMA_VERSION } from './corpus-vocabulary.ts';
import {
  calendarDate,
  httpUrl,
  integer,
  list,
  literal,
  object,
  oneOf,
  optional,
  pattern,
  ref,
  rule,
  text,
  type Infer,
} from './shape.ts';

/**
 * The derived corpus that the app loads and other tools read, written once (shape.ts): the fast
 * check the page runs (check-corpus.ts) and the zod schemas that explain a refusal and validate
 * the build (corpus-schema.ts) are both made from these shapes. Field names are a public contract:
 * keep them. Offsets are in Unicode code points into the article text, end exclusive.
 */

const SLUG = pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "vladimir-putin"');
const COUNTRY_CODE = pattern(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "SY"');
const PARTIAL_DATE = pattern(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const slugShape = SLUG;
export const countryCodeShape = COUNTRY_CODE;
export const localizedShape = object({ ar: text(), en: text(), ru: text() });
const precision = oneOf(['day', 'month', 'year']);
const country = ref('country', COUNTRY_CODE);
const person = ref('person', SLUG);

const dateReading = object({
  start: calendarDate(),
  end: calendarDate(),
  precision,
  /** The publication date this reading was resolved against. */
  anchor: calendarDate(),
});

export const eventDateShape = object(
  {
    start: calendarDate(),
    end: calendarDate(),
    precision,
    /** An unknown day between start and end, rather than the whole span. */
    range: optional(literal(true)),
    /** The words the article uses for the date, verbatim. */
    expression: optional(text()),
    rule: oneOf(DATE_RULES),
    /** What a relative expression was counted from (the publication date, or an event's date). */
    anchor: optional(calendarDate()),
    /** Other readings when the article leaves the date ambiguous. */
    readings: optional(list(dateReading, 1)),
  },
  rule(
    ['start', 'end', 'precision', 'range'],
    (date) => {
      const problem = describeSpanProblem(date.start, date.end, date.precision, date.range === true);
      return problem ? { message: problem } : null;
    },
    (date) => isExactSpan(date.start, date.end, date.precision, date.range === true),
  ),
  rule(['rule', 'anchor'], (date) =>
    date.rule !== 'explicit' && !date.anchor
      ? { path: ['anchor'], message: `a "${date.rule}" date needs the anchor it was resolved from` }
      : null,
  ),
);

const participantShape = object({ person: optional(person), country, role: oneOf(ROLES) });

const sourceShape = object(
  {
    article: ref('article', SLUG),
    quote: text(),
    start: integer(0),
    end: integer(1),
    attribution: localizedShape,
  },
  rule(['start', 'end'], (source) =>
    source.start < source.end ? null : { path: ['end'], message: 'start must be before end' },
  ),
);

const locationShape = object({ id: SLUG, name: localizedShape, country });

export const eventShape = object({
  id: SLUG,
  type: oneOf(EVENT_TYPES),
  date: eventDateShape,
  people: list(person),
  countries: list(country, 1, 'an event involves at least one country'),
  participants: list(participantShape, 1),
  location: optional(locationShape),
  title: localizedShape,
  summary: localizedShape,
  sources: list(sourceShape, 1, 'every event cites at least one source'),
  /** Events this one is about or follows from, e.g. a statement on a call. */
  related: optional(list(ref('event', SLUG))),
});

export const articleShape = object({
  id: SLUG,
  title: text(),
  outlet: object({ name: localizedShape, site: optional(text()) }),
  url: optional(httpUrl()),
  language: oneOf(LANGUAGES),
  published: object({
    date: calendarDate(),
    basis: oneOf(PUBLICATION_BASES),
    /** How the date is known, in plain words. */
    note: text(),
    /** Other possible publication dates, when the article does not settle it. */
    alternatives: optional(list(calendarDate(), 1)),
  }),
});

const roleShape = object({
  title: localizedShape,
  country,
  from: optional(PARTIAL_DATE),
  to: optional(PARTIAL_DATE),
  /** Articles that give this role; a role without known dates is as of these articles. */
  attestedBy: list(ref('article', SLUG), 1),
});

export const personShape = object({
  id: SLUG,
  name: localizedShape,
  /** Other spellings found in articles, for search. */
  aliases: optional(list(text())),
  country,
  roles: list(roleShape),
});

export const countryShape = object({ code: COUNTRY_CODE, name: localizedShape });

/** The tables every part of a corpus refers to. */
export const tablesShape = object({
  schemaVersion: literal(SCHEMA_VERSION),
  articles: list(articleShape),
  people: list(personShape),
  countries: list(countryShape),
});

export const corpusShape = object({ ...tablesShape.fields, events: list(eventShape) });

export type Corpus = Infer<typeof corpusShape>;
export type CorpusEvent = Infer<typeof eventShape>;
export type EventDate = Infer<typeof eventDateShape>;
export type Participant = CorpusEvent['participants'][number];
export type EventSource = CorpusEvent['sources'][number];
export type Article = Infer<typeof articleShape>;
export type Person = Infer<typeof personShape>;
export type Country = Infer<typeof countryShape>;
export type Localized = Infer<typeof localizedShape>;
