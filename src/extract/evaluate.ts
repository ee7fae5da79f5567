import type { CalendarDate } from '../model/calendar-date.ts';
import type { Language, Role } from '../model/corpus-schema.ts';
import { wordsOf } from '../model/text-normalize.ts';
import type { Proposal } from './types.ts';

/** A gold event in one shape for the development set and the corpus's annotations. */
export interface GoldEvent {
  label: string;
  type: 'call' | 'meeting' | 'statement';
  status: 'occurred' | 'planned';
  date: { start: CalendarDate; end: CalendarDate } | null;
  /** Gazetteer ids, or `name:` and the folded name for someone the gazetteer lacks; with roles. */
  people: { key: string; role: Role }[];
  countries: string[];
  location: string | null;
  /** Code-point spans of the text that back it. */
  spans: { start: number; end: number }[];
}

/** One article scored: its language, its gold events and the assistant's proposals. */
export interface ScoredItem {
  id: string;
  language: Language;
  gold: GoldEvent[];
  proposals: Proposal[];
}

export const FIELDS = ['type', 'status', 'date', 'people', 'roles', 'countries', 'location'] as const;
export type Field = (typeof FIELDS)[number];

export interface Counts {
  proposals: number;
  gold: number;
  /** Proposals matched to a gold event (the same contact found). */
  found: number;
  /** Matched with type, date and people right: the event. */
  events: number;
  fields: Record<Field, { correct: number; predicted: number; expected: number }>;
}

export interface Miss {
  item: string;
  kind: 'missed' | 'false' | 'wrong';
  what: string;
}

const nameKey = (name: string) => `name:${wordsOf(name).join(' ')}`;

export function proposalPeople(proposal: Proposal): { key: string; role: Role }[] {
  return proposal.people.map((p) => ({ key: p.id ?? nameKey(p.name), role: p.role }));
}

/** Two people keys name the same person: the same id, or names where one holds the other. */
function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  if (!a.startsWith('name:') || !b.startsWith('name:')) return false;
  const [x, y] = [a.slice(5), b.slice(5)];
  return x.includes(y) || y.includes(x);
}

