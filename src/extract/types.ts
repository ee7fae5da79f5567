import type { CalendarDate, DatePrecision } from '../model/calendar-date.ts';
import type { Country, Language, Person, Role } from '../model/corpus-schema.ts';
import type { DateRule } from '../model/corpus-vocabulary.ts';
import type { Cue } from './cues.ts';

/** A place of the gazetteer (corpus/gazetteer/places.yaml). */
export interface GazetteerPlace {
  id: string;
  name: { ar: string; en: string; ru: string };
  country: string;
}

/** What the assistant knows of the world: the corpus gazetteer, roles' countries filled in. */
export interface Gazetteer {
  people: readonly Person[];
  countries: readonly Country[];
  places: readonly GazetteerPlace[];
}

/** The contact types the assistant proposes (milestones are an editor's call). */
export type ContactType = 'call' | 'meeting' | 'statement';
export type ContactStatus = 'occurred' | 'planned';

/** A span of the article: code-point offsets (end exclusive), as the corpus counts quotes. */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * A proposed date. `start`, `end`, `precision` and `rule` are null where the words cannot be
 * resolved (no publication date, a future weekday, "last week"); `expression` keeps the words.
 */
export interface ProposedDate {
  start: CalendarDate | null;
  end: CalendarDate | null;
  precision: DatePrecision | null;
  expression: string;
  rule: DateRule | null;
  /** True when the words allow more than one day and none is chosen, or readings differ. */
  ambiguous?: true;
  /** Other readings, one per alternative publication date that gives another answer. */
  readings?: { start: CalendarDate; end: CalendarDate; precision: DatePrecision; anchor: CalendarDate }[];
}

export interface ProposedPerson {
  /** The gazetteer id, or null for someone the gazetteer lacks. */
  id: string | null;
  /** The name as the text writes it (or the title it names them by). */
  name: string;
  /** ISO code, or null when nothing in the text says. */
  country: string | null;
  role: Role;
  /** The office the text gives them, as an office key (foreign-minister…), where it does. */
  office?: string;
}

export interface ProposedLocation {
  /** The gazetteer place, or null for a capital the gazetteer lacks (proposed as a new place). */
  id: string | null;
  name: string;
  country: string;
  /** The place's names in the three languages (for a new place, guesses where none is known). */
  names: { ar: string; en: string; ru: string };
}

/** One proposed contact, with the evidence and the reasons behind it. */
export interface Proposal {
  /** A draft event id in the corpus's style: `2025-02-12-putin-al-sharaa-call`. */
  id: string;
  type: ContactType;
  status: ContactStatus;
  date: ProposedDate | null;
  people: ProposedPerson[];
  /** Countries taking part without a person (a ministry speaking, a venue, a subject). */
  countryParticipants: { country: string; role: Role }[];
  /** ISO codes of every participant, in order. */
  countries: string[];
  location: ProposedLocation | null;
  /** The sentence the contact is proposed from. */
  quote: TextSpan;
  /** Every sentence that backs it, the quote first: readouts and what was said during it. */
  evidence: TextSpan[];
  confidence: number;
  /** The rules and cues that fired (cues.ts: describeCue says them in English). */
  why: Cue[];
}

/** What the assistant is told about the article. */
export interface ArticleInput {
  text: string;
  language: Language;
  /** The publication date, or null when unknown (relative dates then stay unresolved). */
  published: CalendarDate | null;
  /** Other possible publication dates (an article's front matter `alternatives`). */
  alternatives?: readonly CalendarDate[];
}
