import { Document, isMap, isSeq, type Node } from 'yaml';
import type { Language, Localized, Role } from '../model/corpus-schema.ts';
import { RELATIVE_RULES } from '../model/corpus-vocabulary.ts';
import { locateQuote } from '../pipeline/locate-quote.ts';
import type { CountryLexicon } from './countries.ts';
import { namesOf, type PersonNames } from './names.ts';
import { officeTitle } from './office-titles.ts';
import { personKey } from './person-key.ts';
import type { Office } from './offices.ts';
import type { PeopleIndex } from './people.ts';
import { describeProposal } from './templates.ts';
import { slugOf } from './transliterate.ts';
import type { Proposal, ProposedPerson } from './types.ts';

/** What a draft annotation is made from. */
export interface DraftInput {
  articleId: string;
  text: string;
  language: Language;
  /** Who the article's own reporting is attributed to: its outlet's name. */
  outlet: Localized;
  proposals: readonly Proposal[];
  people: PeopleIndex;
  countries: CountryLexicon;
  /** Marks every draft `review: pending`, for the corpus build to refuse until checked. */
  pending: boolean;
  /** Event and person ids already taken in the corpus. */
  takenEventIds?: ReadonlySet<string>;
  /** Names an editor gave a new person, by the key `personKey` returns. */
  names?: ReadonlyMap<string, PersonNames>;
  /** Titles and summaries an editor wrote, by proposal id. */
  texts?: ReadonlyMap<string, { title: Localized; summary: Localized }>;
}

/** A person the gazetteer lacks, as a draft entry of corpus/gazetteer/people.yaml. */
export interface NewPerson {
  id: string;
  name: Localized;
  guessed: Language[];
  country: string | null;
  title: Localized | null;
}

/** A place or a country the gazetteer lacks, as a draft entry of its file. */
export interface NewPlace {
  id: string;
  name: Localized;
  country: string;
}

/**
 * Why a proposal is not drafted: `planned` (not a contact yet), `undated` (no date the corpus
 * can hold), `no-country` (someone the gazetteer lacks, and the text gives no country).
 */
export type SkipReason = 'planned' | 'undated' | 'no-country';

/** The reasons in English, for the command line. */
export const SKIP_REASONS: Record<SkipReason, string> = {
  planned: 'planned: annotate it once it has happened',
  undated: 'no date the corpus can hold: give one by hand if the article allows',
  'no-country': 'someone the gazetteer lacks, and the text gives no country for them',
};

export interface Draft {
  /** The events, as corpus annotation objects (the YAML's `events`). */
  events: Record<string, unknown>[];
  /** The whole annotation file. */
  annotationYaml: string;
  /** The events alone, as items of the `events:` list, for appending to a file. */
  eventsYaml: string;
  newPeople: NewPerson[];
  /** New entries for corpus/gazetteer/people.yaml, as items of its list. */
  peopleYaml: string;
  /** Capitals the events took place in that the gazetteer lacks, for gazetteer/places.yaml. */
  newPlaces: NewPlace[];
  placesYaml: string;
  /** Countries the events name that the gazetteer lacks (names from Intl), for gazetteer/countries.yaml. */
  newCountries: { code: string; name: Localized }[];
  countriesYaml: string;
  /** Proposals not drafted, and why. */
  skipped: { proposal: Proposal; reason: SkipReason }[];
}

/** The ids new people get: a slug of their name, never one the gazetteer has. */
export function newPersonId(person: ProposedPerson, people: PeopleIndex, names?: PersonNames): string {
  const base = slugOf(names?.full.en ?? person.name) || 'person';
  let id = base;
  for (let k = 2; people.byId.has(id); k++) id = `${base}-${k}`;
  return id;
}

/**
 * A draft annotation file in the corpus format (docs/corpus-format.md) from accepted proposals:
 * dates as the corpus gives them ({expression} for a relative one, {on} for a day…), people by
 * gazetteer id (new people as draft gazetteer entries), titles and summaries from templates,
 * every evidence sentence a quote. Planned contacts and undated ones cannot be corpus events:
 * they are listed in the file's opening comment instead, as the corpus does.
 */
