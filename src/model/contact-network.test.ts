import { describe, expect, test } from 'vitest';
import { networkCorpus } from '../../tests/network-fixture.ts';
import { buildContactNetwork, limitNetwork, visibleNetwork } from './contact-network.ts';
import { indexEvents } from './index-events.ts';
import { applyFilters, NO_FILTERS } from './filter-events.ts';
import { positionsShownInWindow } from './window-selection.ts';

const corpus = networkCorpus();
const { index, order } = indexEvents(corpus.events);
const events = Array.from(order, (k) => corpus.events[k]!);
const all = applyFilters(index, NO_FILTERS, null).shown;
const WHOLE = { from: '2025-01-01', to: '2025-12-31' };

function networkOf(shown = all, window = WHOLE) {
  return buildContactNetwork(corpus, events, positionsShownInWindow(index, shown, window));
}

describe('buildContactNetwork', () => {
  test('has a node per person named, sized by the events that name them, with the gazetteer country', () => {
    expect(networkOf().people.map((p) => [p.id, p.country, p.count])).toEqual([
      ['ahmed-al-sharaa', 'SY', 5],
      ['dmitry-peskov', 'RU', 4],
      ['vladimir-putin', 'RU', 3],
    ]);
  });

  test('joins each pair of parties to a call or meeting, once per type, counting events and their days', () => {
    const contacts = networkOf().contacts.map((e) => [e.a, e.b, e.type, e.count, e.first, e.last, e.events]);
    expect(contacts).toEqual([
      [
        'ahmed-al-sharaa',
        'dmitry-peskov',
        'meeting',
        1,
        '2025-03-01',
        '2025-03-01',
        ['putin-sharaa-meeting-2025-03-01'],
      ],
      [
        'ahmed-al-sharaa',
        'vladimir-putin',
        'call',
        2,
        '2025-02-12',
        '2025-03-10',
        ['putin-sharaa-call-2025-02-12', 'putin-sharaa-call-2025-03-10'],
      ],
      [
        'ahmed-al-sharaa',
        'vladimir-putin',
        'meeting',
        1,
        '2025-03-01',
        '2025-03-01',
        ['putin-sharaa-meeting-2025-03-01'],
      ],
      [
        'dmitry-peskov',
        'vladimir-putin',
        'meeting',
        1,
        '2025-03-01',
        '2025-03-01',
        ['putin-sharaa-meeting-2025-03-01'],
      ],
    ]);
  });

  test('an invitee is no party to the call: no edge joins them to the callers', () => {
    const call = networkOf().contacts.filter((e) => e.events.includes('putin-sharaa-call-2025-03-10'));
    expect(call.map((e) => e.key)).toEqual(['call:ahmed-al-sharaa|vladimir-putin']);
  });

  test('draws a statement from its speaker to every country it is about, people subjects included', () => {
    const network = networkOf();
    expect(network.statements.map((e) => [e.from, e.to, e.count])).toEqual([
      ['person:dmitry-peskov', 'country:SY', 2],
      ['person:dmitry-peskov', 'country:TR', 1],
    ]);
    expect(network.countries.map((c) => [c.code, c.count])).toEqual([
      ['SY', 2],
      ['TR', 1],
    ]);
  });

  test('takes only the events that pass the filters and overlap the window', () => {
    const callsOnly = applyFilters(index, { ...NO_FILTERS, types: ['call'] }, null).shown;
    const inFebruary = networkOf(callsOnly, { from: '2025-02-01', to: '2025-02-28' });
    expect(inFebruary.people.map((p) => p.id)).toEqual(['ahmed-al-sharaa', 'vladimir-putin']);
    expect(inFebruary.contacts.map((e) => [e.key, e.count])).toEqual([['call:ahmed-al-sharaa|vladimir-putin', 1]]);
    expect(inFebruary.statements).toEqual([]);
  });

  test('is the same whatever order the positions come in', () => {
    const positions = positionsShownInWindow(index, all, WHOLE);
    expect(buildContactNetwork(corpus, events, [...positions].reverse())).toEqual(
      buildContactNetwork(corpus, events, positions),
    );
  });

  test('an empty selection gives an empty network', () => {
    expect(buildContactNetwork(corpus, events, [])).toEqual({
      people: [],
      countries: [],
      contacts: [],
      statements: [],
    });
  });
});

describe('visibleNetwork', () => {
  test('without countries it drops the country nodes and the statement edges', () => {
    const network = networkOf();
    const hidden = visibleNetwork(network, false);
    expect(hidden.nodes.every((n) => n.kind === 'person')).toBe(true);
    expect(hidden.edges.every((e) => e.kind === 'contact')).toBe(true);
    const shown = visibleNetwork(network, true);
    expect(shown.nodes.map((n) => n.key)).toContain('country:TR');
    expect(shown.edges.map((e) => e.key)).toContain('statement:dmitry-peskov>TR');
  });
});

describe('limitNetwork', () => {
  test('keeps everything when the network is small', () => {
    const all = visibleNetwork(networkOf(), true);
    expect(limitNetwork(all)).toEqual({ ...all, hiddenNodes: 0, hiddenEdges: 0 });
  });

  test('keeps the busiest nodes and, among them, the busiest edges, saying how many went', () => {
    const all = visibleNetwork(networkOf(), true);
    const limited = limitNetwork(all, 3, 2);
    // Al-Sharaa 5, Peskov 4, Putin 3 events; Syria 2 and Türkiye 1 statement are cut.
    expect(limited.nodes.map((n) => n.key)).toEqual([
      'person:ahmed-al-sharaa',
      'person:dmitry-peskov',
      'person:vladimir-putin',
    ]);
    // Of the four contacts among them, the call (2 events) and then the first meeting by key.
    expect(limited.edges.map((e) => e.key)).toEqual([
      'meeting:ahmed-al-sharaa|dmitry-peskov',
      'call:ahmed-al-sharaa|vladimir-putin',
    ]);
    expect([limited.hiddenNodes, limited.hiddenEdges]).toEqual([2, 4]);
  });
});
