import type { CalendarDate } from '../model/calendar-date.ts';
import type { Role } from '../model/corpus-schema.ts';
import { wordsOf } from '../model/text-normalize.ts';
import type { Actor, Candidate, SentenceFacts } from './clauses.ts';
import type { CountryMention } from './countries.ts';
import type { Office } from './offices.ts';
import type { PeopleIndex } from './people.ts';
import type { PersonMention } from './person-mentions.ts';
import { resolveDateMention, type DateContext } from './resolve-date.ts';
import { resolvePerson, type NamedBefore, type ResolvedPerson } from './resolve-person.ts';
import { cue, type Cue } from './cues.ts';
import { readingsCue } from './resolve-date.ts';
import type { RuleSwitches } from './rules.ts';
import type { ContactStatus, ContactType, ProposedDate } from './types.ts';

/** A person taking part in an event. */
export interface Party extends ResolvedPerson {
  role: Role;
}

/** An event as the article is read: what the proposal is made from. */
export interface WorkingEvent {
  type: ContactType;
  status: ContactStatus;
  parties: Party[];
  countryParties: { country: string; role: Role }[];
  place: CountryMention | null;
  date: ProposedDate | null;
  /** Sentences that back it, in the order they were taken; `main` is the quote. */
  sentences: number[];
  main: number;
  /** A statement's speaker, to know it again: a person id, a name, or a country. */
  speaker?: string;
  cues: Cue[];
  /** Weak evidence only (nouns, titles no one holds): lowers the confidence. */
  weak: number;
  /** Where its first telling starts (the token of its trigger): the order the article tells it in. */
  at: number;
}

const PARTY_ROLES: ReadonlySet<Role> = new Set(['caller', 'recipient', 'host', 'guest', 'participant']);

export interface AssembleContext {
  people: PeopleIndex;
  switches: RuleSwitches;
  published: CalendarDate | null;
  alternatives: readonly CalendarDate[];
}

/**
 * Puts the article's candidates together, sentence by sentence: one contact, one event. A
 * contact told again (the headline, a readout, "during the call") joins the first telling; what
 * its parties say about it, and statements that report it, are its evidence, not new events; a
 * statement by the same speaker without a new date goes on the same statement.
 */
