import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { eventIdsOf } from './index-events.ts';

const slug = fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,3}){0,2}$/);

describe('EventIds', () => {
  test('gives each id back by position, and each position by id; an unknown id has none', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slug, { maxLength: 60 }), slug, (list, other) => {
        const ids = eventIdsOf(list);
        expect(ids.areValid()).toBe(true);
        list.forEach((id, i) => {
          expect(ids.at(i)).toBe(id);
          expect(ids.positionOf(id)).toBe(i);
        });
        if (!list.includes(other)) expect(ids.positionOf(other)).toBeUndefined();
        expect(ids.positionOf('Ünïcode')).toBeUndefined();
      }),
    );
  });

  test('compares ids as strings compare (the time order’s last key)', () => {
    fc.assert(
      fc.property(slug, slug, (a, b) => {
        const sign = Math.sign(eventIdsOf([a, b]).compare(0, 1));
        expect(sign).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  test.each([
    ['two events share an id', ['a-1', 'b', 'a-1']],
    ['an id ends with a hyphen', ['a-']],
    ['an id has two hyphens in a row', ['a--b']],
    ['an id has a capital letter', ['Ab']],
    ['an id is empty', ['']],
  ])('are not valid when %s', (_, list) => {
    expect(eventIdsOf(list).areValid()).toBe(false);
  });
});