export function draftAnnotation(input: DraftInput): Draft {
  const { people, countries, language } = input;
  const skipped: Draft['skipped'] = [];
  const newPeople = new Map<string, NewPerson>();
  const taken = new Set(input.takenEventIds ?? []);
  const events: Record<string, unknown>[] = [];
  const newPlaces = new Map<string, NewPlace>();

  const nameOf = (person: ProposedPerson) => input.names?.get(personKey(person)) ?? namesOf(person, people, language);
  const idOf = (person: ProposedPerson): string => {
    if (person.id) return person.id;
    const key = personKey(person);
    const names = nameOf(person);
    const existing = newPeople.get(key);
    if (existing) return existing.id;
    const id = newPersonId(person, people, names);
    newPeople.set(key, {
      id,
      name: names.full,
      guessed: names.guessed,
      country: person.country,
      title: officeTitle(person.office as Office | undefined, person.country, countries),
    });
    return id;
  };

  for (const proposal of input.proposals) {
    if (proposal.status === 'planned') {
      skipped.push({ proposal, reason: 'planned' });
      continue;
    }
    const date = sourceDate(proposal);
    if (!date) {
      skipped.push({ proposal, reason: 'undated' });
      continue;
    }
    const participants = [
      ...proposal.people.map((p) => ({ person: idOf(p), role: p.role })),
      ...proposal.countryParticipants.map((c) => ({ country: c.country, role: c.role })),
    ];
    if (proposal.people.some((p) => !p.id && !p.country)) {
      skipped.push({ proposal, reason: 'no-country' });
      continue;
    }
    const texts =
      input.texts?.get(proposal.id) ??
      describeProposal(proposal, {
        people: proposal.people.map((p) => ({ ...nameOf(p), role: p.role })),
        country: (code, lang) => countries.nameOf(code, lang),
        place: proposal.location ? placeNames(proposal.location, input) : null,
      });
    let location: string | undefined;
    if (proposal.location) {
      location = proposal.location.id ?? slugOf(proposal.location.names?.en ?? proposal.location.name);
      if (!proposal.location.id && proposal.location.names && !newPlaces.has(location))
        newPlaces.set(location, { id: location, name: proposal.location.names, country: proposal.location.country });
    }
    let id = proposal.id;
    for (let k = 2; taken.has(id); k++) id = `${proposal.id}-${k}`;
    taken.add(id);
    const speaker = proposal.people.find((p) => p.role === 'speaker');
    const sources = proposal.evidence.map((span, k) => {
      const located = locateQuote(input.text, span.text);
      const occurrence =
        typeof located === 'string' && /occurs \d+ times/.test(located) ? occurrenceOf(input.text, span) : undefined;
      return {
        quote: span.text,
        attribution: speaker && k === 0 ? reportedBy(nameOf(speaker).short, input.outlet) : input.outlet,
        ...(occurrence ? { occurrence } : {}),
      };
    });
    events.push({
      id,
      ...(input.pending ? { review: 'pending' } : {}),
      type: proposal.type,
      date,
      participants,
      ...(location ? { location } : {}),
      title: texts.title,
      summary: texts.summary,
      sources,
    });
  }

  const newList = [...newPeople.values()];
  const placeList = [...newPlaces.values()];
  const used = new Set([
    ...events.flatMap((e) => (e.participants as { country?: string }[]).flatMap((p) => (p.country ? [p.country] : []))),
    ...newList.flatMap((p) => (p.country ? [p.country] : [])),
    ...placeList.map((p) => p.country),
  ]);
  const newCountries = [...used]
    .filter((code) => !countries.known.has(code))
    .sort()
    .map((code) => ({
      code,
      name: { ar: countries.nameOf(code, 'ar'), en: countries.nameOf(code, 'en'), ru: countries.nameOf(code, 'ru') },
    }));
  const eventsYaml = events.length > 0 ? indent(toYaml(events), 2) : '';
  const header = headerComment(input, skipped);
  const annotationYaml = `${header}article: ${input.articleId}\nevents:${events.length > 0 ? `\n${eventsYaml}` : ' []\n'}`;
  return {
    events,
    annotationYaml,
    eventsYaml,
    newPeople: newList,
    peopleYaml: newList.length > 0 ? peopleEntries(newList, input.articleId, input.pending) : '',
    newPlaces: placeList,
    placesYaml: placeList.length > 0 ? toYaml(placeList.map((p) => ({ ...p }))) : '',
    newCountries,
    countriesYaml: newCountries.length > 0 ? toYaml(newCountries.map((c) => ({ ...c }))) : '',
    skipped,
  };
}

