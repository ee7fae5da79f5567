import { z } from 'zod';
import { describeSpanProblem, isCalendarDate } from './calendar-date.ts';
import { DATE_RULES, EVENT_TYPES, LANGUAGES, PUBLICATION_BASES, ROLES, SCHEMA_VERSION } from './corpus-vocabulary.ts';

/**
 * The derived corpus that the app loads and other tools read. One schema serves the corpus
 * build (which validates what it writes) and the browser (which validates what it loads); the
 * TypeScript types below are inferred from it. Field names are a public contract: keep them.
 */
export {
  DATE_RULES,
  EVENT_TYPES,
  LANGUAGES,
  PUBLICATION_BASES,
  ROLES,
  SCHEMA_VERSION,
  type DateRule,
  type EventType,
  type Language,
  type Role,
} from './corpus-vocabulary.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const slug = z.string().regex(SLUG, 'must be a lowercase slug such as "vladimir-putin"');
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "SY"');
export const calendarDateSchema = z.string().refine(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD');
const text = z.string().trim().min(1, 'must not be empty');
export const localizedSchema = z.strictObject({ ar: text, en: text, ru: text });
const precision = z.enum(['day', 'month', 'year']);

const dateReading = z.strictObject({
  start: calendarDateSchema,
  end: calendarDateSchema,
  precision,
  /** The publication date this reading was resolved against. */
  anchor: calendarDateSchema,
});

export const eventDateSchema = z
  .strictObject({
    start: calendarDateSchema,
    end: calendarDateSchema,
    precision,
    /** An unknown day between start and end, rather than the whole span. */
    range: z.literal(true).optional(),
    /** The words the article uses for the date, verbatim. */
    expression: text.optional(),
    rule: z.enum(DATE_RULES),
    /** What a relative expression was counted from (the publication date, or an event's date). */
    anchor: calendarDateSchema.optional(),
    /** Other readings when the article leaves the date ambiguous. */
    readings: z.array(dateReading).min(1).optional(),
  })
  .superRefine((date, ctx) => {
    const problem = describeSpanProblem(date.start, date.end, date.precision, date.range === true);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    if (date.rule !== 'explicit' && !date.anchor) {
      ctx.addIssue({
        code: 'custom',
        path: ['anchor'],
        message: `a "${date.rule}" date needs the anchor it was resolved from`,
      });
    }
  });

const participantSchema = z.strictObject({
  person: slug.optional(),
  country: countryCodeSchema,
  role: z.enum(ROLES),
});

const sourceSchema = z
  .strictObject({
    article: slug,
    quote: text,
    /** Offsets in Unicode code points into the article text, end exclusive. */
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    attribution: localizedSchema,
  })
  .refine((source) => source.start < source.end, { message: 'start must be before end', path: ['end'] });

const locationSchema = z.strictObject({ id: slug, name: localizedSchema, country: countryCodeSchema });

export const eventSchema = z.strictObject({
  id: slug,
  type: z.enum(EVENT_TYPES),
  date: eventDateSchema,
  people: z.array(slug),
  countries: z.array(countryCodeSchema).min(1, 'an event involves at least one country'),
  participants: z.array(participantSchema).min(1),
  location: locationSchema.optional(),
  title: localizedSchema,
  summary: localizedSchema,
  sources: z.array(sourceSchema).min(1, 'every event cites at least one source'),
  /** Events this one is about or follows from, e.g. a statement on a call. */
  related: z.array(slug).optional(),
});

export const articleSchema = z.strictObject({
  id: slug,
  title: text,
  outlet: z.strictObject({ name: localizedSchema, site: text.optional() }),
  url: z.url({ protocol: /^https?$/ }).optional(),
  language: z.enum(LANGUAGES),
  published: z.strictObject({
    date: calendarDateSchema,
    basis: z.enum(PUBLICATION_BASES),
    /** How the date is known, in plain words. */
    note: text,
    /** Other possible publication dates, when the article does not settle it. */
    alternatives: z.array(calendarDateSchema).min(1).optional(),
  }),
});

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const roleSchema = z.strictObject({
  title: localizedSchema,
  country: countryCodeSchema,
  from: partialDate.optional(),
  to: partialDate.optional(),
  /** Articles that give this role; a role without known dates is as of these articles. */
  attestedBy: z.array(slug).min(1),
});

export const personSchema = z.strictObject({
  id: slug,
  name: localizedSchema,
  /** Other spellings found in articles, for search. */
  aliases: z.array(text).optional(),
  country: countryCodeSchema,
  roles: z.array(roleSchema),
});

export const countrySchema = z.strictObject({ code: countryCodeSchema, name: localizedSchema });

const corpusObjectSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSchema),
  people: z.array(personSchema),
  countries: z.array(countrySchema),
  events: z.array(eventSchema),
});

