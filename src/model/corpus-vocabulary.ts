/**
 * The words of the corpus format: its version, languages, event types, roles and date rules.
 * Apart from the schema (corpus-schema.ts) so that the app can use them without loading zod,
 * which it needs only to explain a corpus that fails the fast check (check-corpus.ts).
 */
export const SCHEMA_VERSION = 1;

export const LANGUAGES = ['ar', 'en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const EVENT_TYPES = ['call', 'meeting', 'statement', 'milestone'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What a participant did in an event. Documented in docs/corpus-format.md. */
export const ROLES = [
  'caller',
  'recipient',
  'host',
  'guest',
  'participant',
  'speaker',
  'subject',
  'invitee',
  'venue',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * How a relative date expression was turned into a date. Each rule is documented in
 * docs/corpus-format.md; the corpus records the rule beside the expression so that a reader can
 * check the reasoning (date-expression.ts applies them).
 */
export const RELATIVE_RULES = [
  'weekday',
  'weekday-last',
  'previous-month',
  'month-name',
  'month-name-last',
  'previous-year',
  'today',
  'yesterday',
] as const;
export type RelativeRule = (typeof RELATIVE_RULES)[number];

export const DATE_RULES = ['explicit', 'after-event', ...RELATIVE_RULES] as const;
export type DateRule = (typeof DATE_RULES)[number];

export const PUBLICATION_BASES = ['stated', 'inferred'] as const;
