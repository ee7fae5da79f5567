import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { Corpus } from '../../model/corpus-schema.ts';
import { applyFilters, NO_FILTERS, type EventFilters } from '../../model/filter-events.ts';
import { buildEventIndex } from '../../model/index-events.ts';
import { searchedCorpus } from '../../../tests/search-helpers.ts';
import { generateSyntheticCorpus } from '../../bench/synthetic-corpus.ts';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { FilterPanel, type HistoryMode } from './FilterPanel.tsx';

/** The panel as the app wires it: filters held as state, the outcome recomputed from them. */
function Harness({
  corpus,
  initial = NO_FILTERS,
  onChange,
}: {
  corpus: Corpus;
  initial?: EventFilters;
  onChange?: (next: EventFilters, how: HistoryMode) => void;
}) {
  const { index, passes } = useMemo(() => searchedCorpus(corpus), [corpus]);
  const [filters, setFilters] = useState(initial);
  const outcome = useMemo(
    () => applyFilters(index, filters, filters.q.trim() ? passes(filters.q) : null),
    [index, filters, passes],
  );
  return (
    <FilterPanel
      corpus={corpus}
      index={index}
      outcome={outcome}
      filters={filters}
      onChange={(next, how) => {
        onChange?.(next, how);
        setFilters(next);
      }}
      onClear={() => setFilters(NO_FILTERS)}
    />
  );
}

function group(name: string): HTMLElement {
  return screen.getByRole('group', { name });
}

function checkboxNames(container: HTMLElement): string[] {
  return within(container)
    .getAllByRole('checkbox')
    .map((box) => box.getAttribute('aria-label') ?? '');
}

describe('FilterPanel', () => {
  test('is a search landmark named Filters, with a labelled search box for the text filter', () => {
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    expect(screen.getByRole('search', { name: 'Filters' })).toBeInTheDocument();
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    expect(box).toHaveAttribute('type', 'search');
  });

  test('each option says how many events it would give, and the counts follow the other filters', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    expect(checkboxNames(group('Countries'))).toEqual(['Russia (2 events)', 'Syria (3 events)']);

    await user.click(screen.getByRole('checkbox', { name: 'Milestone (1 event)' }));

    // Only the milestone is Syrian alone: Russia would now give nothing, so it is hidden.
    expect(checkboxNames(group('Countries'))).toEqual(['Syria (1 event)']);
    // A filter does not count against its own options: the other types keep their counts.
    expect(checkboxNames(group('Event types'))).toEqual([
      'Phone call (1 event)',
      'Statement (1 event)',
      'Milestone (1 event)',
    ]);
  });

  test('hides options that would give no events until "Show all" is pressed', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    const types = group('Event types');
    expect(within(types).queryByRole('checkbox', { name: /^Meeting/ })).toBeNull();

    const showAll = within(types).getByRole('button', { name: 'Show all (4)' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    await user.click(showAll);

    expect(within(types).getByRole('checkbox', { name: 'Meeting (0 events)' })).toBeInTheDocument();
    const hide = within(types).getByRole('button', { name: 'Hide options with no events' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await user.click(hide);
    expect(within(types).queryByRole('checkbox', { name: /^Meeting/ })).toBeNull();
  });

  describe('in a corpus with many countries and people', () => {
    const big = generateSyntheticCorpus(400);
    const index = buildEventIndex(big);
    const everything = applyFilters(index, NO_FILTERS, null);
    /** True when the names shown are ten of those with the most events: none hidden has more. */
    const busiest = (shown: string[], facet: ReadonlyMap<string, number>, names: Map<string, string>) => {
      const counts = [...facet].map(([key, count]) => ({ name: names.get(key)!, count }));
      const least = Math.min(...counts.filter((c) => shown.includes(c.name)).map((c) => c.count));
      return shown.length === 10 && counts.every((c) => shown.includes(c.name) || c.count <= least);
    };
    const countryNames = new Map(big.countries.map((c) => [c.code, c.name.en]));
    const personNames = new Map(big.people.map((p) => [p.id, p.name.en]));
    const labels = (container: HTMLElement) => checkboxNames(container).map((name) => name.replace(/ \(.*\)$/, ''));

    test('shows the ten busiest countries and people until "Show all" is pressed', async () => {
      const user = userEvent.setup();
      renderWithI18n(<Harness corpus={big} />, { lang: 'en' });
      const countries = group('Countries');
      expect(busiest(labels(countries), everything.facets.countries, countryNames)).toBe(true);
      expect(busiest(labels(group('People')), everything.facets.people, personNames)).toBe(true);

      await user.click(within(countries).getByRole('button', { name: `Show all (${index.countryCodes.length})` }));
      expect(checkboxNames(countries)).toHaveLength(index.countryCodes.length);
      await user.click(within(countries).getByRole('button', { name: 'Show fewer' }));
      expect(checkboxNames(countries)).toHaveLength(10);
    });

    test('the person box finds anyone, not only the busiest', async () => {
      const user = userEvent.setup();
      renderWithI18n(<Harness corpus={big} />, { lang: 'en' });
      const shown = new Set(labels(group('People')));
      const quiet = big.people.find((p) => !shown.has(p.name.en) && index.personIds.includes(p.id))!;
      await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), quiet.name.en);
      expect(labels(group('People'))).toContain(quiet.name.en);
    });
  });

  test('offers no "Show all" where every option has events', () => {
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    expect(within(group('Countries')).queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  test('keeps a selected option visible and ticked when the other filters leave it no events', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    await user.click(screen.getByRole('checkbox', { name: 'Russia (2 events)' }));
    // Only the Syrian milestone happened in Damascus.
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'Damascus');
    expect(screen.getByRole('checkbox', { name: 'Russia (0 events)' })).toBeChecked();
  });

  test('records ticks as new history entries and typing in place', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithI18n(<Harness corpus={smallCorpus()} onChange={onChange} />, { lang: 'en' });

    await user.click(screen.getByRole('checkbox', { name: 'Syria (3 events)' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, countries: ['SY'] }, 'push');

    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'ca');
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, countries: ['SY'], q: 'ca' }, 'replace');

    await user.click(screen.getByRole('checkbox', { name: /^Vladimir Putin/ }));
    expect(onChange).toHaveBeenLastCalledWith(
      { ...NO_FILTERS, countries: ['SY'], q: 'ca', people: ['vladimir-putin'] },
      'push',
    );
  });

  test('one button clears every filter, and is disabled when nothing is filtered', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    const clear = screen.getByRole('button', { name: 'Clear all filters' });
    expect(clear).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Statement (1 event)' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'Peskov');
    expect(clear).toBeEnabled();

    await user.click(clear);
    expect(screen.getByRole('checkbox', { name: 'Statement (1 event)' })).not.toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    expect(clear).toBeDisabled();
  });

  test('a search of only spaces does not count as a filter', () => {
    renderWithI18n(<Harness corpus={smallCorpus()} initial={{ ...NO_FILTERS, q: '   ' }} />, { lang: 'en' });
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeDisabled();
  });
});

