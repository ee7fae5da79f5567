import { describeSpanProblem, isExactSpan } from './calendar-date.ts';
import { countryCodeShape, localizedShape, slugShape, tablesShape } from './corpus-shape.ts';
import { DATE_RULES, EVENT_TYPES, ROLES } from './corpus-vocabulary.ts';
import { calendarDate, integer, list, literal, object, oneOf, optional, ref, rule, text, type Infer } from './shape.ts';

/**
 * An event of the corpus, and the corpus whole, written once (shape.ts; the tables are in
 * corpus-shape.ts). Apart from the tables because the first page never checks an event: its
 * events come as a skeleton (skeleton-file.ts) and their texts in shards, whose shapes
 * (shard-shapes.ts) are made from these in a chunk of their own. Offsets are in Unicode code
 * points into the article text, end exclusive.
 */

const SLUG = slugShape;
const country = ref('country', countryCodeShape);
const person = ref('person', SLUG);
const precision = oneOf(['day', 'month', 'year']);

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

export const corpusShape = object({ ...tablesShape.fields, events: list(eventShape) });

export type Corpus = Infer<typeof corpusShape>;
export type CorpusEvent = Infer<typeof eventShape>;
export type EventDate = Infer<typeof eventDateShape>;
export type Participant = CorpusEvent['participants'][number];
export type EventSource = CorpusEvent['sources'][number];
