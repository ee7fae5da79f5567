import { isCalendarDate } from './calendar-date.ts';
import type { Infer, RefTable, Rule, Shape } from './shape.ts';
import { isWhiteSpace } from './white-space.ts';

/*
 * A shape (shape.ts) compiled into a yes/no check: true exactly when zod, given the schema made
 * from the same shape (zod-of-shape.ts), would accept the value and give it back unchanged. It
 * walks the value once and allocates nothing per value; zod (jitless, as the page's CSP
 * requires) takes seconds over 100,000 events. When it says no, zod runs to say where and why.
 * check-corpus.test.ts holds the two to the same answers.
 */

/** The ids a reference may name, by table; a table left out is not checked (only the id's form). */
export type KnownIds = Partial<Record<RefTable, { has(id: string): boolean }>>;

/** A compiled check. `known` is read on every call, so one check serves several corpora. */
export type Check<T> = (value: unknown, known?: KnownIds) => value is T;

/** Compiles `shape`. Each compiled check keeps its own cache of dates already seen valid. */
export function compileCheck<S extends Shape>(shape: S): Check<Infer<S>> {
  const dates = new Set<string>();
  let known: KnownIds = {};
  const check = compile(shape, dates, () => known);
  return ((value: unknown, refs: KnownIds = {}) => {
    known = refs;
    return check(value);
  }) as Check<Infer<S>>;
}

type Test = (value: unknown) => boolean;

// Events share their dates (a few thousand days for 100,000 events): each is checked once.
const MAX_CACHED_DATES = 100_000;

function compile(shape: Shape, dates: Set<string>, known: () => KnownIds): Test {
  switch (shape.kind) {
    case 'text':
      return isText;
    case 'pattern': {
      const re = shape.pattern;
      return (value) => typeof value === 'string' && re.test(value);
    }
    case 'date':
      return (value) => {
        if (typeof value !== 'string') return false;
        if (dates.has(value)) return true;
        if (!isCalendarDate(value)) return false;
        if (dates.size < MAX_CACHED_DATES) dates.add(value);
        return true;
      };
    case 'url':
      return isHttpUrl;
    case 'oneOf': {
      const values = new Set<unknown>(shape.values);
      return (value) => values.has(value);
    }
    case 'literal': {
      const expected = shape.value;
      return (value) => value === expected;
    }
    case 'integer': {
      const min = shape.min;
      return (value) => Number.isSafeInteger(value) && (value as number) >= min;
    }
    case 'ref': {
      const table = shape.table;
      const re = shape.id.pattern;
      return (value) => {
        if (typeof value !== 'string') return false;
        const ids = known()[table];
        // An id found among the known ones is well formed (they were checked): no pattern to test.
        return ids ? ids.has(value) : re.test(value);
      };
    }
    case 'list': {
      const item = compile(shape.item, dates, known);
      const min = shape.min;
      return (value) => {
        if (!Array.isArray(value) || value.length < min) return false;
        for (const entry of value) if (!item(entry)) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(shape.fields, shape.rules, dates, known);
  }
}

function compileObject(
  fields: Record<string, Shape | { kind: 'optional'; shape: Shape }>,
  rules: readonly Rule<never>[],
  dates: Set<string>,
  known: () => KnownIds,
): Test {
  const entries = Object.entries(fields).map(([key, field]) => ({
    key,
    optional: field.kind === 'optional',
    test: compile(field.kind === 'optional' ? field.shape : field, dates, known),
  }));
  const keys = new Set(entries.map((entry) => entry.key));
  const required = entries.filter((entry) => !entry.optional).length;
  const checks = rules.map((r) => {
    const fast = r.fast as ((value: unknown) => boolean) | undefined;
    const describe = r.describe as (value: unknown) => unknown;
    return fast ?? ((value: unknown) => describe(value) === null);
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    // No key but those described, and every required one (a count, with the optional ones present).
    let seen = 0;
    let expected = required;
    for (const key in record) {
      if (!keys.has(key)) return false;
      seen++;
    }
    for (const entry of entries) {
      const field = record[entry.key];
      if (field === undefined) {
        if (!entry.optional) return false;
        continue;
      }
      if (entry.optional) expected++;
      if (!entry.test(field)) return false;
    }
    if (seen !== expected) return false;
    for (const check of checks) if (!check(record)) return false;
    return true;
  };
}

/** A non-empty text with no white space at either end (zod would trim that, changing it). */
export function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && !isTrimmable(value);
}

function isTrimmable(text: string): boolean {
  return isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(text.length - 1));
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
