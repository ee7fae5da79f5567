import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { networkCorpus } from '../../../tests/network-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import type { Language } from '../../model/corpus-schema.ts';
import { indexEvents } from '../../model/index-events.ts';
import { completeTexts } from '../../model/loaded-corpus.ts';
import { applyFilters, NO_FILTERS } from '../../model/filter-events.ts';
import { NetworkView, type NetworkViewProps } from './NetworkView.tsx';

const corpus = networkCorpus();
const { index, order } = indexEvents(corpus.events);
const texts = completeTexts(Array.from(order, (k) => corpus.events[k]!));
const shown = applyFilters(index, NO_FILTERS, null).shown;
const WIDTH = 720;

function renderNetwork(overrides: Partial<NetworkViewProps> = {}, lang: Language = 'en') {
  const props: NetworkViewProps = {
    corpus,
    index,
    texts,
    shown,
    window: { from: '2025-01-01', to: '2025-12-31' },
    lang,
    onFilterPerson: vi.fn(),
    onFilterPair: vi.fn(),
    onFilterStatement: vi.fn(),
    onFilterCountry: vi.fn(),
    width: WIDTH,
    ...overrides,
  };
  return { props, ...renderWithI18n(<NetworkView {...props} />, { lang }) };
}

/** The translate(x,y) of a node, as numbers. */
function placeOf(element: Element): [number, number] {
  const match = /translate\(([-\d.]+),([-\d.]+)\)/.exec(element.getAttribute('transform') ?? '');
  if (!match) throw new Error('the node has no place');
  return [Number(match[1]), Number(match[2])];
}

const GRAPH_NAME: Record<Language, string> = {
  ar: 'شبكة الأحداث المعروضة',
  en: 'Network of the shown events',
  ru: 'Сеть показанных событий',
};
const graph = (lang: Language = document.documentElement.lang as Language) =>
  screen.getByRole('group', { name: GRAPH_NAME[lang] });

