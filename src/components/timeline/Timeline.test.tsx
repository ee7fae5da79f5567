import { skeletonsOf } from '../../../tests/index-helpers.ts';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLayoutEffect } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import type { Corpus, Language } from '../../model/corpus-schema.ts';
import { restOf, wordsOf } from '../../model/corpus-files.ts';
import { shardFileName } from '../../model/corpus-parts.ts';
import type { EventIndex } from '../../model/event-index.ts';
import { indexEvents } from '../../model/index-events.ts';
import { shardedTexts, type EventTexts, type ShardResult } from '../../model/event-texts.ts';
import { completeTexts } from '../../model/loaded-corpus.ts';
import type { LaneMode } from '../../model/lane-groups.ts';
import { domainOfWindow, type TimeWindow } from '../../model/time-scale.ts';
import { TimelineController } from '../../model/timeline-controller.ts';
import { Timeline } from './Timeline.tsx';

const CALL = 'putin-sharaa-call-2025-02-12';
const STATEMENT = 'peskov-on-syria-call-2025-02-13';
const MILESTONE = 'sharaa-named-transitional-president-2025-01';
const FEBRUARY: TimeWindow = { from: '2025-02-01', to: '2025-02-28' };

interface Setup {
  corpus?: Corpus;
  lang?: Language;
  window?: TimeWindow | undefined;
  hide?: string[];
  lanes?: LaneMode;
  selectedId?: string;
  width?: number;
  /** The events' texts (default: all in). */
  texts?: (index: EventIndex) => EventTexts;
}

