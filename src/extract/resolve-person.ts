import type { CalendarDate } from '../model/calendar-date.ts';
import { MINISTERIAL, type Office } from './offices.ts';
import type { PeopleIndex } from './people.ts';
import { cue, type Cue } from './cues.ts';
import type { PersonMention } from './person-mentions.ts';

/** A person as the article's contact names them: a gazetteer id, or the words for someone it lacks. */
export interface ResolvedPerson {
  personId: string | null;
  /** As the text writes them. */
  name: string;
  /** Named by their name, not only by a title: the better words to show them by. */
  byName?: true;
  country: string | null;
  office?: Office;
  why?: Cue;
}

/** Someone named earlier in the article, most recent last: "the minister" points back to them. */
export interface NamedBefore {
  personId: string;
  country: string | null;
}

/**
 * Who a mention names, on `date`: a gazetteer name as it is; an office and country through the
 * gazetteer's roles on that date ("الرئيس الروسي" → vladimir-putin); "the minister" or "the
 * president" alone through the last such person named; "his counterpart" through the office of
 * the other party. Where that finds no one, or two, the words stay as the name.
 */
export function resolvePerson(
  mention: PersonMention,
  people: PeopleIndex,
  date: CalendarDate | null,
  history: readonly NamedBefore[],
  otherParty: string | null,
  titles = true,
): ResolvedPerson {
  const base = { name: mention.name, country: mention.country, ...(mention.office ? { office: mention.office } : {}) };
  if (mention.via === 'name' && mention.personId)
    return { ...base, personId: mention.personId, country: people.countryOf(mention.personId), byName: true };
  if (mention.via === 'unknown')
    return { ...base, personId: null, byName: true, why: cue('person-new', { name: mention.name }) };
  const office = mention.office;
  if (!office || !titles) return { ...base, personId: null };

  const pointsBack = mention.via === 'pointer' || (mention.via === 'title' && mention.country === null);
  if (pointsBack) {
    const earlier = [...history].reverse().find((named) => {
      if (mention.country !== null && named.country !== mention.country) return false;
      const offices = people.officesOf(named.personId, date);
      return office === 'minister' ? offices.some((o) => MINISTERIAL.has(o)) : offices.includes(office);
    });
    if (earlier)
      return {
        ...base,
        personId: earlier.personId,
        country: people.countryOf(earlier.personId),
        why: cue('person-back', { name: mention.name, person: earlier.personId }),
      };
  }
  let wanted: Office[] = [office];
  if (mention.via === 'counterpart') {
    wanted = otherParty ? people.officesOf(otherParty, date).filter((o) => o !== 'envoy') : [];
    if (wanted.length === 0) return { ...base, personId: null };
  }
  // An office with no country ("رئيس الوزراء" alone) names whoever was named with it before, or
  // no one: every country has one.
  if (mention.country === null && mention.via !== 'counterpart') return { ...base, personId: null };
  for (const candidate of wanted) {
    const holders = people.holdersOf(candidate, mention.country, date, candidate === 'minister');
    if (holders.length === 1) {
      const personId = holders[0]!;
      return {
        ...base,
        office: candidate,
        personId,
        country: people.countryOf(personId),
        why: cue('person-title', {
          name: mention.name,
          person: personId,
          office: candidate,
          country: mention.country ?? people.countryOf(personId) ?? '',
          date: date ?? '',
        }),
      };
    }
  }
  return {
    ...base,
    personId: null,
    why: cue('person-no-holder', { name: mention.name }),
  };
}