describe('the people facet', () => {
  test('groups people under their country, each group under a heading', () => {
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    const people = group('People');
    expect(
      within(people)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Russia', 'Syria']);
    expect(checkboxNames(within(people).getByRole('group', { name: 'Russia' }))).toEqual([
      'Dmitry Peskov (1 event)',
      'Vladimir Putin (1 event)',
    ]);
    expect(checkboxNames(within(people).getByRole('group', { name: 'Syria' }))).toEqual(['Ahmed al-Sharaa (2 events)']);
  });

  test('sorts names by the UI language: Владимир before Дмитрий in Russian', () => {
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'ru' });
    const russia = within(group('Люди')).getByRole('group', { name: 'Россия' });
    expect(checkboxNames(russia)).toEqual(['Владимир Путин (1 событие)', 'Дмитрий Песков (1 событие)']);
  });

  test.each([
    ['Путин', 'a Russian alias'],
    ['بوتين', 'an Arabic alias'],
    ['putin', 'the English name in lower case'],
    ['ВЛАДИМИР', 'the Russian name in capitals'],
    ['فلاديمير بوتين', 'the full Arabic name'],
  ])('finds Vladimir Putin by %s (%s)', async (query) => {
    const user = userEvent.setup();
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'en' });
    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), query);
    expect(checkboxNames(group('People'))).toEqual(['Vladimir Putin (1 event)']);
  });

  test('finds a person by an alias that none of their names contains', async () => {
    const user = userEvent.setup();
    const corpus = smallCorpus();
    corpus.people.find((p) => p.id === 'dmitry-peskov')!.aliases = ['Dmitri Peskov'];
    renderWithI18n(<Harness corpus={corpus} />, { lang: 'en' });
    await user.type(screen.getByRole('searchbox', { name: 'Find a person' }), 'dmitri');
    expect(checkboxNames(group('People'))).toEqual(['Dmitry Peskov (1 event)']);
  });

  test('finds a person by an Arabic spelling with a different alef, folded as the search folds it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'ru' });
    // "احمد" without the hamza on the alef, as many people type it.
    await user.type(screen.getByRole('searchbox', { name: 'Найти человека' }), 'احمد');
    expect(checkboxNames(group('Люди'))).toEqual(['Ахмед аш-Шараа (2 события)']);
  });

  test('says so when no one matches, and ticking a found person selects them', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithI18n(<Harness corpus={smallCorpus()} onChange={onChange} />, { lang: 'en' });
    const box = screen.getByRole('searchbox', { name: 'Find a person' });
    await user.type(box, 'Lavrov');
    expect(within(group('People')).queryAllByRole('checkbox')).toHaveLength(0);
    expect(within(group('People')).getByRole('status')).toHaveTextContent('No one matches “Lavrov”.');

    await user.clear(box);
    await user.type(box, 'Песков');
    await user.click(screen.getByRole('checkbox', { name: 'Dmitry Peskov (1 event)' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, people: ['dmitry-peskov'] }, 'push');
  });
});

describe('FilterPanel in Arabic', () => {
  test('names options in Arabic with Arabic plural forms', () => {
    renderWithI18n(<Harness corpus={smallCorpus()} />, { lang: 'ar' });
    expect(screen.getByRole('search', { name: 'التصفية' })).toBeInTheDocument();
    expect(checkboxNames(group('الدول'))).toEqual(['روسيا (حدثان)', 'سوريا (3 أحداث)']);
    expect(screen.getByRole('checkbox', { name: 'اتصال هاتفي (حدث واحد)' })).toBeInTheDocument();
  });
});
