import type { ProposedPerson } from './types.ts';

/** The key of a proposed person: their gazetteer id, or `new:` and their name as written. */
export function personKey(person: Pick<ProposedPerson, 'id' | 'name'>): string {
  return person.id ?? `new:${person.name}`;
}
