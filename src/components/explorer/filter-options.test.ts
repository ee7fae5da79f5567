import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../model/filter-events.ts';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { hasActiveFilters, personMatches, toggleValue, visibleOptions, type FacetOption } from './filter-options.ts';

const people = new Map(smallCorpus().people.map((p) => [p.id, p]));

describe('personMatches', () => {
  test.each([
    ['vladimir-putin', 'Путин', true],
    ['vladimir-putin', 'بوتين', true],
    ['vladimir-putin', 'PUTIN', true],
    ['vladimir-putin', 'vladimir putin', true],
    ['vladimir-putin', 'putin peskov', false],
    ['ahmed-al-sharaa', 'احمد', true],
    ['ahmed-al-sharaa', 'Ахмед', true],
    ['ahmed-al-sharaa', 'аш-шараа', true],
    ['dmitry-peskov', 'Пёсков', true],
    ['dmitry-peskov', 'Lavrov', false],
    ['dmitry-peskov', '', true],
  ])('%s matches %j: %s', (id, query, expected) => {
    expect(personMatches(people.get(id), id, query)).toBe(expected);
  });

  test('a person missing from the corpus is found by their id', () => {
    expect(personMatches(undefined, 'sergei-lavrov', 'lavrov')).toBe(true);
  });
});

describe('toggleValue', () => {
  test.each([
    [[], 'SY', true, ['SY']],
    [['SY'], 'RU', true, ['RU', 'SY']],
    [['RU', 'SY'], 'RU', false, ['SY']],
    [['SY'], 'SY', true, ['SY']],
    [['SY'], 'RU', false, ['SY']],
  ])('%j with %s %s gives %j, sorted and without repeats', (values, value, on, expected) => {
    expect(toggleValue(values, value, on)).toEqual(expected);
  });
});

describe('hasActiveFilters', () => {
  test.each([
    [NO_FILTERS, false],
    [{ ...NO_FILTERS, q: '  ' }, false],
    [{ ...NO_FILTERS, q: 'x' }, true],
    [{ ...NO_FILTERS, countries: ['SY'] }, true],
    [{ ...NO_FILTERS, people: ['vladimir-putin'] }, true],
    [{ ...NO_FILTERS, types: ['call' as const] }, true],
  ])('%j: %s', (filters, expected) => {
    expect(hasActiveFilters(filters)).toBe(expected);
  });
});

describe('visibleOptions', () => {
  const option = (value: string, count: number, selected = false): FacetOption => ({
    value,
    label: value,
    count,
    selected,
  });
  const options = [
    option('a', 1),
    option('b', 5),
    option('c', 0),
    option('d', 5),
    option('e', 3),
    option('f', 0, true),
  ];
  const values = (list: FacetOption[]) => list.map((o) => o.value);

  test('keeps the busiest options, in display order, and every selected one even at zero', () => {
    expect(values(visibleOptions(options, false, 2))).toEqual(['b', 'd', 'f']);
    expect(values(visibleOptions(options, false, 3))).toEqual(['b', 'd', 'e', 'f']);
  });

  test('breaks ties in display order, and never shows an unselected option with no events', () => {
    expect(values(visibleOptions([option('x', 2), option('y', 2), option('z', 2)], false, 2))).toEqual(['x', 'y']);
    expect(values(visibleOptions(options, false, 100))).toEqual(['a', 'b', 'd', 'e', 'f']);
  });

  test('shows every option when the reader asked for all', () => {
    expect(values(visibleOptions(options, true, 2))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
