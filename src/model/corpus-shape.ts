import { LANGUAGES, PUBLICATION_BASES, SCHEMA_VERSION } from './corpus-vocabulary.ts';
import {
  calendarDate,
  httpUrl,
  list,
  literal,
  object,
  oneOf,
  optional,
  pattern,
  ref,
  text,
  type Infer,
} from './shape.ts';

/**
 * The derived corpus that the app loads and other tools read, written once (shape.ts): the fast
 * check the page runs (check-corpus.ts) and the zod schemas that explain a refusal and validate
 * the build (corpus-schema.ts) are both made from these shapes. Field names are a public contract:
 * keep them. This file holds the tables every part of a corpus refers to (the first page checks
 * them in the head); event-shape.ts holds the events.
 */

const SLUG = pattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "vladimir-putin"');
const COUNTRY_CODE = pattern(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "SY"');
const PARTIAL_DATE = pattern(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const slugShape = SLUG;
export const countryCodeShape = COUNTRY_CODE;
export const localizedShape = object({ ar: text(), en: text(), ru: text() });
const country = ref('country', COUNTRY_CODE);

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

/** The version every part of a split corpus names (corpus-parts.ts): a hash of its skeleton and tables. */
export const versionShape = pattern(/^[0-9a-f]{16}$/, 'must be the 16 hexadecimal digits of the corpus version');

export type Article = Infer<typeof articleShape>;
export type Person = Infer<typeof personShape>;
export type Country = Infer<typeof countryShape>;
export type Localized = Infer<typeof localizedShape>;
