import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { ComponentProps } from 'react';
import type { CorpusEvent } from '../../model/corpus-schema.ts';
import { sortEvents } from '../../model/event-order.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import { indexEvents } from '../../model/index-events.ts';
import { completeTexts } from '../../model/loaded-corpus.ts';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { EventTable } from './EventTable.tsx';

const corpus = smallCorpus();
const events = sortEvents(corpus.events);

type ListProps = Omit<ComponentProps<typeof EventTable>, 'index' | 'texts' | 'positions'> & {
  events: readonly CorpusEvent[];
  /** Changes the texts the table reads (texts still to come, a corpus in many shards). */
  texts?: (texts: EventTexts) => EventTexts;
};

/** The table over `events`, every one of them listed, their texts in (as a corpus loaded whole). */
function List({ events: list, texts: change = (texts) => texts, ...props }: ListProps) {
  const { index, order } = indexEvents(list);
  const texts = change(completeTexts(Array.from(order, (k) => list[k]!)));
  return <EventTable index={index} texts={texts} positions={list.map((_, i) => i)} {...props} />;
}

function table(): HTMLElement {
  return screen.getByRole('table');
}

/** The body rows' event ids, top to bottom. */
function rowIds(): (string | null)[] {
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-event-id'));
}

function titles(): string[] {
  return within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('button').textContent ?? '');
}

/** Copies of the call, one a day from 2020, for a corpus of `n` events. */
function manyEvents(n: number): CorpusEvent[] {
  const call = corpus.events.find((e) => e.type === 'call')!;
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return { ...call, id: `call-${i}`, date: { ...call.date, start: day, end: day } };
  });
}

