import type { CalendarDate } from '../model/calendar-date.ts';
import type { Language, Person } from '../model/corpus-schema.ts';
import { tokenize, wordsOf, type Token } from '../model/text-normalize.ts';
import type { CountryMention } from './countries.ts';
import { officeOfTitle, type Office } from './offices.ts';
import { PhraseIndex } from './phrase-index.ts';

/** How a name is known: a full name or alias anywhere, a surname only once the person is named. */
type NameStrength = 'name' | 'surname';

interface NameEntry {
  personId: string;
  strength: NameStrength;
}

interface PersonRole {
  office: Office | null;
  country: string;
  from?: string;
  to?: string;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;
// Last words of Arabic names that are everyday words too: never taken for the person alone.
const COMMON_ARABIC_SURNAMES = new Set(['ثاني', 'سلام', 'عون', 'فرحان', 'حسين', 'حسن', 'علي', 'محمد']);

/** The gazetteer's people, ready to be found by name or by office, country and date. */
export class PeopleIndex {
  readonly names = new PhraseIndex<NameEntry>();
  private readonly roles = new Map<string, PersonRole[]>();
  readonly byId: ReadonlyMap<string, Person>;

  constructor(people: readonly Person[]) {
    this.byId = new Map(people.map((person) => [person.id, person]));
    for (const person of people) {
      const add = (phrase: string, strength: NameStrength) =>
        this.names.add(phrase, { personId: person.id, strength }, CYRILLIC.test(phrase) ? 'stem' : 'exact');
      for (const name of [...Object.values(person.name), ...(person.aliases ?? [])]) add(name, 'name');
      for (const name of Object.values(person.name)) {
        const words = name.split(/\s+/);
        const last = words.at(-1);
        if (words.length < 2 || !last) continue;
        const folded = wordsOf(last).join(' ');
        if (ARABIC.test(last) ? folded.length >= 4 && !COMMON_ARABIC_SURNAMES.has(folded) : folded.length >= 3)
          add(last, 'surname');
      }
      this.roles.set(
        person.id,
        person.roles.map((role) => ({
          office: officeOfTitle([tokenize(role.title.ar), tokenize(role.title.en), tokenize(role.title.ru)]),
          country: role.country,
          ...(role.from ? { from: role.from } : {}),
          ...(role.to ? { to: role.to } : {}),
        })),
      );
    }
  }

  /**
   * Who held `office` for `country` on `date` (any date when null). A role with dates that cover
   * the day wins over one attested without dates; two people left is no answer.
   */
  holdersOf(office: Office, country: string | null, date: CalendarDate | null, ministerial = false): string[] {
    const holders: { id: string; dated: boolean; ended: boolean }[] = [];
    for (const [id, roles] of this.roles) {
      for (const role of roles) {
        const fits = ministerial ? role.office !== null && /minister/.test(role.office) : role.office === office;
        if (!fits || (country !== null && role.country !== country)) continue;
        if (date !== null && !roleHolds(role, date)) continue;
        holders.push({ id, dated: role.from !== undefined || role.to !== undefined, ended: role.to !== undefined });
        break;
      }
    }
    const dated = holders.filter((h) => h.dated);
    // With no date to go by, the gazetteer's present holder: a role that has ended is not one.
    const current = holders.filter((h) => !h.ended);
    const chosen = date !== null ? (dated.length > 0 ? dated : holders) : current.length > 0 ? current : holders;
    return [...new Set(chosen.map((h) => h.id))];
  }

  /** The offices a person holds on `date` (any date when null), for "his counterpart". */
  officesOf(personId: string, date: CalendarDate | null): Office[] {
    return (this.roles.get(personId) ?? [])
      .filter((role) => role.office !== null && (date === null || roleHolds(role, date)))
      .map((role) => role.office!);
  }

  countryOf(personId: string): string | null {
    return this.byId.get(personId)?.country ?? null;
  }

  /** The person's name in `lang` as the gazetteer gives it. */
  nameOf(personId: string, lang: Language): string {
    return this.byId.get(personId)?.name[lang] ?? personId;
  }
}

/** True when a role (dates YYYY, YYYY-MM or YYYY-MM-DD) covers `date`. */
export function roleHolds(role: { from?: string; to?: string }, date: CalendarDate): boolean {
  if (role.from && date < padStart(role.from)) return false;
  if (role.to && date > padEnd(role.to)) return false;
  return true;
}

const padStart = (partial: string) =>
  partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
const padEnd = (partial: string) =>
  partial.length === 4 ? `${partial}-12-31` : partial.length === 7 ? `${partial}-31` : partial;

/** A name found by the index: token positions (end exclusive). */
export interface NameMatch {
  from: number;
  to: number;
  personId: string;
  strength: NameStrength;
  /** Written with a joined "and" (وبوتين). */
  joinedAnd: boolean;
}

/** The gazetteer names in `tokens`, longest first, none overlapping. */
export function findNames(
  index: PeopleIndex,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
  readings?: (word: string) => string[],
): NameMatch[] {
  return index.names.findAll(tokens, from, to, readings).map(({ at, match }) => ({
    from: at,
    to: at + match.length,
    personId: match.value.personId,
    strength: match.value.strength,
    joinedAnd: match.joinedAnd,
  }));
}

export type { CountryMention };