export function assembleEvents(
  sentences: readonly { facts: SentenceFacts; candidates: Candidate[] }[],
  context: AssembleContext,
): WorkingEvent[] {
  const events: WorkingEvent[] = [];
  const history: NamedBefore[] = [];
  const remember = (party: ResolvedPerson) => {
    if (party.personId) history.push({ personId: party.personId, country: party.country });
  };
  const dateOf = (candidate: Candidate, status: ContactStatus) => {
    if (!candidate.date) return null;
    const dateContext: DateContext = { published: context.published, alternatives: context.alternatives, status };
    return resolveDateMention(candidate.date, dateContext);
  };
  const { off } = context.switches;
  const resolve = (mention: PersonMention, date: CalendarDate | null, other: string | null) =>
    resolvePerson(mention, context.people, date, history, other, !off.has('titles'));

  for (const { facts, candidates } of sentences) {
    const contacts = candidates.filter((c) => c.kind === 'contact');
    const speech = candidates.filter((c) => c.kind !== 'contact');
    const fromThisSentence = new Map<Candidate, WorkingEvent[]>();
    let previousInSentence: { candidate: Candidate; events: WorkingEvent[] } | null = null;

    for (const candidate of contacts) {
      const status: ContactStatus = candidate.planned ? 'planned' : 'occurred';
      const dated = dateOf(candidate, status);
      const anchorDay = dated?.date.start ?? context.published;
      const agent = candidate.agent?.kind === 'person' ? resolve(candidate.agent.mention, anchorDay, null) : null;
      const others = candidate.others.map((m) => resolve(m, anchorDay, agent?.personId ?? null));
      const groups = candidate.split && others.length > 1 ? others.map((o) => [o]) : [others];
      const made: WorkingEvent[] = [];
      for (const group of groups) {
        const parties = assignRoles(candidate, agent, group);
        const working: WorkingEvent = {
          type: candidate.type,
          status,
          parties,
          countryParties: candidate.countryParties.map((country) => ({ country, role: 'participant' as Role })),
          // A call has no venue: a place its sentence names is what was discussed or who spoke.
          place: candidate.type === 'call' ? null : candidate.place,
          date: dated?.date ?? null,
          sentences: [facts.index],
          main: facts.index,
          cues: [
            ...candidate.cues,
            ...(dated ? dateCues(dated) : []),
            ...parties.flatMap((p) => (p.why ? [p.why] : [])),
          ],
          weak: candidate.trigger.rule.noun ? 1 : 0,
          at: candidate.trigger.from,
        };
        // A later contact of the sentence that goes on from the earlier one ("زار دمشق والتقى
        // خلالها"): the earlier told where and when.
        if (
          previousInSentence &&
          candidate.continuesPrevious &&
          !candidate.separate &&
          previousInSentence.candidate.type === candidate.type
        ) {
          const earlier = previousInSentence.events[0]!;
          working.place ??= earlier.place;
          working.date ??= earlier.date;
          working.status = earlier.status === 'planned' || working.status === 'planned' ? 'planned' : 'occurred';
          working.cues.unshift(...earlier.cues);
          for (const party of earlier.parties) if (!sameParty(working.parties, party)) working.parties.unshift(party);
          for (const event of previousInSentence.events) removeEvent(events, event);
        } else if (previousInSentence && candidate.separate) {
          working.place ??= previousInSentence.events[0]!.place;
          working.date ??= previousInSentence.events[0]!.date;
        }
        made.push(working);
      }
      const placed: WorkingEvent[] = [];
      for (const working of made) {
        // A contact spoken of again ("خلال اللقاء") joins the last one of its type, if any.
        const target =
          candidate.referencesContact && !off.has('retellings') ? lastOf(events, candidate.type) : undefined;
        if (target) {
          mergeInto(target, working, facts.index);
          placed.push(target);
          continue;
        }
        if (!hasEnoughParties(working)) continue;
        const ownSentence = candidate.separate ? new Set(previousInSentence?.events ?? []) : new Set<WorkingEvent>();
        const same = off.has('retellings')
          ? undefined
          : findSameContact(
              events.filter((e) => !ownSentence.has(e)),
              working,
              candidate.referencesContact,
            );
        if (same) {
          mergeInto(same, working, facts.index);
          placed.push(same);
        } else {
          if (!off.has('place-roles')) fixRolesByPlace(working);
          events.push(working);
          placed.push(working);
        }
      }
      for (const event of placed) for (const party of event.parties) remember(party);
      fromThisSentence.set(candidate, placed);
      previousInSentence = placed.length > 0 ? { candidate, events: placed } : previousInSentence;
    }

    for (const candidate of speech) {
      const last = events.at(-1);
      if (candidate.kind === 'invitation') {
        const target =
          [...fromThisSentence.values()].flat()[0] ?? (last && last.type !== 'statement' ? last : undefined);
        if (!target) continue;
        for (const mention of candidate.others) {
          const invitee = resolve(mention, target.date?.start ?? context.published, null);
          if (!sameParty(target.parties, invitee)) target.parties.push({ ...invitee, role: 'invitee' });
        }
        target.cues.push(cue('invitation', { names: candidate.others.map((m) => m.name).join(' · ') }));
        addSentence(target, facts.index);
        continue;
      }
      if (candidate.kind === 'continuation') {
        if (last) {
          addSentence(last, facts.index);
          if (last.type === 'statement') {
            addSubjects(last, candidate);
            last.place ??= candidate.place;
          }
          last.cues.push(cue('continuation', { words: candidate.words }));
        }
        continue;
      }
      const dated = dateOf(candidate, 'occurred');
      const speaker = speakerOf(candidate.agent, resolve, dated?.date.start ?? context.published);
      if (!speaker) continue;
      if (speaker.party) remember(speaker.party);
      const ownDate = dated?.date.start ?? null;
      const sameDay = (event: WorkingEvent) => ownDate === null || event.date?.start === ownDate;

      // A statement that reports a contact of its own sentence: the contact's readout.
      const reported = [...fromThisSentence.values()].flat();
      if (
        !off.has('readouts') &&
        reported.length > 0 &&
        (ownDate === null || reported.every((event) => event.date?.start === ownDate))
      ) {
        for (const event of reported) {
          addSentence(event, facts.index);
          event.cues.push(cue('readout', { speaker: speaker.label, words: candidate.words }));
        }
        continue;
      }
      // What a party says about the contact just told, or a body of a party's country reporting it.
      if (!off.has('readouts') && last && last.type !== 'statement' && reported.length === 0 && sameDay(last)) {
        const isParty =
          speaker.key !== null && last.parties.some((p) => PARTY_ROLES.has(p.role) && partyKey(p) === speaker.key);
        const countryOfParty =
          speaker.country !== null && partyCountries(last).includes(speaker.country) && speaker.party === null;
        if (
          candidate.referencesContact ||
          isParty ||
          (countryOfParty && (candidate.readout || candidate.date === null))
        ) {
          addSentence(last, facts.index);
          last.cues.push(cue(isParty ? 'party-said' : 'readout', { speaker: speaker.label, words: candidate.words }));
          continue;
        }
      }
      // The same speaker going on, with no new date.
      const previousStatement = [...events].reverse().find((e) => e.type === 'statement' && e.speaker === speaker.key);
      if (!off.has('same-speaker') && previousStatement && sameDay(previousStatement)) {
        addSentence(previousStatement, facts.index);
        addSubjects(previousStatement, candidate);
        previousStatement.place ??= candidate.place;
        previousStatement.cues.push(cue('same-speaker', { words: candidate.words }));
        continue;
      }
      const parties: Party[] = speaker.party ? [{ ...speaker.party, role: 'speaker' }] : [];
      const statement: WorkingEvent = {
        type: 'statement',
        status: 'occurred',
        parties,
        countryParties: speaker.party ? [] : [{ country: speaker.country!, role: 'speaker' }],
        place: candidate.place,
        date: dated?.date ?? null,
        sentences: [facts.index],
        main: facts.index,
        ...(speaker.key ? { speaker: speaker.key } : {}),
        cues: [
          ...candidate.cues,
          cue('speaker', { speaker: speaker.label }),
          ...(speaker.party?.why ? [speaker.party.why] : []),
          ...(dated ? dateCues(dated) : []),
        ],
        weak: candidate.trigger.rule.noun ? 1 : 0,
        at: candidate.trigger.from,
      };
      addSubjects(statement, candidate);
      events.push(statement);
    }
  }
  if (!off.has('place-roles')) for (const event of events) finishVenue(event);
  return events;
}