/** The timeline as the explorer wires it: a controller fed the corpus, the filter result and the selection. */
function setup({
  corpus = smallCorpus(),
  lang = 'en',
  window = FEBRUARY,
  hide = [],
  lanes = 'country',
  selectedId,
  width = 800,
  texts,
}: Setup = {}) {
  const { index, order } = indexEvents(corpus.events);
  const shown = Uint8Array.from(skeletonsOf(index), (e) => (hide.includes(e.id) ? 0 : 1));
  const eventTexts = texts ? texts(index) : completeTexts(Array.from(order, (k) => corpus.events[k]!));
  const countries = new Map(corpus.countries.map((c) => [c.code, c]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const lookup = {
    countryName: (code: string) => countries.get(code)?.name[lang] ?? code,
    personName: (id: string) => people.get(id)?.name[lang] ?? id,
    person: (id: string) => people.get(id),
  };
  const commits: TimeWindow[] = [];
  const controller = new TimelineController({ window, onCommit: (w) => commits.push(w) });
  const onSelect = vi.fn<(id: string, opener: HTMLElement | SVGElement | null) => void>();
  function Harness({ selected }: { selected: string | undefined }) {
    useLayoutEffect(() => {
      controller.setData({
        index,
        shown,
        lanes,
        nameOf: lanes === 'person' ? lookup.personName : lookup.countryName,
        locale: lang,
        selected: selected === undefined ? undefined : index.ids.positionOf(selected),
      });
    }, [selected]);
    return (
      <Timeline
        controller={controller}
        index={index}
        texts={eventTexts}
        lookup={lookup}
        lang={lang}
        onSelect={onSelect}
        width={width}
      />
    );
  }
  const view = renderWithI18n(<Harness selected={selectedId} />, { lang });
  const select = (id: string | undefined) => view.rerender(<Harness selected={id} />);
  return { ...view, controller, commits, onSelect, select, index };
}

function marksOf(id: string, container: ParentNode = document.body): SVGElement[] {
  return [...container.querySelectorAll<SVGElement>(`[data-event-id="${id}"]`)].filter(
    (m) => !m.closest('[role="dialog"]'),
  );
}

function xOf(element: Element): number {
  const match = /translate\(([-\d.]+),/.exec(element.getAttribute('transform') ?? '');
  if (!match) throw new Error('mark has no translate()');
  return Number(match[1]);
}

function span(window: TimeWindow): number {
  const domain = domainOfWindow(window);
  return domain.end - domain.start;
}

/** The labels drawn in a lane, as a reader sees them. */
function labelsIn(lane: HTMLElement): string[] {
  return [...lane.querySelectorAll('g[data-layer="labels"] text')].map((text) => text.textContent ?? '');
}

describe('Timeline marks', () => {
  test('draws a mark for each shown event and none for a hidden one', () => {
    setup({ hide: [STATEMENT], window: { from: '2024-12-20', to: '2025-02-28' } });
    expect(marksOf(CALL).length).toBeGreaterThan(0);
    expect(marksOf(MILESTONE)).toHaveLength(1);
    expect(marksOf(STATEMENT)).toHaveLength(0);
  });

  test('puts an event between two countries in the lane of each, named in the UI language', () => {
    setup();
    for (const country of ['Russia', 'Syria']) {
      const lane = screen.getByRole('group', { name: country });
      expect(within(lane).getByRole('button', { name: /Putin calls al-Sharaa/ })).toHaveAttribute(
        'data-event-id',
        CALL,
      );
    }
  });

  test('names a mark by its type, date and full title', () => {
    setup();
    expect(screen.getAllByRole('button', { name: 'Phone call, 12 February 2025: Putin calls al-Sharaa' })).toHaveLength(
      2,
    );
  });

  test('labels each mark with who took part, in the UI language, beside it and hidden from screen readers', () => {
    setup();
    const russia = screen.getByRole('group', { name: 'Russia' });
    expect(labelsIn(russia)).toEqual(expect.arrayContaining(['Putin ↔ al-Sharaa', 'Peskov: statement']));
    expect(russia.querySelector('g[data-layer="labels"]')).toHaveAttribute('aria-hidden', 'true');
  });

  test.each([
    ['ar', 'روسيا', ['بوتين ↔ الشرع', 'دميتري بيسكوف: تصريح']],
    ['ru', 'Россия', ['Путин ↔ аш-Шараа', 'Песков: заявление']],
  ] as const)('labels the marks in %s', (lang, lane, labels) => {
    setup({ lang });
    const found = labelsIn(screen.getByRole('group', { name: lane }));
    // Peskov has no Arabic alias: his label keeps his full Arabic name.
    expect(found).toEqual(
      expect.arrayContaining(lang === 'ar' ? [labels[0], expect.stringContaining('تصريح')] : [...labels]),
    );
  });

  test('cuts a label with an ellipsis where its room is short, and keeps the title whole in the name', () => {
    // Two days on a narrow view: the call's label has less room than it wants before the view's edge.
    setup({ width: 120, window: { from: '2025-02-12', to: '2025-02-13' } });
    const russia = screen.getByRole('group', { name: 'Russia' });
    expect(labelsIn(russia).some((label) => label.endsWith('…'))).toBe(true);
    expect(within(russia).getByRole('button', { name: /Putin calls al-Sharaa$/ })).toBeInTheDocument();
  });

  test('groups by person when asked, with names in the UI language', () => {
    setup({ lanes: 'person', lang: 'ru' });
    expect(
      within(screen.getByRole('group', { name: 'Владимир Путин' })).getByRole('button', { name: /Путин звонит/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Дмитрий Песков' })).toBeInTheDocument();
  });

  test('draws a month-precision milestone as a bar across its month, with a band and no line across the lanes', () => {
    const { container } = setup({ window: { from: '2024-12-20', to: '2025-02-28' } });
    const strip = screen.getByRole('group', { name: 'Milestones' });
    const [milestone] = within(strip).getAllByRole('button', { name: /Milestone, January 2025/ });
    expect(milestone).toHaveAttribute('data-period');
    const lines = container.querySelector('path[stroke-dasharray]')!;
    expect(lines.getAttribute('d')).toBe('');
    expect(lines.previousElementSibling!.getAttribute('d')).toMatch(/^M[\d.]+,0H/);
  });

  test('in Arabic an earlier event is to the right of a later one', () => {
    setup({ lang: 'ar' });
    expect(xOf(marksOf(CALL)[0]!)).toBeGreaterThan(xOf(marksOf(STATEMENT)[0]!));
  });

  test('in English an earlier event is to the left of a later one', () => {
    setup({ lang: 'en' });
    expect(xOf(marksOf(CALL)[0]!)).toBeLessThan(xOf(marksOf(STATEMENT)[0]!));
  });

  test('marks every mark of the selected event as current', () => {
    setup({ selectedId: CALL });
    const marks = marksOf(CALL);
    expect(marks).toHaveLength(2);
    for (const mark of marks) expect(mark).toHaveAttribute('aria-current', 'true');
    expect(marksOf(STATEMENT)[0]).not.toHaveAttribute('aria-current');
  });
});

describe('Timeline selection', () => {
  test('clicking a mark selects its event and passes the mark as the opener', async () => {
    const user = userEvent.setup();
    const { onSelect } = setup();
    const mark = marksOf(CALL)[0]!;
    await user.click(mark);
    expect(onSelect).toHaveBeenCalledWith(CALL, mark);
  });

  test.each(['{Enter}', ' '])('pressing %s on a focused mark selects its event', async (key) => {
    const user = userEvent.setup();
    const { onSelect } = setup();
    const mark = marksOf(STATEMENT)[0]!;
    mark.focus();
    expect(mark).toHaveFocus();
    await user.keyboard(key);
    expect(onSelect).toHaveBeenCalledWith(STATEMENT, mark);
  });

  test('hovering a mark shows its title and date', async () => {
    setup();
    fireEvent.pointerOver(marksOf(CALL)[0]!);
    const tooltip = await waitFor(() => {
      const shown = document.querySelector('[data-tooltip]');
      if (!shown) throw new Error('no tooltip yet');
      return shown;
    });
    expect(tooltip).toHaveTextContent('Putin calls al-Sharaa');
    expect(tooltip).toHaveTextContent('12 February 2025');
    fireEvent.pointerOut(marksOf(CALL)[0]!);
    expect(document.querySelector('[data-tooltip]')).toBeNull();
  });
});

describe('Timeline keyboard', () => {
  test('is one tab stop, and the arrows walk the events in time order', async () => {
    const user = userEvent.setup();
    const { container } = setup({ window: { from: '2024-12-20', to: '2025-02-28' } });
    const stops = () => container.querySelectorAll('[data-key][tabindex="0"]');
    expect(stops()).toHaveLength(1);
    act(() => (stops()[0] as SVGElement).focus());
    await user.keyboard('{Home}');
    const focused = () => document.activeElement?.getAttribute('data-event-id');
    expect(focused()).toBe(MILESTONE);
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(CALL);
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe(STATEMENT);
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe(CALL);
    expect(stops()).toHaveLength(1);
    expect(stops()[0]).toBe(document.activeElement);
  });

  test('shows the focused mark’s title and date until focus moves on', async () => {
    const user = userEvent.setup();
    setup();
    act(() => marksOf(CALL)[0]!.focus());
    expect(document.querySelector('[data-tooltip]')).toHaveTextContent('Putin calls al-Sharaa');
    await user.keyboard('{ArrowRight}');
    expect(document.querySelector('[data-tooltip]')).toHaveTextContent('Peskov calls the conversation');
  });

  test('in Arabic the right arrow goes to the earlier event', async () => {
    const user = userEvent.setup();
    setup({ lang: 'ar' });
    act(() => marksOf(STATEMENT)[0]!.focus());
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement?.getAttribute('data-event-id')).toBe(CALL);
  });
});

describe('Timeline zoom', () => {
  test('Zoom in writes a narrower window, Zoom out a wider one, each at once', async () => {
    const user = userEvent.setup();
    const { commits } = setup();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(span(commits.at(-1)!)).toBeLessThan(span(FEBRUARY));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(span(commits.at(-1)!)).toBeGreaterThan(span(FEBRUARY));
  });

  test('Fit all shows every shown event', async () => {
    const user = userEvent.setup();
    const { commits } = setup({ window: { from: '2025-02-12', to: '2025-02-14' } });
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(commits.at(-1)).toEqual({ from: '2024-12-29', to: '2025-02-16' });
  });

  test('the buttons are named in the UI language', () => {
    setup({ lang: 'ar' });
    expect(screen.getByRole('button', { name: 'تكبير' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تصغير' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'عرض الكل' })).toBeInTheDocument();
  });

  test('a gesture’s window is written once it rests; panning later in Arabic still goes to later dates', async () => {
    const { controller, commits } = setup({ lang: 'ar' });
    act(() => controller.zoomBy(2));
    act(() => controller.panBy(0.25));
    expect(commits).toEqual([]);
    await waitFor(() => expect(commits).toHaveLength(1));
    expect(commits[0]!.from > FEBRUARY.from).toBe(true);
    expect(span(commits[0]!)).toBeLessThan(span(FEBRUARY));
  });

  test('zoom stops at about two days', () => {
    const { controller } = setup();
    act(() => controller.zoomBy(1000, 'discrete'));
    expect(span(controller.getSnapshot().window)).toBeLessThanOrEqual(3);
  });

  test('a window from history moves the marks without being written back', () => {
    const { controller, commits } = setup();
    const before = xOf(marksOf(CALL)[0]!);
    act(() => controller.showWindow({ from: '2025-02-10', to: '2025-02-16' }));
    expect(xOf(marksOf(CALL)[0]!)).not.toBeCloseTo(before, 0);
    expect(commits).toEqual([]);
  });

  test('a plain wheel turn scrolls the page and says how to zoom', () => {
    const { container, commits } = setup();
    const surface = container.querySelector('[data-timeline-surface]')!;
    fireEvent.wheel(surface, { deltaY: 100 });
    expect(container.querySelector('[data-wheel-hint]')).toHaveTextContent(/Hold (Ctrl|⌘) and turn the wheel to zoom/);
    expect(commits).toEqual([]);
  });
});

describe('Timeline in crowded periods', () => {
  function crowded(copies: number): Corpus {
    const corpus = smallCorpus();
    const call = corpus.events.find((e) => e.id === CALL)!;
    const more = Array.from({ length: copies }, (_, i) => ({ ...structuredClone(call), id: `crowd-${i}` }));
    return { ...corpus, events: [...corpus.events, ...more] };
  }

  test('stacks events of one day in rows before it counts any', () => {
    setup({ corpus: crowded(6) });
    const russia = screen.getByRole('group', { name: 'Russia' });
    expect(russia.querySelector('[data-count]')).toBeNull();
    expect(within(russia).getAllByRole('button', { name: /Putin calls/ })).toHaveLength(7);
  });

  test('counts only what finds no row, beside the marks; the count lists its events, and one can be picked', async () => {
    const user = userEvent.setup();
    const { onSelect } = setup({ corpus: crowded(20) });
    const russia = screen.getByRole('group', { name: 'Russia' });
    const count = russia.querySelector<SVGElement>('[data-count]')!;
    expect(within(russia).getAllByRole('button', { name: /Putin calls/ })).toHaveLength(12);
    expect(count).toHaveAttribute('data-count', '9');
    expect(count).toHaveAccessibleName(/^9 events, 12 February 2025: activate to list them$/);
    await user.click(count);
    const list = await screen.findByRole('dialog', { name: '9 events, 12 February 2025' });
    const items = within(list)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-event-id'));
    expect(items).toHaveLength(9);
    expect(items[0]).toHaveFocus();
    await user.click(items[3]!);
    expect(onSelect).toHaveBeenCalledWith(items[3]!.getAttribute('data-event-id'), null);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('a count’s list zooms in to its events, and Escape closes it with focus back on the count', async () => {
    const user = userEvent.setup();
    const { commits } = setup({ corpus: crowded(20) });
    const count = () => screen.getByRole('group', { name: 'Russia' }).querySelector<SVGElement>('[data-count]')!;
    act(() => count().focus());
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(count()).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('button', { name: /Zoom in to these events/ }));
    const window = commits.at(-1)!;
    expect(window.from <= '2025-02-12' && window.to >= '2025-02-12').toBe(true);
    expect(span(window)).toBeLessThan(span(FEBRUARY));
  });

  test('a count of many events lists the first fifty and says how many more there are', async () => {
    const user = userEvent.setup();
    setup({ corpus: crowded(80) });
    const count = screen.getByRole('group', { name: 'Russia' }).querySelector<SVGElement>('[data-count]')!;
    expect(count).toHaveAttribute('data-count', '69');
    await user.click(count);
    const list = await screen.findByRole('dialog', { name: '69 events, 12 February 2025' });
    expect(
      within(list)
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('data-event-id')),
    ).toHaveLength(50);
    expect(list).toHaveTextContent('and 19 more: zoom in to see them');
  });

  test('always draws the selected event as its own current mark, whatever the crowd', () => {
    const corpus = crowded(30);
    setup({ corpus, selectedId: 'crowd-29' });
    const russia = screen.getByRole('group', { name: 'Russia' });
    expect(within(russia).getByRole('button', { current: true })).toHaveAttribute('data-event-id', 'crowd-29');
  });

  test.each([
    ['ar', 'روسيا', '9 أحداث، 12 فبراير 2025: فعّلها لعرض قائمتها'],
    ['ru', 'Россия', '9 событий, 12 февраля 2025: нажмите, чтобы увидеть список'],
  ] as const)('names a count in %s with that language’s plural form', (lang, lane, name) => {
    setup({ corpus: crowded(20), lang });
    const count = screen.getByRole('group', { name: lane }).querySelector('[data-count]')!;
    expect(count).toHaveAccessibleName(name);
  });
});

describe('Timeline with many lanes', () => {
  function manyCountries(): Corpus {
    const corpus = smallCorpus();
    const call = corpus.events.find((e) => e.id === CALL)!;
    const codes = Array.from(
      { length: 40 },
      (_, i) => `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    );
    // Each code's lane gets one more event than the next, so the lane order is the code order.
    const events = codes.flatMap((code, i) =>
      Array.from({ length: 40 - i }, (_, k) => ({
        ...structuredClone(call),
        id: `c-${code.toLowerCase()}-${k}`,
        countries: [code],
      })),
    );
    return { ...corpus, events };
  }

  test('shows the busiest lanes and folds the rest into one, which opens on demand, all on the page', async () => {
    const user = userEvent.setup();
    const { container } = setup({ corpus: manyCountries(), window: { from: '2025-01-01', to: '2025-03-31' } });
    const drawn = () => [...container.querySelectorAll('g[data-lane]')].map((g) => g.getAttribute('data-lane'));
    expect(drawn()).toHaveLength(10);
    expect(drawn().slice(0, 9)).toEqual(['AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH', 'AI']);
    expect(screen.getByRole('group', { name: '31 other countries' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 40 countries' }));
    expect(drawn()).toHaveLength(40);
    expect(screen.getByRole('button', { name: 'Show the busiest countries only' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});

describe('Timeline legend and overview', () => {
  test('the legend names the four types, a period’s bar, the connector and a count', () => {
    setup();
    const legend = screen.getByRole('list', { name: 'Legend' });
    for (const name of ['Phone call', 'Meeting', 'Statement', 'Milestone', 'The same event in several lanes']) {
      expect(within(legend).getByText(name)).toBeInTheDocument();
    }
    expect(within(legend).getByText(/the bar spans the period/)).toBeInTheDocument();
    expect(within(legend).getByText(/activate to list them/)).toBeInTheDocument();
  });

  test('says when no event matches the filters', () => {
    const corpus = smallCorpus();
    setup({ corpus, hide: corpus.events.map((e) => e.id) });
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });
});

describe('Timeline while a split corpus brings its texts in', () => {
  test('names a mark by its people and draws no label until its texts arrive, then both come', async () => {
    const corpus = smallCorpus();
    const events = [...corpus.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
    const arrivals: (() => void)[] = [];
    const load = vi.fn(
      (_k: number, lang: Language | null) =>
        new Promise<ShardResult>((resolve) =>
          arrivals.push(() =>
            resolve({
              status: 'ready',
              value: lang ? { words: events.map((e) => wordsOf(e, lang)) } : { rest: events.map(restOf) },
            }),
          ),
        ),
    );
    setup({
      corpus,
      texts: (index: EventIndex) =>
        shardedTexts(index, [index.count], load, (k, lang) => shardFileName(k, lang ?? undefined)),
    });
    const marks = await screen.findAllByRole('button', {
      name: 'Phone call, 12 February 2025: Vladimir Putin and Ahmed al-Sharaa',
    });
    expect(marks).toHaveLength(2);
    // The labels of the marks drawn ask for their shard: its events' rests and English words.
    expect(load.mock.calls.map(([k, lang]) => `${k}:${lang}`).sort()).toEqual(['0:en', '0:null']);
    expect(labelsIn(screen.getByRole('group', { name: 'Russia' }))).toEqual([]);
    act(() => arrivals.splice(0).forEach((arrive) => arrive()));
    await waitFor(() =>
      marks.forEach((mark) => expect(mark).toHaveAccessibleName('Phone call, 12 February 2025: Putin calls al-Sharaa')),
    );
    expect(labelsIn(screen.getByRole('group', { name: 'Russia' }))).toContain('Putin ↔ al-Sharaa');
  });
});