describe('NetworkView', () => {
  test('draws each person as a named button sized by events, and each contact as a named edge', () => {
    renderNetwork();
    const people = within(graph()).getAllByRole('button', { name: /\(Russia|\(Syria/ });
    expect(people.map((p) => p.getAttribute('aria-label'))).toEqual([
      'Ahmed al-Sharaa (Syria): 5 events',
      'Dmitry Peskov (Russia): 4 events',
      'Vladimir Putin (Russia): 3 events',
    ]);
    // Putin and al-Sharaa: two calls and a meeting, drawn as two edges bent apart.
    const call = within(graph()).getByRole('button', {
      name: 'Ahmed al-Sharaa and Vladimir Putin, Phone call: 2 events, 12 February – 10 March 2025',
    });
    expect(call).toHaveAttribute('data-type', 'call');
    expect(call.querySelector('path:last-child')).toHaveAttribute('stroke-dasharray', '15 9');
    expect(call.querySelector('path:last-child')?.getAttribute('d')).toContain('Q');
    expect(screen.getByText('3 people and 4 links in the shown events')).toBeInTheDocument();
  });

  test('the bigger count gets the bigger circle and the country code is written in it', () => {
    renderNetwork();
    const radius = (name: RegExp) =>
      Number(within(graph()).getByRole('button', { name }).querySelectorAll('circle')[1]!.getAttribute('r'));
    expect(radius(/^Ahmed al-Sharaa \(/)).toBeGreaterThan(radius(/^Vladimir Putin \(/));
    expect(within(graph()).getByRole('button', { name: /^Vladimir Putin \(/ })).toHaveTextContent('RU');
  });

  test('clicking a person filters to them; Enter on an edge filters to its two people', async () => {
    const user = userEvent.setup();
    const { props } = renderNetwork();
    await user.click(within(graph()).getByRole('button', { name: /^Dmitry Peskov \(/ }));
    expect(props.onFilterPerson).toHaveBeenCalledWith('dmitry-peskov');

    within(graph())
      .getByRole('button', { name: /^Dmitry Peskov and Vladimir Putin, Meeting/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(props.onFilterPair).toHaveBeenCalledWith('dmitry-peskov', 'vladimir-putin', [
      'putin-sharaa-meeting-2025-03-01',
    ]);
  });

  test('nodes and edges are reachable with Tab', async () => {
    const user = userEvent.setup();
    renderNetwork();
    const focusable = within(graph()).getAllByRole('button');
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    for (const element of focusable) {
      await user.tab();
      expect(element).toHaveFocus();
    }
  });

  test('the table lists every edge, most events first, and its buttons filter like the edges', async () => {
    const user = userEvent.setup();
    const { props } = renderNetwork();
    const table = screen.getByRole('table', { name: /Links in the network/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Ahmed al-Sharaa and Vladimir Putin', 'Phone call', '2', '12 February – 10 March 2025'],
      ['Ahmed al-Sharaa and Dmitry Peskov', 'Meeting', '1', '1 March 2025'],
      ['Ahmed al-Sharaa and Vladimir Putin', 'Meeting', '1', '1 March 2025'],
      ['Dmitry Peskov and Vladimir Putin', 'Meeting', '1', '1 March 2025'],
    ]);
    await user.click(within(table).getAllByRole('button', { name: 'Ahmed al-Sharaa and Vladimir Putin' })[0]!);
    expect(props.onFilterPair).toHaveBeenCalledWith('ahmed-al-sharaa', 'vladimir-putin', [
      'putin-sharaa-call-2025-02-12',
      'putin-sharaa-call-2025-03-10',
    ]);
  });

  test('the toggle adds the countries that statements are about, with arrows from the speaker', async () => {
    const user = userEvent.setup();
    const { props } = renderNetwork();
    expect(within(graph()).queryByRole('button', { name: /^Türkiye/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show the countries that statements are about' }));

    const turkey = within(graph()).getByRole('button', { name: 'Türkiye, spoken about: 1 event' });
    expect(turkey.querySelector('rect')).not.toBeNull();
    const statement = within(graph()).getByRole('button', { name: 'Dmitry Peskov on Türkiye: 1 event, 11 March 2025' });
    expect(statement.querySelector('path:last-child')?.getAttribute('marker-end')).toMatch(/^url\(#network-arrow-/);
    expect(screen.getByRole('list', { name: 'Legend' })).toHaveTextContent('Statement about a country (dotted arrow)');

    await user.click(statement);
    expect(props.onFilterStatement).toHaveBeenCalledWith('dmitry-peskov', 'TR', ['peskov-on-turkey-2025-03-11']);
    await user.click(turkey);
    expect(props.onFilterCountry).toHaveBeenCalledWith('TR');
  });

  test('the same selection gives the same layout, render after render', () => {
    const places = () => {
      const { unmount } = renderNetwork();
      const found = within(graph())
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('data-node'))
        .map((b) => [b.getAttribute('data-node'), placeOf(b)]);
      unmount();
      return found;
    };
    const first = places();
    expect(first.length).toBe(3);
    expect(places()).toEqual(first);
  });

  test('in Arabic the names are Arabic, the drawing is mirrored and no label sits to the right of its node', () => {
    const english = (() => {
      const { unmount } = renderNetwork();
      const place = placeOf(graph().querySelector('[data-node="person:vladimir-putin"]')!);
      unmount();
      return place;
    })();
    renderNetwork({}, 'ar');
    const putin = within(graph()).getByRole('button', { name: /^فلاديمير بوتين \(روسيا\)/ });
    const [x, y] = placeOf(putin);
    expect(x).toBeCloseTo(WIDTH - english[0], 1);
    expect(y).toBe(english[1]);
    const label = putin.querySelectorAll('text')[1]!;
    expect(label).toHaveTextContent('فلاديمير بوتين');
    // To the left (the reading side), or above or below where an edge leaves that way.
    expect(Number(label.getAttribute('x') ?? 0)).toBeLessThanOrEqual(0);
    expect(graph()).toHaveAttribute('direction', 'rtl');
  });

  test('a person can be dragged, and the drag does not count as a click', () => {
    // jsdom has no PointerEvent: a mouse event with a pointer id stands in for it.
    class FakePointerEvent extends MouseEvent {
      pointerId: number;
      constructor(type: string, init: PointerEventInit = {}) {
        super(type, init);
        this.pointerId = init.pointerId ?? 0;
      }
    }
    vi.stubGlobal('PointerEvent', FakePointerEvent);
    const { props } = renderNetwork();
    const node = graph().querySelector('[data-node="person:vladimir-putin"]')!;
    const [x, y] = placeOf(node);
    fireEvent.pointerDown(node, { pointerId: 1, button: 0, clientX: 100, clientY: 100 });
    fireEvent.pointerMove(node, { pointerId: 1, clientX: 130, clientY: 80 });
    fireEvent.pointerUp(node, { pointerId: 1, clientX: 130, clientY: 80 });
    fireEvent.click(node);
    const [x2, y2] = placeOf(graph().querySelector('[data-node="person:vladimir-putin"]')!);
    expect([x2 - x, y2 - y].map((d) => Math.round(d * 10) / 10)).toEqual([30, -20]);
    expect(props.onFilterPerson).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  test('arrow keys move a focused person, left on screen in Arabic too', async () => {
    const user = userEvent.setup();
    renderNetwork({}, 'ar');
    const node = graph().querySelector<SVGGElement>('[data-node="person:vladimir-putin"]')!;
    const [x, y] = placeOf(node);
    node.focus();
    await user.keyboard('{ArrowLeft}{Shift>}{ArrowDown}{/Shift}');
    expect(placeOf(graph().querySelector('[data-node="person:vladimir-putin"]')!)).toEqual([x - 10, y + 50]);
  });

  test('the zoom buttons zoom the drawing through d3-zoom', async () => {
    const user = userEvent.setup();
    renderNetwork();
    const layer = () => graph().querySelector(':scope > g')!.getAttribute('transform');
    expect(layer()).toBe('translate(0,0) scale(1)');
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(layer()).toMatch(/scale\(1\.5\)$/);
    await user.click(screen.getByRole('button', { name: 'Reset zoom' }));
    expect(layer()).toBe('translate(0,0) scale(1)');
  });

  test('a large network is cut to its busiest part, in the drawing and the table alike, and says so', () => {
    renderNetwork({ limits: { nodes: 10, edges: 1 } });
    expect(graph().querySelectorAll('[data-edge]')).toHaveLength(1);
    expect(graph().querySelector('[data-edge]')).toHaveAttribute('data-edge', 'call:ahmed-al-sharaa|vladimir-putin');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText(/^Only the busiest part of the network is drawn and listed/)).toBeInTheDocument();
    // The summary still counts the whole network.
    expect(screen.getByText('3 people and 4 links in the shown events')).toBeInTheDocument();
  });

  test('says so when no one is in the shown events', () => {
    renderNetwork({ window: { from: '2030-01-01', to: '2030-12-31' } });
    expect(screen.getByText('No people in the shown events. Change the filters or the period.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  test('counts people and links with Russian plural forms', () => {
    renderNetwork({}, 'ru');
    expect(screen.getByText(/^3 человека и 4 связи/)).toBeInTheDocument();
  });

  test('says whose participants it is bringing in, and how far, until they are in', () => {
    const waiting = {
      ...texts,
      inHand: () => undefined,
      load: () => new Promise<null>(() => undefined),
      shardsOf: () => 2,
    };
    renderNetwork({ texts: waiting });
    expect(screen.getByRole('status')).toHaveTextContent(/^Loading who took part in \d+ events \(0 of 2 parts\)…$/);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
