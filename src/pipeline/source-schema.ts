import { z } from 'zod';
import {
  calendarDateSchema,
  countryCodeSchema,
  EVENT_TYPES,
  LANGUAGES,
  localizedSchema,
  PUBLICATION_BASES,
  ROLES,
} from '../model/corpus-schema.ts';

/**
 * The formats people edit under corpus/: gazetteer, article front matter and annotations.
 * Strict objects throughout, so a misspelt field is an error rather than silently dropped.
 */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "vladimir-putin"');
const text = z.string().trim().min(1, 'must not be empty');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const countriesFileSchema = z.array(z.strictObject({ code: countryCodeSchema, name: localizedSchema }));

export const placesFileSchema = z.array(
  z.strictObject({ id: slug, name: localizedSchema, country: countryCodeSchema }),
);

/** A draft the extraction assistant wrote (npm run extract -- --write): not published until checked. */
const review = z
  .literal('pending', { error: 'review is "pending" on a draft, or absent once it is checked' })
  .optional();

export const peopleFileSchema = z.array(
  z.strictObject({
    id: slug,
    review,
    name: localizedSchema,
    aliases: z.array(text).optional(),
    country: countryCodeSchema,
    roles: z.array(
      z.strictObject({
        title: localizedSchema,
        country: countryCodeSchema.optional(),
        from: partialDate.optional(),
        to: partialDate.optional(),
        attestedBy: z.array(slug).min(1, 'name the article(s) that give this role'),
      }),
    ),
  }),
);

export const articleFrontMatterSchema = z.strictObject({
  id: slug,
  title: text,
  outlet: z.strictObject({
    name: localizedSchema,
    // Where the article is linked to when its own URL is not known (source-link.ts).
    site: z
      .string()
      .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be the outlet’s domain, such as "example.org"')
      .optional(),
  }),
  url: z.url({ protocol: /^https?$/ }).optional(),
  language: z.enum(LANGUAGES),
  published: z.strictObject({
    date: calendarDateSchema,
    basis: z.enum(PUBLICATION_BASES),
    note: text,
    alternatives: z.array(calendarDateSchema).min(1).optional(),
  }),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM');
const year = z.union([z.number().int().min(1000).max(9999), z.string().regex(/^\d{4}$/)]);

/** Exactly one way of giving the date: an expression to resolve, a day, a month, a year, or "after". */
export const sourceDateSchema = z.union(
  [
    z.strictObject({ expression: text }),
    z.strictObject({ on: calendarDateSchema, expression: text.optional() }),
    z.strictObject({ month: yearMonth, expression: text.optional() }),
    z.strictObject({ year, expression: text.optional() }),
    z.strictObject({ after: slug, expression: text.optional() }),
  ],
  {
    error:
      'give the date as one of {expression}, {on: YYYY-MM-DD}, {month: YYYY-MM}, {year: YYYY} or {after: event-id}',
  },
);
export type SourceDate = z.infer<typeof sourceDateSchema>;

export const annotationEventSchema = z.strictObject({
  id: slug,
  review,
  type: z.enum(EVENT_TYPES),
  date: sourceDateSchema,
  participants: z
    .array(
      z.union(
        [
          z.strictObject({ person: slug, role: z.enum(ROLES) }),
          z.strictObject({ country: countryCodeSchema, role: z.enum(ROLES) }),
        ],
        { error: `a participant is {person, role} or {country, role}, role one of ${ROLES.join(', ')}` },
      ),
    )
    .min(1, 'an event has at least one participant'),
  location: slug.optional(),
  title: localizedSchema,
  summary: localizedSchema,
  sources: z
    .array(
      z.strictObject({
        quote: text,
        occurrence: z.number().int().positive().optional(),
        attribution: localizedSchema,
      }),
    )
    .min(1, 'every event cites at least one verbatim quote'),
  related: z.array(slug).optional(),
});
export type AnnotationEvent = z.infer<typeof annotationEventSchema>;

export const annotationFileSchema = z.strictObject({
  article: slug,
  events: z.array(z.unknown()),
});
