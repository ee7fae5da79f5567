import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import type { Corpus, CorpusEvent, Language } from '../../model/corpus-schema.ts';
import { splitCorpus } from '../../model/corpus-parts.ts';
import { buildEventIndex, type EventIndex } from '../../model/event-index.ts';
import type { LaneMode } from '../../model/lane-layout.ts';
import { domainOfWindow, type TimeWindow } from '../../model/time-scale.ts';
import { Timeline, type TimelineHandle } from './Timeline.tsx';
import { completeTexts, shardedTexts, type EventTexts, type ShardResult } from '../../model/event-texts.ts';

const CALL = 'putin-sharaa-call-2025-02-12';
const STATEMENT = 'peskov-on-syria-call-2025-02-13';
const MILESTONE = 'sharaa-named-transitional-president-2025-01';
const FEBRUARY: TimeWindow = { from: '2025-02-01', to: '2025-02-28' };

interface Setup {
  corpus?: Corpus;
  lang?: Language;
  window?: TimeWindow;
  hide?: string[];
  lanes?: LaneMode;
  selectedId?: string;
  /** The events' texts (default: all in). */
  texts?: (index: EventIndex) => EventTexts;
}

function setup({
  corpus = smallCorpus(),
  lang = 'en',
  window = FEBRUARY,
  hide = [],
  lanes = 'country',
  selectedId,
  texts = (index) => completeTexts(index.events as CorpusEvent[]),
}: Setup = {}) {
  const index = buildEventIndex(corpus);
  const shown = Uint8Array.from(index.events, (e) => (hide.includes(e.id) ? 0 : 1));
  const eventTexts = texts(index);
  const countries = new Map(corpus.countries.map((c) => [c.code, c]));
  const people = new Map(corpus.people.map((p) => [p.id, p]));
  const lookup = {
    countryName: (code: string) => countries.get(code)?.name[lang] ?? code,
    personName: (id: string) => people.get(id)?.name[lang] ?? id,
  };
  const onWindowChange = vi.fn<(window: TimeWindow, how: 'continuous' | 'discrete') => void>();
  const onSelect = vi.fn<(id: string, opener: HTMLElement | SVGElement | null) => void>();
  const ref = createRef<TimelineHandle>();
  const control: { setWindow?: (window: TimeWindow) => void } = {};
  // Holds the window as a parent would, so a test can change it from outside without a remount.
  function Parent() {
    const [current, setCurrent] = useState(window);
    control.setWindow = setCurrent;
    return (
      <Timeline
        ref={ref}
        index={index}
        texts={eventTexts}
        shown={shown}
        lookup={lookup}
        lang={lang}
        window={current}
        onWindowChange={onWindowChange}
        lanes={lanes}
        selectedId={selectedId}
        onSelect={onSelect}
        width={800}
      />
    );
  }
  const view = renderWithI18n(<Parent />, { lang });
  const setWindow = (next: TimeWindow) => act(() => control.setWindow!(next));
  return { ...view, onWindowChange, onSelect, ref, setWindow };
}