function dateCues(dated: { date: ProposedDate; why: Cue }): Cue[] {
  const readings = readingsCue(dated.date);
  return readings ? [dated.why, readings] : [dated.why];
}

function sameCue(a: Cue, b: Cue): boolean {
  return a.code === b.code && JSON.stringify(a.values) === JSON.stringify(b.values);
}

function speakerOf(
  actor: Actor | null,
  resolve: (m: PersonMention, date: CalendarDate | null, other: string | null) => ResolvedPerson,
  date: CalendarDate | null,
): { key: string | null; label: string; country: string | null; party: ResolvedPerson | null } | null {
  if (!actor) return null;
  if (actor.kind === 'institution')
    return {
      key: `country:${actor.mention.country}`,
      label: actor.mention.country,
      country: actor.mention.country,
      party: null,
    };
  const party = resolve(actor.mention, date, null);
  return { key: partyKey(party), label: party.personId ?? party.name, country: party.country, party };
}

function partyKey(party: ResolvedPerson): string {
  return party.personId ?? `name:${wordsOf(party.name).join(' ')}`;
}

function sameParty(parties: readonly ResolvedPerson[], party: ResolvedPerson): boolean {
  return parties.some((p) => partyKey(p) === partyKey(party));
}

function partyCountries(event: WorkingEvent): string[] {
  return [...event.parties.map((p) => p.country), ...event.countryParties.map((c) => c.country)].filter(
    (c): c is string => c !== null,
  );
}

function assignRoles(candidate: Candidate, agent: ResolvedPerson | null, others: ResolvedPerson[]): Party[] {
  // The same person named twice in a clause (by title and by name) takes part once.
  others = others.filter(
    (o, k) => (!agent || partyKey(o) !== partyKey(agent)) && others.findIndex((x) => partyKey(x) === partyKey(o)) === k,
  );
  const all = agent ? [agent, ...others] : others;
  const as =
    (role: Role) =>
    (p: ResolvedPerson): Party => ({ ...p, role });
  if (candidate.type === 'call') {
    if (candidate.coordinated || candidate.voice === 'mutual') return all.map(as('participant'));
    if (candidate.voice === 'receives')
      return [...(agent ? [as('recipient')(agent)] : []), ...others.map(as('caller'))];
    return [...(agent ? [as('caller')(agent)] : []), ...others.map(as('recipient'))];
  }
  if (candidate.voice === 'hosts' && !candidate.coordinated)
    return [...(agent ? [as('host')(agent)] : []), ...others.map(as('guest'))];
  if (candidate.voice === 'visits' && !candidate.coordinated)
    return [...(agent ? [as('guest')(agent)] : []), ...others.map(as('host'))];
  // Met, talks: who is at home hosts (fixRolesByPlace), else they meet as equals.
  return all.map(as('participant'));
}