function sameSet(a: readonly string[], b: readonly string[], equal = (x: string, y: string) => x === y): boolean {
  return (
    a.length === b.length && a.every((x) => b.some((y) => equal(x, y))) && b.every((y) => a.some((x) => equal(x, y)))
  );
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Which field of a matched pair is right. */
export function compareFields(gold: GoldEvent, proposal: Proposal): Record<Field, boolean> {
  const predicted = proposalPeople(proposal).filter((p) => p.role !== 'invitee' && p.role !== 'subject');
  const expected = gold.people.filter((p) => p.role !== 'invitee' && p.role !== 'subject');
  const date =
    gold.date === null
      ? proposal.date?.start == null
      : proposal.date?.start === gold.date.start && proposal.date?.end === gold.date.end;
  return {
    type: gold.type === proposal.type,
    status: gold.status === proposal.status,
    date,
    people: sameSet(
      expected.map((p) => p.key),
      predicted.map((p) => p.key),
      sameKey,
    ),
    roles: sameSet(
      gold.people.map((p) => `${p.role}|${p.key}`),
      proposalPeople(proposal).map((p) => `${p.role}|${p.key}`),
      (x, y) => x.split('|')[0] === y.split('|')[0] && sameKey(x.split('|')[1]!, y.split('|')[1]!),
    ),
    countries: sameSet(gold.countries, proposal.countries),
    location: (gold.location ?? null) === (proposal.location?.id ?? null),
  };
}

/**
 * Matches proposals to gold events: a pair must share evidence (the proposal's quote overlaps a
 * gold span); among those, the same type and more people in common come first. Each side is
 * matched at most once.
 */
export function matchEvents(gold: readonly GoldEvent[], proposals: readonly Proposal[]): [number, number][] {
  const pairs: { g: number; p: number; score: number }[] = [];
  gold.forEach((event, g) => {
    proposals.forEach((proposal, p) => {
      const shares = event.spans.some((span) => proposal.evidence.some((e) => overlaps(span, e)));
      if (!shares) return;
      const main = event.spans.some((span) => overlaps(span, proposal.quote)) ? 1 : 0;
      const people = proposalPeople(proposal);
      const common = event.people.filter((x) => people.some((y) => sameKey(x.key, y.key))).length;
      pairs.push({ g, p, score: (event.type === proposal.type ? 4 : 0) + main * 2 + common });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const matched: [number, number][] = [];
  for (const pair of pairs) {
    if (usedG.has(pair.g) || usedP.has(pair.p)) continue;
    usedG.add(pair.g);
    usedP.add(pair.p);
    matched.push([pair.g, pair.p]);
  }
  return matched;
}

export function emptyCounts(): Counts {
  return {
    proposals: 0,
    gold: 0,
    found: 0,
    events: 0,
    fields: Object.fromEntries(FIELDS.map((f) => [f, { correct: 0, predicted: 0, expected: 0 }])) as Counts['fields'],
  };
}

/** Adds one item's scores to `counts` and its misses to `misses`. */
export function scoreItem(item: ScoredItem, counts: Counts, misses: Miss[]): void {
  const matched = matchEvents(item.gold, item.proposals);
  counts.proposals += item.proposals.length;
  counts.gold += item.gold.length;
  counts.found += matched.length;
  for (const field of FIELDS) {
    // Location counts only where one side gives one; every other field is always given.
    counts.fields[field].predicted +=
      field === 'location' ? item.proposals.filter((p) => p.location).length : item.proposals.length;
    counts.fields[field].expected +=
      field === 'location' ? item.gold.filter((g) => g.location).length : item.gold.length;
  }
  for (const [g, p] of matched) {
    const gold = item.gold[g]!;
    const proposal = item.proposals[p]!;
    const fields = compareFields(gold, proposal);
    for (const field of FIELDS) {
      if (field === 'location' && !gold.location) continue;
      if (fields[field]) counts.fields[field].correct++;
    }
    const event = fields.type && fields.date && fields.people;
    if (event) counts.events++;
    const wrong = FIELDS.filter((f) => !fields[f] && (f !== 'location' || gold.location || proposal.location));
    if (wrong.length > 0)
      misses.push({
        item: item.id,
        kind: 'wrong',
        what: `${gold.label}: ${wrong.map((f) => `${f} ${describe(f, gold, proposal)}`).join('; ')}`,
      });
  }
  item.gold.forEach((gold, g) => {
    if (!matched.some(([mg]) => mg === g)) misses.push({ item: item.id, kind: 'missed', what: gold.label });
  });
  item.proposals.forEach((proposal, p) => {
    if (!matched.some(([, mp]) => mp === p))
      misses.push({ item: item.id, kind: 'false', what: `${proposal.id} «${proposal.quote.text.slice(0, 70)}»` });
  });
}

function describe(field: Field, gold: GoldEvent, proposal: Proposal): string {
  const people = (list: { key: string; role: Role }[]) => list.map((p) => `${p.key}:${p.role}`).join(',');
  switch (field) {
    case 'type':
      return `${proposal.type} (gold ${gold.type})`;
    case 'status':
      return `${proposal.status} (gold ${gold.status})`;
    case 'date':
      return `${proposal.date?.start ?? 'null'} (gold ${gold.date?.start ?? 'null'})`;
    case 'people':
    case 'roles':
      return `[${people(proposalPeople(proposal))}] (gold [${people(gold.people)}])`;
    case 'countries':
      return `[${proposal.countries.join(',')}] (gold [${gold.countries.join(',')}])`;
    case 'location':
      return `${proposal.location?.id ?? 'none'} (gold ${gold.location ?? 'none'})`;
  }
}

/** Precision, recall and F1 from counts. */
export function prf(correct: number, predicted: number, expected: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? 1 : correct / predicted;
  const r = expected === 0 ? 1 : correct / expected;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
