/**
 * A description of JSON values, written once and read two ways: compiled into a fast yes/no check
 * (check-shape.ts, which the page runs on everything it loads) and turned into zod schemas that
 * say where and why (zod-of-shape.ts, loaded only to explain a refusal, and used by the corpus
 * build). The corpus format is written in it (corpus-shape.ts), so that a field is added in one
 * place and both readers follow. No zod here: the page's first script imports this module.
 */

/** A non-empty string with no white space at either end (zod trims, so such a text would change). */
export interface TextShape {
  kind: 'text';
}

/** A string matching `pattern`; `message` says what is expected. */
export interface PatternShape {
  kind: 'pattern';
  pattern: RegExp;
  message: string;
}

/** A real calendar date written YYYY-MM-DD. */
export interface DateShape {
  kind: 'date';
}

/** An http or https URL. */
export interface UrlShape {
  kind: 'url';
}

export interface OneOfShape<V extends readonly string[] = readonly string[]> {
  kind: 'oneOf';
  values: V;
}

export interface LiteralShape<V extends string | number | boolean = string | number | boolean> {
  kind: 'literal';
  value: V;
}

/** A safe integer no smaller than `min`. */
export interface IntegerShape {
  kind: 'integer';
  min: 0 | 1;
}

/** What a reference names: the corpus's tables, and its events. */
export type RefTable = 'person' | 'country' | 'article' | 'event';

/** An id (matching `id`) that must name an entry of `table`. */
export interface RefShape {
  kind: 'ref';
  table: RefTable;
  id: PatternShape;
}

export interface ListShape<I extends Shape = Shape> {
  kind: 'list';
  item: I;
  min: number;
  message: string | undefined;
}

export interface OptionalShape<S extends Shape = Shape> {
  kind: 'optional';
  shape: S;
}

export type Fields = Record<string, Shape | OptionalShape>;

/** A problem a rule finds: its message, and where below the object (none: the object itself). */
export interface RuleIssue {
  path?: (string | number)[];
  message: string;
}

/**
 * A check across an object's fields that no field alone can make, run once the fields are
 * valid. `keys` are the fields it reads (an object made without one of them drops the rule);
 * `fast`, when given, answers `describe(value) === null` without making a message.
 */
export interface Rule<T = never> {
  keys: readonly string[];
  describe: (value: T) => RuleIssue | null;
  fast?: (value: T) => boolean;
}

export interface ObjectShape<F extends Fields = Fields> {
  kind: 'object';
  fields: F;
  rules: readonly Rule<never>[];
}

export type Shape =
  | TextShape
  | PatternShape
  | DateShape
  | UrlShape
  | OneOfShape
  | LiteralShape
  | IntegerShape
  | RefShape
  | ListShape
  | ObjectShape;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalShape ? never : K }[keyof F];
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends OptionalShape ? K : never }[keyof F];

/** The TypeScript type of the values a shape describes. */
export type Infer<S> = S extends TextShape | PatternShape | DateShape | UrlShape | RefShape
  ? string
  : S extends OneOfShape<infer V>
    ? V[number]
    : S extends LiteralShape<infer V>
      ? V
      : S extends IntegerShape
        ? number
        : S extends ListShape<infer I>
          ? Infer<I>[]
          : S extends ObjectShape<infer F>
            ? Simplify<
                { [K in RequiredKeys<F>]: Infer<F[K]> } & {
                  [K in OptionalKeys<F>]?: F[K] extends OptionalShape<infer O> ? Infer<O> : never;
                }
              >
            : never;

export const text = (): TextShape => ({ kind: 'text' });
export const pattern = (re: RegExp, message: string): PatternShape => ({ kind: 'pattern', pattern: re, message });
export const calendarDate = (): DateShape => ({ kind: 'date' });
export const httpUrl = (): UrlShape => ({ kind: 'url' });
export const oneOf = <const V extends readonly string[]>(values: V): OneOfShape<V> => ({ kind: 'oneOf', values });
export const literal = <const V extends string | number | boolean>(value: V): LiteralShape<V> => ({
  kind: 'literal',
  value,
});
export const integer = (min: 0 | 1): IntegerShape => ({ kind: 'integer', min });
export const ref = (table: RefTable, id: PatternShape): RefShape => ({ kind: 'ref', table, id });
export const optional = <S extends Shape>(shape: S): OptionalShape<S> => ({ kind: 'optional', shape });

/** A list of `item`s, at least `min` of them (`message` says why, when there are fewer). */
export function list<I extends Shape>(item: I, min = 0, message?: string): ListShape<I> {
  return { kind: 'list', item, min, message };
}

/** An object with exactly these fields (those not optional present), and the rules across them. */
export function object<const F extends Fields>(fields: F, ...rules: Rule<Infer<ObjectShape<F>>>[]): ObjectShape<F> {
  return { kind: 'object', fields, rules: rules as Rule<never>[] };
}

/** A rule across fields `keys` of an object (see Rule). */
export function rule<T>(
  keys: readonly (keyof T & string)[],
  describe: (value: T) => RuleIssue | null,
  fast?: (value: T) => boolean,
): Rule<T> {
  return fast ? { keys, describe, fast } : { keys, describe };
}

/** The same object without `keys`, and without the rules that read any of them. */
export function omit<F extends Fields, K extends keyof F & string>(
  shape: ObjectShape<F>,
  keys: readonly K[],
): ObjectShape<Omit<F, K>> {
  const dropped = new Set<string>(keys);
  const fields = Object.fromEntries(Object.entries(shape.fields).filter(([key]) => !dropped.has(key)));
  return {
    kind: 'object',
    fields: fields as Omit<F, K>,
    rules: shape.rules.filter((r) => !r.keys.some((key) => dropped.has(key))),
  };
}

/**
 * Calls `visit` with every reference in `value` (as far as it has the described form), with its
 * path below `value`: what cross-checks against the tables walk, whatever the shape.
 */
export function forEachRef(
  shape: Shape,
  value: unknown,
  visit: (table: RefTable, id: string, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (shape.kind === 'ref') {
    if (typeof value === 'string') visit(shape.table, value, path);
  } else if (shape.kind === 'list') {
    if (Array.isArray(value)) value.forEach((item, i) => forEachRef(shape.item, item, visit, [...path, i]));
  } else if (shape.kind === 'object') {
    if (typeof value !== 'object' || value === null) return;
    for (const [key, field] of Object.entries(shape.fields)) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined)
        forEachRef(field.kind === 'optional' ? field.shape : field, inner, visit, [...path, key]);
    }
  }
}
