// First: zod must be jitless before the schema module builds its schemas (see zod-jitless.ts).
import './zod-jitless.ts';
import { corpusSchema, type Corpus } from './corpus-schema.ts';

/**
 * What zod makes of a corpus the fast check refused: the corpus (should the two ever disagree,
 * zod has the last word), or every issue with its path. Loaded only then, with zod, so that the
 * page that loads a good corpus never downloads either.
 */
export function explainCorpus(
  data: unknown,
): { success: true; corpus: Corpus } | { success: false; issues: { path: PropertyKey[]; message: string }[] } {
  const parsed = corpusSchema.safeParse(data);
  if (parsed.success) return { success: true, corpus: parsed.data };
  return { success: false, issues: parsed.error.issues.map(({ path, message }) => ({ path, message })) };
}