export const corpusSchema = corpusObjectSchema.superRefine(checkReferences);

/** What corpus-parts.ts keeps of an event in the head: the fields every view reads. */
export const skeletonSchema = z.strictObject({
  id: slug,
  type: z.enum(EVENT_TYPES),
  date: z
    .strictObject({
      start: calendarDateSchema,
      end: calendarDateSchema,
      precision,
      range: z.literal(true).optional(),
    })
    .superRefine((date, ctx) => {
      const problem = describeSpanProblem(date.start, date.end, date.precision, date.range === true);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  people: z.array(slug),
  countries: z.array(countryCodeSchema).min(1, 'an event involves at least one country'),
});

/** The head of a corpus split for loading (corpus-parts.ts); references are checked apart. */
export const headSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleSchema),
  people: z.array(personSchema),
  countries: z.array(countrySchema),
  events: z.array(skeletonSchema),
  shards: z.array(z.strictObject({ file: text, count: z.number().int().positive() })),
});

/** One shard of a split corpus; how it fits its head is checked apart. */
export const shardSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  first: z.number().int().nonnegative(),
  events: z.array(eventSchema),
});

export type Corpus = z.infer<typeof corpusObjectSchema>;
export type CorpusEvent = z.infer<typeof eventSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type EventSource = z.infer<typeof sourceSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Localized = z.infer<typeof localizedSchema>;

/** An event as far as references go: a complete one, or the skeleton a corpus head keeps of it. */
type ReferencingEvent = Pick<CorpusEvent, 'id' | 'people' | 'countries'> &
  Partial<Pick<CorpusEvent, 'participants' | 'location' | 'sources' | 'related'>>;

/** A problem no per-object schema can see, with its path. */
export interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/**
 * Ids unique, every reference resolvable. `knownEvents` are the ids a related event may name
 * (by default those of `events`; a shard's may name any event of its corpus).
 */
export function referenceIssues(
  tables: Pick<Corpus, 'articles' | 'people' | 'countries'>,
  events: readonly ReferencingEvent[],
  knownEvents?: { has(id: string): boolean },
): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const uniqueIds = (ids: string[], path: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) issues.push({ path: [path, i], message: `duplicate id "${id}"` });
      seen.add(id);
    });
    return seen;
  };
  const articles = uniqueIds(
    tables.articles.map((a) => a.id),
    'articles',
  );
  const people = uniqueIds(
    tables.people.map((p) => p.id),
    'people',
  );
  const countries = uniqueIds(
    tables.countries.map((c) => c.code),
    'countries',
  );
  const eventIds = uniqueIds(
    events.map((e) => e.id),
    'events',
  );
  const related = knownEvents ?? eventIds;
  const need = (set: { has(id: string): boolean }, value: string, kind: string, path: (string | number)[]) => {
    if (!set.has(value)) issues.push({ path, message: `unknown ${kind} "${value}"` });
  };
  tables.people.forEach((person, i) => {
    need(countries, person.country, 'country', ['people', i, 'country']);
    person.roles.forEach((role, r) => {
      need(countries, role.country, 'country', ['people', i, 'roles', r, 'country']);
      role.attestedBy.forEach((id, k) => need(articles, id, 'article', ['people', i, 'roles', r, 'attestedBy', k]));
    });
  });
  events.forEach((event, i) => {
    const at = (...rest: (string | number)[]) => ['events', i, ...rest];
    event.people.forEach((id, k) => need(people, id, 'person', at('people', k)));
    event.countries.forEach((code, k) => need(countries, code, 'country', at('countries', k)));
    event.participants?.forEach((p, k) => {
      if (p.person !== undefined) need(people, p.person, 'person', at('participants', k, 'person'));
      need(countries, p.country, 'country', at('participants', k, 'country'));
    });
    if (event.location) need(countries, event.location.country, 'country', at('location', 'country'));
    event.sources?.forEach((source, k) => need(articles, source.article, 'article', at('sources', k, 'article')));
    event.related?.forEach((id, k) => need(related, id, 'event', at('related', k)));
  });
  return issues;
}

function checkReferences(corpus: Corpus, ctx: z.RefinementCtx): void {
  for (const issue of referenceIssues(corpus, corpus.events)) ctx.addIssue({ code: 'custom', ...issue });
}