/** The source date form of a proposal's date, or null when the corpus cannot hold it. */
function sourceDate(proposal: Proposal): Record<string, string> | null {
  const date = proposal.date;
  if (!date?.start || !date.rule) return null;
  if ((RELATIVE_RULES as readonly string[]).includes(date.rule)) return { expression: date.expression };
  // A date an editor gave by hand has no words of the article behind it.
  const words: Record<string, string> = date.expression ? { expression: date.expression } : {};
  if (date.precision === 'day') return { on: date.start, ...words };
  if (date.precision === 'month') return { month: date.start.slice(0, 7), ...words };
  return { year: date.start.slice(0, 4), ...words };
}

function placeNames(location: NonNullable<Proposal['location']>, input: DraftInput): Localized | null {
  return (location.id ? input.countries.places.get(location.id)?.name : location.names) ?? null;
}

function reportedBy(speaker: Localized, outlet: Localized): Localized {
  return {
    ar: `${speaker.ar} وفق ${outlet.ar}`,
    en: `${speaker.en}, as reported by ${outlet.en}`,
    ru: `${speaker.ru} (источник: ${outlet.ru})`,
  };
}

/** Which occurrence of its words a sentence is, counting from the text's start. */
function occurrenceOf(text: string, span: { text: string; start: number }): number {
  const before = Array.from(text).slice(0, span.start).join('');
  let count = 1;
  for (let at = before.indexOf(span.text); at >= 0; at = before.indexOf(span.text, at + 1)) count++;
  return count;
}

function headerComment(input: DraftInput, skipped: Draft['skipped']): string {
  const lines = [
    `# Drafted by the extraction assistant from corpus/articles/${input.articleId}.md${input.pending ? ': every event awaits review (review: pending)' : ''}.`,
    '# Check each against the article: the people and their roles, the date and the rule that gave it, the titles.',
  ];
  if (skipped.length > 0) {
    lines.push('#', '# Proposed but not drafted as events:');
    for (const { proposal, reason } of skipped)
      lines.push(`# - ${proposal.id}: ${SKIP_REASONS[reason]}; «${oneLine(proposal.quote.text, 90)}»`);
  }
  return `${lines.join('\n')}\n`;
}

function peopleEntries(people: readonly NewPerson[], articleId: string, pending: boolean): string {
  const entries = people.map((person) => ({
    id: person.id,
    ...(pending ? { review: 'pending' } : {}),
    name: person.name,
    country: person.country,
    roles: person.title ? [{ title: person.title, attestedBy: [articleId] }] : [],
  }));
  const comment = people.some((p) => p.guessed.length > 0)
    ? '# New people proposed by the extraction assistant. Their names in the other languages (and ids) are\n# transliterated guesses: give them as those languages write them.\n'
    : '';
  return `${comment}${toYaml(entries)}`;
}

// The corpus's style: short maps on one line ({ person: x, role: y }), the rest in blocks.
const FLOW_KEYS = new Set(['date', 'name', 'attribution']);

function toYaml(value: unknown[]): string {
  // No anchors: the corpus reads YAML without aliases (yaml-source.ts).
  const document = new Document(value, { aliasDuplicateObjects: false });
  const visit = (node: Node | null | undefined, key?: string) => {
    if (isMap(node)) {
      if (key !== undefined && FLOW_KEYS.has(key)) node.flow = true;
      for (const pair of node.items) visit(pair.value as Node, String((pair.key as { value?: unknown })?.value ?? ''));
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (key === 'participants' && isMap(item)) item.flow = true;
        visit(item as Node, key === 'participants' ? '' : undefined);
      }
    }
  };
  visit(document.contents as Node);
  return document.toString({ lineWidth: 0, flowCollectionPadding: true });
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line ? pad + line : line))
    .join('\n');
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export type { Role };
