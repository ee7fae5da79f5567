import type { CorpusEvent, Role } from './corpus-schema.ts';

/** Someone a label names: a person, or a country speaking as an institution. */
export interface LabelSide {
  person?: string;
  country: string;
}

/** What an event's short label on the timeline says, before it is put into words. */
export type LabelParts =
  { kind: 'parties'; sides: LabelSide[] } | { kind: 'speaker'; who: LabelSide | null } | { kind: 'title' };

/** The roles of the sides of a contact; a subject, an invitee or a venue is not one. */
const PARTY_ROLES: ReadonlySet<Role> = new Set(['caller', 'recipient', 'host', 'guest', 'participant']);

/**
 * Who a call's or a meeting's label names (its parties, in the order the annotation gives them,
 * each once), who a statement's names (its speaker), or, for a milestone, that its title is the
 * label. From the participants and their roles, never from every person an event mentions.
 */
export function labelParts(event: Pick<CorpusEvent, 'type' | 'participants'>): LabelParts {
  if (event.type === 'milestone') return { kind: 'title' };
  const side = (p: CorpusEvent['participants'][number]): LabelSide =>
    p.person === undefined ? { country: p.country } : { person: p.person, country: p.country };
  if (event.type === 'statement') {
    const speaker = event.participants.find((p) => p.role === 'speaker');
    return { kind: 'speaker', who: speaker ? side(speaker) : null };
  }
  const seen = new Set<string>();
  const sides: LabelSide[] = [];
  for (const participant of event.participants) {
    if (!PARTY_ROLES.has(participant.role)) continue;
    const key = participant.person ?? `#${participant.country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sides.push(side(participant));
  }
  return { kind: 'parties', sides };
}