function marksOf(id: string, container: HTMLElement = document.body): SVGElement[] {
  return [...container.querySelectorAll<SVGElement>(`[data-event-id="${id}"]`)];
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

  test('names a mark by its type, date and title', () => {
    setup();
    expect(screen.getAllByRole('button', { name: 'Phone call, 12 February 2025: Putin calls al-Sharaa' })).toHaveLength(
      2,
    );
  });

  test('groups by person when asked, with names in the UI language', () => {
    setup({ lanes: 'person', lang: 'ru' });
    expect(
      within(screen.getByRole('group', { name: 'Владимир Путин' })).getByRole('button', { name: /Путин звонит/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Дмитрий Песков' })).toBeInTheDocument();
  });

  test('draws a milestone once, in the milestone strip, with a line across the lanes', () => {
    setup({ window: { from: '2024-12-20', to: '2025-02-28' } });
    const strip = screen.getByRole('group', { name: 'Milestones' });
    expect(within(strip).getAllByRole('button', { name: /Milestone, January 2025/ })).toHaveLength(1);
  });

  test('in Arabic an earlier event is to the right of a later one', () => {
    setup({ lang: 'ar' });
    const [call] = marksOf(CALL);
    const [statement] = marksOf(STATEMENT);
    expect(xOf(call!)).toBeGreaterThan(xOf(statement!));
  });

  test('in English an earlier event is to the left of a later one', () => {
    setup({ lang: 'en' });
    expect(xOf(marksOf(CALL)[0]!)).toBeLessThan(xOf(marksOf(STATEMENT)[0]!));
  });

  test('highlights every mark of the selected event', () => {
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

  test('hovering a mark shows its title and date', () => {
    setup();
    fireEvent.pointerOver(marksOf(CALL)[0]!);
    const tooltip = document.querySelector('[data-tooltip]');
    expect(tooltip).toHaveTextContent('Putin calls al-Sharaa');
    expect(tooltip).toHaveTextContent('12 February 2025');
    fireEvent.pointerOut(marksOf(CALL)[0]!);
    expect(document.querySelector('[data-tooltip]')).toBeNull();
  });
});

describe('Timeline zoom', () => {
  test('Zoom in reports a narrower window, Zoom out a wider one, each as one step', async () => {
    const user = userEvent.setup();
    const { onWindowChange } = setup();
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [narrower, how] = onWindowChange.mock.lastCall!;
    expect(how).toBe('discrete');
    expect(span(narrower)).toBeLessThan(span(FEBRUARY));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    await user.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(span(onWindowChange.mock.lastCall![0])).toBeGreaterThan(span(FEBRUARY));
  });

  test('Fit all shows every shown event', async () => {
    const user = userEvent.setup();
    const { onWindowChange } = setup({ window: { from: '2025-02-12', to: '2025-02-14' } });
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: '2024-12-29', to: '2025-02-16' }, 'discrete');
  });

  test('the buttons are named in the UI language', () => {
    setup({ lang: 'ar' });
    expect(screen.getByRole('button', { name: 'تكبير' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تصغير' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'عرض الكل' })).toBeInTheDocument();
  });

  test('the handle zooms and pans through the same path as the wheel, as a continuous change', () => {
    const { onWindowChange, ref } = setup();
    act(() => ref.current!.zoomBy(2));
    expect(onWindowChange).toHaveBeenLastCalledWith({ from: '2025-02-08', to: '2025-02-21' }, 'continuous');
    act(() => ref.current!.panBy(0.5));
    const [later] = onWindowChange.mock.lastCall!;
    expect(later.from > '2025-02-08').toBe(true);
  });

  test('panning later in Arabic still moves to later dates', () => {
    const { onWindowChange, ref } = setup({ lang: 'ar' });
    act(() => ref.current!.panBy(0.25));
    expect(onWindowChange.mock.lastCall![0].from > FEBRUARY.from).toBe(true);
  });

  test('zoom stops at about two days', () => {
    const { onWindowChange, ref } = setup();
    act(() => ref.current!.zoomBy(1000));
    expect(span(onWindowChange.mock.lastCall![0])).toBeLessThanOrEqual(3);
  });

  test('a window set from outside moves the marks without being reported back', () => {
    const { onWindowChange, setWindow } = setup();
    const before = xOf(marksOf(CALL)[0]!);
    setWindow({ from: '2025-02-10', to: '2025-02-16' });
    expect(xOf(marksOf(CALL)[0]!)).not.toBeCloseTo(before, 0);
    expect(onWindowChange).not.toHaveBeenCalled();
  });

  test('the echo of a reported window is not taken for a change from outside', () => {
    const { onWindowChange, ref, setWindow } = setup();
    act(() => ref.current!.zoomBy(2));
    const first = onWindowChange.mock.lastCall![0];
    act(() => ref.current!.panBy(0.1));
    const x = xOf(marksOf(CALL)[0]!);
    // The parent passes back the first window only now, after the view has moved on.
    setWindow(first);
    expect(xOf(marksOf(CALL)[0]!)).toBe(x);
  });
});

describe('Timeline in crowded periods', () => {
  function crowded(): Corpus {
    const corpus = smallCorpus();
    const call = corpus.events.find((e) => e.id === CALL)!;
    const copies = Array.from({ length: 9 }, (_, i) => ({ ...structuredClone(call), id: `crowd-${i}` }));
    return { ...corpus, events: [...corpus.events, ...copies] };
  }

  test('counts what does not fit, and activating the count zooms to its events', async () => {
    const user = userEvent.setup();
    const { onWindowChange } = setup({ corpus: crowded() });
    const russia = screen.getByRole('group', { name: 'Russia' });
    const count = russia.querySelector('[data-count]')!;
    // Ten calls on one day are one count; the statement the next day, in a bin of its own, a mark.
    expect(count).toHaveAttribute('data-count', '10');
    expect(within(russia).queryAllByRole('button', { name: /Putin calls/ })).toHaveLength(0);
    expect(within(russia).getByRole('button', { name: /Peskov/ })).toBeInTheDocument();
    await user.click(count);
    const [window, how] = onWindowChange.mock.lastCall!;
    expect(how).toBe('discrete');
    expect(window.from <= '2025-02-12' && window.to >= '2025-02-12').toBe(true);
    expect(span(window)).toBeLessThan(span(FEBRUARY));
  });

  test('names a count by its number at once, and by its days once the view rests', async () => {
    setup({ corpus: crowded() });
    const count = screen.getByRole('group', { name: 'Russia' }).querySelector('[data-count]')!;
    expect(count).toHaveAccessibleName('10 events');
    await waitFor(() => expect(count).toHaveAccessibleName('10 events, 12 February 2025: activate to zoom in'));
  });

  test.each([
    ['ar', 'روسيا', '10 أحداث، 12 فبراير 2025: فعّلها للتكبير'],
    ['ru', 'Россия', '10 событий, 12 февраля 2025: нажмите, чтобы увеличить'],
  ] as const)('names a count in %s with that language’s plural form', async (lang, lane, name) => {
    setup({ corpus: crowded(), lang });
    const count = screen.getByRole('group', { name: lane }).querySelector('[data-count]')!;
    await waitFor(() => expect(count).toHaveAccessibleName(name));
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

  test('draws only the lanes in view, and the others as the lanes scroll', () => {
    const { container } = setup({ corpus: manyCountries(), window: { from: '2025-02-01', to: '2025-03-31' } });
    const drawn = () => [...container.querySelectorAll('g[data-lane]')].map((g) => g.getAttribute('data-lane'));
    expect(drawn().length).toBeLessThanOrEqual(12);
    expect(drawn()).toContain('AA');
    expect(drawn()).not.toContain('BN');
    const scroller = container.querySelector<HTMLElement>('[data-timeline-surface]')!;
    scroller.scrollTop = 36 * 84;
    fireEvent.scroll(scroller);
    expect(drawn()).toContain('BN');
    expect(drawn()).not.toContain('AA');
  });
});

describe('Timeline legend and overview', () => {
  test('the legend names the four types', () => {
    setup();
    const legend = screen.getByRole('list', { name: 'Legend' });
    for (const name of ['Phone call', 'Meeting', 'Statement', 'Milestone']) {
      expect(within(legend).getByText(name)).toBeInTheDocument();
    }
  });

  test('the overview brush shows the window over the corpus, mirrored in Arabic', () => {
    const selection = (lang: Language) => {
      const view = setup({ lang });
      const rect = document.querySelector('[data-overview-brush] .selection')!;
      const x = Number(rect.getAttribute('x'));
      view.unmount();
      return x;
    };
    const ltr = selection('en');
    const rtl = selection('ar');
    expect(ltr).toBeGreaterThan(0);
    expect(rtl).toBeLessThan(800 - ltr);
  });

  test('says when no event matches the filters', () => {
    const corpus = smallCorpus();
    setup({ corpus, hide: corpus.events.map((e) => e.id) });
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });
});

describe('Timeline while a split corpus brings its texts in', () => {
  test('names a mark by its people until its texts arrive, asks for them, then names it by its title', async () => {
    const corpus = smallCorpus();
    const { shards } = splitCorpus(corpus);
    let arrive: (result: ShardResult) => void = () => undefined;
    const load = vi.fn(() => new Promise<ShardResult>((resolve) => (arrive = resolve)));
    setup({ corpus, texts: () => shardedTexts(splitCorpus(corpus).head.shards, load) });
    expect(load).toHaveBeenCalledTimes(1);
    // In the lane of each country it involves.
    const marks = await screen.findAllByRole('button', {
      name: 'Phone call, 12 February 2025: Vladimir Putin and Ahmed al-Sharaa',
    });
    expect(marks).toHaveLength(2);
    act(() => arrive({ status: 'ready', value: shards[0]! }));
    await waitFor(() =>
      marks.forEach((mark) => expect(mark).toHaveAccessibleName('Phone call, 12 February 2025: Putin calls al-Sharaa')),
    );
  });
});
