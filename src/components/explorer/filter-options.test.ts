import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../model/filter-events.ts';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { hasActiveFilters, personMatches, toggleValue } from './filter-options.ts';

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
