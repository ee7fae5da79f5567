import { parseDocument } from 'yaml';
import { z } from 'zod';
import { type LANGUAGES, ROLES } from '../model/corpus-vocabulary.ts';

/** A gold participant: a gazetteer person, someone it lacks (name as written), or a country. */
const participantSchema = z.union([
  z.strictObject({ person: z.string(), role: z.enum(ROLES) }),
  z.strictObject({ name: z.string(), country: z.string().regex(/^[A-Z]{2}$/), role: z.enum(ROLES) }),
  z.strictObject({ country: z.string().regex(/^[A-Z]{2}$/), role: z.enum(ROLES) }),
]);

const dateSchema = z.union([z.null(), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)]);

const goldEventSchema = z.strictObject({
  type: z.enum(['call', 'meeting', 'statement']),
  status: z.enum(['occurred', 'planned']),
  date: dateSchema,
  participants: z.array(participantSchema).min(1),
  location: z.string().optional(),
  evidence: z.string().min(1),
});

const itemSchema = z.strictObject({
  id: z.string(),
  published: z.union([z.null(), z.iso.date()]),
  traps: z.array(z.string()),
  text: z.string().min(1),
  events: z.array(goldEventSchema),
});

export type DevParticipant = z.infer<typeof participantSchema>;
export type DevGoldEvent = z.infer<typeof goldEventSchema>;
export interface DevItem extends z.infer<typeof itemSchema> {
  language: (typeof LANGUAGES)[number];
  set: string;
}

/**
 * Reads one file of the development set (corpus-dev/<set>/<lang>.yaml): YAML dates are read as
 * strings, and every item is checked, so a slip in the gold is an error, not a silent miss.
 */
export function parseDevSet(yaml: string, language: DevItem['language'], set: string, file: string): DevItem[] {
  const document = parseDocument(yaml, { schema: 'core', uniqueKeys: true });
  if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
  const parsed = z.array(itemSchema).safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.map((item) => {
    for (const event of item.events)
      if (!item.text.includes(event.evidence))
        throw new Error(`${file}: ${item.id}: evidence "${event.evidence}" is not in the text`);
    return { ...item, language, set };
  });
}