describe('EventTable', () => {
  test('is a captioned table with a header per column, sorted by date by default', () => {
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    expect(table()).toHaveAccessibleName('Events matching the filters; choose a title to see its details');
    const headers = within(table()).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Date▲', 'Type', 'Title', 'People']);
    expect(within(table()).getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowIds()).toEqual([
      'sharaa-named-transitional-president-2025-01',
      'putin-sharaa-call-2025-02-12',
      'peskov-on-syria-call-2025-02-13',
    ]);
  });

  test('sorts by title when its header is clicked, and the other way on a second click', async () => {
    const user = userEvent.setup();
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() =>
      expect(titles()).toEqual([
        'Al-Sharaa named president for the transitional period',
        'Peskov calls the conversation with al-Sharaa constructive',
        'Putin calls al-Sharaa',
      ]),
    );
    const title = within(table()).getByRole('columnheader', { name: /Title/ });
    expect(title).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table()).getByRole('columnheader', { name: /Date/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(title).toHaveAttribute('aria-sort', 'descending'));
    expect(titles()[0]).toBe('Putin calls al-Sharaa');
  });

  test('sorts titles by collation, not by code point: case and accents do not push a title to the end', async () => {
    const user = userEvent.setup();
    const titled = events.map((event, i) => ({
      ...event,
      title: { ...event.title, en: ['Zagreb talks', 'agreement signed', 'Élysée visit'][i]! },
    }));
    renderWithI18n(<List events={titled} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() => expect(titles()).toEqual(['agreement signed', 'Élysée visit', 'Zagreb talks']));
  });

  test('sorts titles in Arabic', async () => {
    const user = userEvent.setup();
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} />, { lang: 'ar' });
    await user.click(screen.getByRole('button', { name: 'العنوان' }));
    await waitFor(() =>
      expect(titles()).toEqual([
        'بوتين يتصل بالشرع',
        'بيسكوف يصف الاتصال مع الشرع بالبنّاء',
        'تعيين الشرع رئيساً للمرحلة الانتقالية',
      ]),
    );
  });

  test('shows dates at their precision, types by shape and name, and the people in the UI language', () => {
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    const milestone = table().querySelector('[data-event-id="sharaa-named-transitional-president-2025-01"]');
    if (!(milestone instanceof HTMLElement)) throw new Error('no milestone row');
    expect(within(milestone).getByText('January 2025')).toHaveAttribute('datetime', '2025-01');
    expect(within(milestone).getByText('Milestone')).toBeInTheDocument();
    expect(milestone.querySelector('svg[data-event-type="milestone"]')).not.toBeNull();
    const call = table().querySelector('[data-event-id="putin-sharaa-call-2025-02-12"]');
    if (!(call instanceof HTMLElement)) throw new Error('no call row');
    expect(within(call).getByText('Vladimir Putin and Ahmed al-Sharaa')).toBeInTheDocument();
  });

  test('selects an event with its title button, passing the button to return focus to', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderWithI18n(<List events={events} corpus={corpus} onSelect={onSelect} />, { lang: 'en' });
    const button = screen.getByRole('button', { name: 'Putin calls al-Sharaa' });
    await user.click(button);
    expect(onSelect).toHaveBeenCalledWith('putin-sharaa-call-2025-02-12', button);

    await user.keyboard('{Tab}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith(
      'peskov-on-syria-call-2025-02-13',
      screen.getByRole('button', { name: 'Peskov calls the conversation with al-Sharaa constructive' }),
    );
  });

  test('marks the selected row as current, and only that one', () => {
    renderWithI18n(
      <List events={events} corpus={corpus} selectedId="putin-sharaa-call-2025-02-12" onSelect={() => {}} />,
      { lang: 'en' },
    );
    const current = within(table())
      .getAllByRole('row')
      .filter((row) => row.getAttribute('aria-current') === 'true');
    expect(current.map((row) => row.getAttribute('data-event-id'))).toEqual(['putin-sharaa-call-2025-02-12']);
  });

  test('draws a hundred events in full', () => {
    renderWithI18n(<List events={manyEvents(100)} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    expect(rowIds()).toHaveLength(100);
    expect(screen.queryByText(/narrow the filters/)).toBeNull();
  });

  // A lower row limit keeps jsdom fast; the default (500) is the same code path.
  test('draws the first rows of many, sorted, and says how many there are', async () => {
    const user = userEvent.setup();
    const many = manyEvents(1200);
    renderWithI18n(<List events={many} corpus={corpus} onSelect={() => {}} rowLimit={40} />, { lang: 'en' });
    expect(rowIds()).toHaveLength(40);
    expect(
      screen.getByText('Showing the first 40 of 1,200 events — narrow the filters to see the rest.'),
    ).toBeInTheDocument();
    // The first 500 of the whole list in its order, not of whatever came first.
    await user.click(screen.getByRole('button', { name: 'Date' }));
    expect(rowIds()[0]).toBe('call-1199');
  });

  test('says how many there are with Russian plural forms', () => {
    renderWithI18n(<List events={manyEvents(21)} corpus={corpus} onSelect={() => {}} rowLimit={20} />, {
      lang: 'ru',
    });
    expect(
      screen.getByText('Показаны первые 20 из 21 события — уточните фильтры, чтобы увидеть остальные.'),
    ).toBeInTheDocument();
  });

  test('sorts by people without the texts, by each person’s name in turn', async () => {
    const user = userEvent.setup();
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'People' }));
    expect(within(table()).getByRole('columnheader', { name: /People/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowIds()[0]).toBe('sharaa-named-transitional-president-2025-01');
  });

  test('titles a row by its type until its texts are in, and says the titles are loading', () => {
    const pending = (texts: EventTexts): EventTexts => ({ ...texts, at: () => undefined, state: () => 'loading' });
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} texts={pending} />, { lang: 'en' });
    expect(titles()).toEqual(['Milestone', 'Phone call', 'Statement']);
    expect(screen.getByText('Loading the titles of the listed events…')).toHaveAttribute('role', 'status');
    expect(table().querySelector('[aria-busy="true"]')).not.toBeNull();
  });

  test('sorts by title only while every listed title is a few shards away, and otherwise says so', async () => {
    const user = userEvent.setup();
    const spread = (texts: EventTexts): EventTexts => ({ ...texts, shardsOf: () => 40 });
    renderWithI18n(<List events={events} corpus={corpus} onSelect={() => {}} texts={spread} />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Title' }));
    expect(
      screen.getByText(
        'Sorting by Title needs fewer events: narrow the filters or the period. Meanwhile the list is in date order.',
      ),
    ).toBeInTheDocument();
    expect(within(table()).getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(rowIds()[0]).toBe('sharaa-named-transitional-president-2025-01');
  });

  test('says so when no event passes the filters', () => {
    renderWithI18n(<List events={[]} corpus={corpus} onSelect={() => {}} />, { lang: 'en' });
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No event matches the filters.')).toBeInTheDocument();
  });
});
