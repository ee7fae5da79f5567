import type { Language, Role } from '../model/corpus-schema.ts';
import type { Party, WorkingEvent } from './assemble.ts';
import type { CountryLexicon } from './countries.ts';
import type { PeopleIndex } from './people.ts';
import type { Sentence } from './sentences.ts';
import { slugOf, toArabic, toCyrillic } from './transliterate.ts';
import type { Gazetteer, Proposal, ProposedPerson, TextSpan } from './types.ts';

export interface ProposalContext {
  text: string;
  language: Language;
  sentences: readonly Sentence[];
  gazetteer: Gazetteer;
  people: PeopleIndex;
  countries: CountryLexicon;
}

/** The events as proposals, in the order the article tells them, each with a draft id of its own. */
export function toProposals(events: readonly WorkingEvent[], context: ProposalContext): Proposal[] {
  const codePoints = codePointIndex(context.text);
  const span = (sentence: number): TextSpan => {
    const { start, end } = context.sentences[sentence]!;
    return { text: context.text.slice(start, end), start: codePoints[start]!, end: codePoints[end]! };
  };
  const ids = new Set<string>();
  return [...events]
    .sort((a, b) => Math.min(...a.sentences) - Math.min(...b.sentences) || a.at - b.at)
    .map((event) => {
      const people: ProposedPerson[] = event.parties.map(toProposedPerson);
      const countries = [
        ...new Set([
          ...event.parties.flatMap((p) => (p.country ? [p.country] : [])),
          ...event.countryParties.map((c) => c.country),
        ]),
      ];
      const location = locationOf(event, context);
      const evidence = [event.main, ...event.sentences.filter((s) => s !== event.main).sort((a, b) => a - b)].map(span);
      const id = uniqueId(draftId(event), ids);
      return {
        id,
        type: event.type,
        status: event.status,
        date: event.date,
        people,
        countryParticipants: event.countryParties.map(({ country, role }) => ({ country, role })),
        countries,
        location,
        quote: evidence[0]!,
        evidence,
        confidence: confidenceOf(event),
        why: event.cues,
      };
    });
}

function locationOf(event: WorkingEvent, context: ProposalContext): Proposal['location'] {
  const mention = event.place;
  if (!mention) return null;
  const place = mention.placeId ? context.countries.places.get(mention.placeId) : undefined;
  if (place) return { id: place.id, name: place.name[context.language], country: place.country, names: place.name };
  if (!mention.capital) return null;
  const en = mention.capital.en;
  const names = { ar: mention.capital.ar ?? toArabic(en), en, ru: mention.capital.ru ?? toCyrillic(en) };
  return { id: null, name: names[context.language], country: mention.code, names };
}

function toProposedPerson(party: Party): ProposedPerson {
  return {
    id: party.personId,
    name: party.name,
    country: party.country,
    role: party.role,
    ...(party.office ? { office: party.office } : {}),
  };
}

/**
 * How sure the assistant is, from what it rests on: a verb rather than a noun, a resolved date,
 * people the gazetteer knows, more than one sentence. Not a probability: a ranking for review.
 */
function confidenceOf(event: WorkingEvent): number {
  let score = 0.5;
  if (event.weak === 0) score += 0.15;
  if (event.date?.start) score += 0.15;
  if (event.date?.ambiguous) score -= 0.1;
  const known = event.parties.filter((p) => p.role !== 'invitee');
  if (known.length > 0 && known.every((p) => p.personId)) score += 0.1;
  if (known.some((p) => !p.personId)) score -= 0.15;
  if (event.sentences.length > 1) score += 0.05;
  if (event.status === 'planned') score -= 0.05;
  return Math.round(Math.min(0.98, Math.max(0.05, score)) * 100) / 100;
}

/** `2025-02-12-putin-al-sharaa-call`: the date as precise as known, the parties, the type. */
function draftId(event: WorkingEvent): string {
  const date = event.date?.start
    ? event.date.precision === 'year'
      ? event.date.start.slice(0, 4)
      : event.date.precision === 'month'
        ? event.date.start.slice(0, 7)
        : event.date.start
    : event.status === 'planned'
      ? 'planned'
      : 'undated';
  const names = event.parties
    .filter((p) => p.role !== 'invitee' && p.role !== 'subject')
    .slice(0, 3)
    .map((p) => (p.personId ? shortSlug(p.personId) : slugOf(p.name)))
    .filter(Boolean);
  const speakers = event.countryParties.filter((c) => c.role === 'speaker').map((c) => c.country.toLowerCase());
  return [date, ...names, ...speakers, event.type].join('-');
}

/** A person's id without the given name: vladimir-putin → putin, ahmed-al-sharaa → al-sharaa. */
export function shortSlug(id: string): string {
  const parts = id.split('-');
  return parts.length > 1 ? parts.slice(1).join('-') : id;
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let k = 2; taken.has(candidate); k++) candidate = `${id}-${k}`;
  taken.add(candidate);
  return candidate;
}

/** For each UTF-16 offset of `text`, the number of code points before it. */
function codePointIndex(text: string): Int32Array {
  const index = new Int32Array(text.length + 1);
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    index[k] = count;
    const code = text.charCodeAt(k);
    if (code < 0xd800 || code > 0xdbff) count++;
  }
  index[text.length] = count;
  return index;
}

export type { Role };
