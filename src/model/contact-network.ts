import type { CalendarDate } from './calendar-date.ts';
import type { Corpus, CorpusEvent, Role } from './corpus-schema.ts';

/** The event types that put two people in contact. */
export const CONTACT_TYPES = ['call', 'meeting'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

// The parties to a call or meeting. A subject is talked about, an invitee was invited during the
// contact and a venue hosted it: none of them took part in the conversation itself.
const PARTY_ROLES: ReadonlySet<Role> = new Set(['caller', 'recipient', 'host', 'guest', 'participant']);

/** A person in the selected events. */
export interface PersonNode {
  kind: 'person';
  /** Unique among all nodes: `person:<id>`. */
  key: string;
  id: string;
  /** The gazetteer's country for the person, for colour and text. */
  country: string;
  /** How many selected events name the person. */
  count: number;
}

/** A country that a selected statement is about. */
export interface CountryNode {
  kind: 'country';
  /** Unique among all nodes: `country:<code>`. */
  key: string;
  code: string;
  /** How many selected statements are about it. */
  count: number;
}

export type NetworkNode = PersonNode | CountryNode;

interface EdgeBase {
  /** Unique among all edges. */
  key: string;
  /** Node keys of the two ends. */
  from: string;
  to: string;
  /** Selected events behind the edge, by id, in time order. */
  events: string[];
  count: number;
  /** The first day of the earliest event and the last day of the latest: "since when". */
  first: CalendarDate;
  last: CalendarDate;
}

/** Two people who shared calls or meetings of one type; `a` sorts before `b`. */
export interface ContactEdge extends EdgeBase {
  kind: 'contact';
  type: ContactType;
  a: string;
  b: string;
}

/** A person's statements about a country. */
export interface StatementEdge extends EdgeBase {
  kind: 'statement';
  type: 'statement';
  speaker: string;
  country: string;
}

export type NetworkEdge = ContactEdge | StatementEdge;

/** Who was in contact with whom, and who spoke about which country, in the selected events. */
export interface ContactNetwork {
  /** Sorted by id. */
  people: PersonNode[];
  /** Sorted by code. */
  countries: CountryNode[];
  /** Sorted by a, b, then type (calls before meetings). */
  contacts: ContactEdge[];
  /** Sorted by speaker, then country. */
  statements: StatementEdge[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Persons who took part in a call or meeting (not those it was about), each once, sorted. */
export function partiesOf(event: CorpusEvent): string[] {
  const ids = event.participants.filter((p) => p.person !== undefined && PARTY_ROLES.has(p.role)).map((p) => p.person!);
  return [...new Set(ids)].sort(compare);
}

/** The person speakers of a statement and the countries it is about (of its subjects, people or not). */
export function statementLinksOf(event: CorpusEvent): { speakers: string[]; countries: string[] } {
  const speakers = event.participants.filter((p) => p.role === 'speaker' && p.person !== undefined);
  const subjects = event.participants.filter((p) => p.role === 'subject');
  return {
    speakers: [...new Set(speakers.map((p) => p.person!))].sort(compare),
    countries: [...new Set(subjects.map((p) => p.country))].sort(compare),
  };
}

/** Counts `event` on an edge, widening the edge's period to cover it. */
function record(edge: EdgeBase, event: CorpusEvent): void {
  edge.events.push(event.id);
  edge.count++;
  if (event.date.start < edge.first) edge.first = event.date.start;
  if (event.date.end > edge.last) edge.last = event.date.end;
}

/**
 * The contact network of the events at `positions` (index positions, e.g. from
 * positionsShownInWindow): a node per person named, an edge per pair of parties to a call or
 * meeting and per type, and an edge from each person who made a statement to each country it is
 * about. Everything is sorted by id, so the same selection always gives the same network.
 */
export function buildContactNetwork(
  corpus: Pick<Corpus, 'people'>,
  events: readonly CorpusEvent[],
  positions: readonly number[],
): ContactNetwork {
  const homes = new Map(corpus.people.map((p) => [p.id, p.country]));
  const people = new Map<string, PersonNode>();
  const countries = new Map<string, CountryNode>();
  const contacts = new Map<string, ContactEdge>();
  const statements = new Map<string, StatementEdge>();

  // Plain loops and no closures per event: this runs over every shown event on each filter change.
  for (const position of [...positions].sort((x, y) => x - y)) {
    const event = events[position];
    if (!event) continue;
    event.people.forEach((id, k) => {
      if (event.people.indexOf(id) !== k) return;
      const node = people.get(id);
      if (node) node.count++;
      else {
        const country =
          homes.get(id) ?? event.participants.find((p) => p.person === id)?.country ?? event.countries[0] ?? '';
        people.set(id, { kind: 'person', key: `person:${id}`, id, country, count: 1 });
      }
    });
    if (event.type === 'call' || event.type === 'meeting') {
      const type = event.type;
      const parties = partiesOf(event);
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) {
          const [a, b] = [parties[i]!, parties[j]!];
          const key = `${type}:${a}|${b}`;
          let edge = contacts.get(key);
          if (!edge) {
            edge = { ...emptyEdge(key, `person:${a}`, `person:${b}`, event), kind: 'contact', type, a, b };
            contacts.set(key, edge);
          }
          record(edge, event);
        }
      }
    }
    if (event.type === 'statement') {
      const { speakers, countries: about } = statementLinksOf(event);
      if (speakers.length === 0) continue;
      for (const code of about) {
        const node = countries.get(code);
        if (node) node.count++;
        else countries.set(code, { kind: 'country', key: `country:${code}`, code, count: 1 });
        for (const speaker of speakers) {
          const key = `statement:${speaker}>${code}`;
          let edge = statements.get(key);
          if (!edge) {
            edge = {
              ...emptyEdge(key, `person:${speaker}`, `country:${code}`, event),
              kind: 'statement',
              type: 'statement',
              speaker,
              country: code,
            };
            statements.set(key, edge);
          }
          record(edge, event);
        }
      }
    }
  }

  // A party or speaker not in event.people (a hand-made corpus may omit one) still gets a node.
  for (const edge of [...contacts.values(), ...statements.values()]) {
    for (const id of edge.kind === 'contact' ? [edge.a, edge.b] : [edge.speaker]) {
      if (!people.has(id)) {
        people.set(id, { kind: 'person', key: `person:${id}`, id, country: homes.get(id) ?? '', count: 0 });
      }
    }
  }

  const typeOrder = (type: ContactType) => CONTACT_TYPES.indexOf(type);
  return {
    people: [...people.values()].sort((x, y) => compare(x.id, y.id)),
    countries: [...countries.values()].sort((x, y) => compare(x.code, y.code)),
    contacts: [...contacts.values()].sort(
      (x, y) => compare(x.a, y.a) || compare(x.b, y.b) || typeOrder(x.type) - typeOrder(y.type),
    ),
    statements: [...statements.values()].sort((x, y) => compare(x.speaker, y.speaker) || compare(x.country, y.country)),
  };
}

function emptyEdge(key: string, from: string, to: string, event: CorpusEvent): EdgeBase {
  return { key, from, to, events: [], count: 0, first: event.date.start, last: event.date.end };
}

/** The nodes and edges to draw: with or without the countries that statements are about. */
export function visibleNetwork(
  network: ContactNetwork,
  showCountries: boolean,
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  return showCountries
    ? { nodes: [...network.people, ...network.countries], edges: [...network.contacts, ...network.statements] }
    : { nodes: [...network.people], edges: [...network.contacts] };
}

/** How much of a network is drawn: beyond this a graph is a hairball and its DOM too heavy. */
export const MAX_DRAWN_NODES = 150;
export const MAX_DRAWN_EDGES = 300;

/**
 * The busiest part of a network: the nodes with the most events, then the edges with the most
 * events among them (ties by key, so the cut is deterministic), each list in its original order.
 * Says how many of each were left out.
 */
export function limitNetwork(
  { nodes, edges }: { nodes: NetworkNode[]; edges: NetworkEdge[] },
  maxNodes = MAX_DRAWN_NODES,
  maxEdges = MAX_DRAWN_EDGES,
): { nodes: NetworkNode[]; edges: NetworkEdge[]; hiddenNodes: number; hiddenEdges: number } {
  const busiest = <T extends { key: string; count: number }>(items: T[], max: number): Set<string> =>
    new Set(
      [...items]
        .sort((x, y) => y.count - x.count || compare(x.key, y.key))
        .slice(0, max)
        .map((item) => item.key),
    );
  const keptNodes = nodes.length > maxNodes ? busiest(nodes, maxNodes) : null;
  const reachable = keptNodes ? edges.filter((e) => keptNodes.has(e.from) && keptNodes.has(e.to)) : edges;
  const keptEdges = reachable.length > maxEdges ? busiest(reachable, maxEdges) : null;
  const shownNodes = keptNodes ? nodes.filter((n) => keptNodes.has(n.key)) : nodes;
  const shownEdges = keptEdges ? reachable.filter((e) => keptEdges.has(e.key)) : reachable;
  return {
    nodes: shownNodes,
    edges: shownEdges,
    hiddenNodes: nodes.length - shownNodes.length,
    hiddenEdges: edges.length - shownEdges.length,
  };
}
