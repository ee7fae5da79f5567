import { waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { Timeline } from '../components/timeline/Timeline.tsx';
import type { Language } from '../model/corpus-schema.ts';
import { buildEventIndex } from '../model/event-index.ts';
import { domainOfWindow, type TimeWindow } from '../model/time-scale.ts';
import { completeTexts } from '../model/event-texts.ts';

// The small corpus in time order: a milestone in January, a call on 12 and a statement on 13 February.
const MILESTONE = 'sharaa-named-transitional-president-2025-01';
const CALL = 'putin-sharaa-call-2025-02-12';
const STATEMENT = 'peskov-on-syria-call-2025-02-13';
const FEBRUARY: TimeWindow = { from: '2025-02-01', to: '2025-02-28' };

function setup({ lang = 'en', selectedId }: { lang?: Language; selectedId?: string } = {}) {
  const corpus = smallCorpus();
  const index = buildEventIndex(corpus);
  const shown = new Uint8Array(index.events.length).fill(1);
  const onWindowChange = vi.fn<(window: TimeWindow, how: 'continuous' | 'discrete') => void>();
  const onSelect = vi.fn();
  const lookup = { countryName: (code: string) => code, personName: (id: string) => id };
  const view = renderWithI18n(
    <>
      <button type="button">before</button>
      <Timeline
        index={index}
        texts={completeTexts(index.events)}
        shown={shown}
        lookup={lookup}
        lang={lang}
        window={FEBRUARY}
        onWindowChange={onWindowChange}
        lanes="country"
        selectedId={selectedId}
        onSelect={onSelect}
        width={800}
      />
    </>,
    { lang },
  );
  return { ...view, index, onWindowChange, onSelect, user: userEvent.setup() };
}

const stops = () => [...document.querySelectorAll('[data-event-id][tabindex="0"], [data-count][tabindex="0"]')];
const focusedEvent = () => document.activeElement?.getAttribute('data-event-id');
const span = (window: TimeWindow) => domainOfWindow(window).end - domainOfWindow(window).start;

describe('the timeline from the keyboard', () => {
  test('is one tab stop: one mark takes Tab, the earliest in view, and the next Tab leaves the marks', async () => {
    const { user, getByRole } = setup();
    expect(stops()).toHaveLength(1);
    getByRole('button', { name: 'before' }).focus();
    // Past the zoom buttons to the marks.
    for (let i = 0; i < 4; i++) await user.tab();
    expect(focusedEvent()).toBe(CALL);
    await user.tab();
    expect(document.activeElement?.closest('[data-event-id], [data-count]')).toBeNull();
  });

  test('finds its tab stop and follows the arrows without mapping every id to its event', async () => {
    // A large corpus takes a long task to map its ids; the marks know their events already.
    const { user, index, getByRole } = setup();
    const mapped = vi.spyOn(index, 'positionOf', 'get');
    getByRole('button', { name: 'before' }).focus();
    for (let i = 0; i < 4; i++) await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(focusedEvent()).toBe(STATEMENT);
    expect(mapped).not.toHaveBeenCalled();
  });

  test('moves to the later event with the right arrow and back with the left, in English', async () => {
    const { user } = setup();
    stops()[0]!.closest<SVGElement>('[data-event-id]')!.focus();
    await user.keyboard('{ArrowRight}');
    expect(focusedEvent()).toBe(STATEMENT);
    expect(stops()).toEqual([document.activeElement]);
    await user.keyboard('{ArrowLeft}');
    expect(focusedEvent()).toBe(CALL);
    await user.keyboard('{ArrowDown}');
    expect(focusedEvent()).toBe(STATEMENT);
  });

  test('in Arabic, the right arrow (toward earlier dates) goes to the earlier event', async () => {
    const { user } = setup({ lang: 'ar' });
    document.querySelector<SVGElement>(`[data-event-id="${STATEMENT}"]`)!.focus();
    await user.keyboard('{ArrowRight}');
    expect(focusedEvent()).toBe(CALL);
    await user.keyboard('{ArrowLeft}');
    expect(focusedEvent()).toBe(STATEMENT);
  });

  test('Home reveals the first event though it is out of view, and End goes to the last', async () => {
    const { user, onWindowChange } = setup();
    document.querySelector<SVGElement>(`[data-event-id="${CALL}"]`)!.focus();
    await user.keyboard('{Home}');
    await waitFor(() => expect(focusedEvent()).toBe(MILESTONE));
    // The view moved to January as one step, which the link records.
    const [window, how] = onWindowChange.mock.calls.at(-1)!;
    expect(how).toBe('discrete');
    expect(window.from < '2025-01-31').toBe(true);
    await user.keyboard('{End}');
    await waitFor(() => expect(focusedEvent()).toBe(STATEMENT));
  });

  test('+ and − zoom and 0 fits all, keeping focus on the mark', async () => {
    const { user, onWindowChange } = setup();
    document.querySelector<SVGElement>(`[data-event-id="${CALL}"]`)!.focus();
    await user.keyboard('+');
    const zoomedIn = onWindowChange.mock.calls.at(-1)![0];
    expect(span(zoomedIn)).toBeLessThan(span(FEBRUARY));
    await user.keyboard('-');
    expect(span(onWindowChange.mock.calls.at(-1)![0])).toBeGreaterThan(span(zoomedIn));
    await user.keyboard('0');
    expect(onWindowChange.mock.calls.at(-1)![0].from < '2025-01-01').toBe(true);
    await waitFor(() => expect(document.activeElement?.closest('[data-event-id]')).not.toBeNull());
  });

  test('Enter opens the focused event', async () => {
    const { user, onSelect } = setup();
    document.querySelector<SVGElement>(`[data-event-id="${CALL}"]`)!.focus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onSelect).toHaveBeenCalledOnce();
    const [id, opener] = onSelect.mock.calls[0]!;
    expect(id).toBe(STATEMENT);
    // The mark opens the details, and focus goes back to it when they close.
    expect(opener === document.activeElement).toBe(true);
  });

  test('the tab stop follows the selected event', () => {
    setup({ selectedId: STATEMENT });
    expect(stops().map((mark) => mark.getAttribute('data-event-id'))).toEqual([STATEMENT]);
  });

  test('has a name and a description of what it shows and how to use it', () => {
    const { getByRole } = setup();
    const region = getByRole('region', { name: 'Timeline' });
    expect(region).toHaveAccessibleDescription(/in lanes by country.*arrow keys/);
  });
});
