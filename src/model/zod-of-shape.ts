import { z } from 'zod';
import { isCalendarDate } from './calendar-date.ts';
import type { Infer, Rule, Shape } from './shape.ts';

/**
 * The zod schema of a shape (shape.ts): what the corpus build validates with, and what explains
 * a value the fast check (check-shape.ts) refused, with the path and the reason of every problem.
 * References are checked apart, against the tables (referenceIssues in corpus-schema.ts).
 */
export function zodOf<S extends Shape>(shape: S): z.ZodType<Infer<S>> {
  return convert(shape) as unknown as z.ZodType<Infer<S>>;
}

function convert(shape: Shape): z.ZodType {
  switch (shape.kind) {
    case 'text':
      return z.string().trim().min(1, 'must not be empty');
    case 'pattern':
      return z.string().regex(shape.pattern, shape.message);
    case 'ref':
      return convert(shape.id);
    case 'date':
      return z.string().refine(isCalendarDate, 'must be a real calendar date written YYYY-MM-DD');
    case 'url':
      return z.url({ protocol: /^https?$/ });
    case 'oneOf':
      return z.enum(shape.values as [string, ...string[]]);
    case 'literal':
      return z.literal(shape.value);
    case 'integer':
      return shape.min === 0 ? z.number().int().nonnegative() : z.number().int().positive();
    case 'list': {
      const array = z.array(convert(shape.item));
      return shape.min > 0 ? array.min(shape.min, shape.message) : array;
    }
    case 'object': {
      const fields = Object.fromEntries(
        Object.entries(shape.fields).map(([key, field]) => [
          key,
          field.kind === 'optional' ? convert(field.shape).optional() : convert(field),
        ]),
      );
      const object = z.strictObject(fields);
      return shape.rules.length === 0 ? object : object.superRefine(refineWith(shape.rules));
    }
  }
}

function refineWith(rules: readonly Rule<never>[]) {
  return (value: unknown, ctx: z.RefinementCtx) => {
    for (const r of rules) {
      const issue = (r.describe as (value: unknown) => ReturnType<Rule['describe']>)(value);
      if (issue) ctx.addIssue({ code: 'custom', message: issue.message, ...(issue.path ? { path: issue.path } : {}) });
    }
  };
}