/** At a place of one party's country, that party hosts and the others are its guests. */
function fixRolesByPlace(event: WorkingEvent): void {
  if (event.type !== 'meeting' || !event.place) return;
  const code = event.place.code;
  const met = event.parties.filter((p) => PARTY_ROLES.has(p.role));
  const home = met.filter((p) => p.country === code);
  if (home.length === 0 || home.length === met.length) return;
  for (const party of met) if (party.role === 'participant') party.role = party.country === code ? 'host' : 'guest';
}

/** Where the contact took place, when that country is not a party: the venue. */
function finishVenue(event: WorkingEvent): void {
  if (!event.place) return;
  fixRolesByPlace(event);
  const code = event.place.code;
  if (!partyCountries(event).includes(code)) event.countryParties.push({ country: code, role: 'venue' });
}

function hasEnoughParties(event: WorkingEvent): boolean {
  const people = event.parties.filter((p) => p.role !== 'invitee').length;
  if (people >= 2) return true;
  if (people === 1) return event.countryParties.length > 0 || event.place !== null;
  return event.countryParties.length >= 2;
}

function lastOf(events: readonly WorkingEvent[], type: ContactType): WorkingEvent | undefined {
  return [...events].reverse().find((event) => event.type === type);
}

function datesAgree(a: ProposedDate | null, b: ProposedDate | null): boolean {
  if (!a?.start || !b?.start) return true;
  return a.start === b.start && a.end === b.end;
}

/** An event already told that this one is a retelling of: same type and status, the same people. */
function findSameContact(
  events: readonly WorkingEvent[],
  event: WorkingEvent,
  reference: boolean,
): WorkingEvent | undefined {
  const keys = new Set(event.parties.filter((p) => PARTY_ROLES.has(p.role)).map(partyKey));
  for (let k = events.length - 1; k >= 0; k--) {
    const other = events[k]!;
    if (other.type !== event.type || other.status !== event.status || !datesAgree(other.date, event.date)) continue;
    const otherKeys = new Set(other.parties.filter((p) => PARTY_ROLES.has(p.role)).map(partyKey));
    const shared = [...keys].filter((key) => otherKeys.has(key)).length;
    const subset = shared === Math.min(keys.size, otherKeys.size);
    if ((shared > 0 && subset) || (reference && keys.size === 0)) return other;
  }
  return undefined;
}

function mergeInto(target: WorkingEvent, source: WorkingEvent, sentence: number): void {
  for (const party of source.parties) {
    const existing = target.parties.find((p) => partyKey(p) === partyKey(party));
    if (!existing) target.parties.push(party);
    else {
      if (existing.role === 'participant' && party.role !== 'participant') existing.role = party.role;
      // The fullest name wins ("فلاديمير بوتين" over the headline's "بوتين"), never a title alone.
      if (party.byName && (!existing.byName || party.name.length > existing.name.length)) {
        existing.name = party.name;
        existing.byName = true;
      }
      existing.office ??= party.office;
    }
  }
  for (const country of source.countryParties)
    if (!target.countryParties.some((c) => c.country === country.country)) target.countryParties.push(country);
  target.place ??= source.place;
  if (!target.date?.start && source.date?.start) {
    target.date = source.date;
    target.main = sentence;
  } else {
    target.date ??= source.date;
  }
  const told = source.cues.find((c) => c.code === 'trigger');
  if (told) target.cues.push(cue('told-again', { words: told.values.words ?? '' }));
  target.cues.push(...source.cues.filter((c) => c.code !== 'trigger' && !target.cues.some((t) => sameCue(t, c))));
  target.weak = Math.min(target.weak, source.weak);
  addSentence(target, sentence);
}

function addSentence(event: WorkingEvent, sentence: number): void {
  if (!event.sentences.includes(sentence)) event.sentences.push(sentence);
}

function addSubjects(event: WorkingEvent, candidate: Candidate): void {
  const own = new Set(partyCountries(event).filter((_, k) => k === 0));
  const speakerCountry = event.parties[0]?.country ?? event.countryParties.find((c) => c.role === 'speaker')?.country;
  for (const code of candidate.subjects) {
    if (code === speakerCountry || own.has(code) || event.countryParties.some((c) => c.country === code)) continue;
    if (event.place?.code === code) continue;
    event.countryParties.push({ country: code, role: 'subject' });
  }
}

function removeEvent(events: WorkingEvent[], event: WorkingEvent): void {
  const at = events.indexOf(event);
  if (at >= 0) events.splice(at, 1);
}

export type { Office };
