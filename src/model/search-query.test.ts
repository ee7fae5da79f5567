import { describe, expect, test } from 'vitest';
import { searchedCorpus } from '../../tests/search-helpers.ts';
import { generateSyntheticCorpus } from '../bench/synthetic-corpus.ts';
import { eventsOfNames } from './search-query.ts';

const { index } = searchedCorpus(generateSyntheticCorpus(3000));

describe('eventsOfNames', () => {
  test.each(['people', 'countries'] as const)(
    'lists the events of each of the %s, in order, the same made in steps as at once',
    (kind) => {
      const whole = eventsOfNames(index, kind);
      whole.fill(Infinity);
      const [start, refs] =
        kind === 'people' ? [index.personStart, index.personRefs] : [index.countryStart, index.countryRefs];
      for (let g = 0; g + 1 < whole.from.length; g++) {
        const listed = [...whole.events.subarray(whole.from[g], whole.from[g + 1])];
        const byHand: number[] = [];
        for (let i = 0; i < index.count; i++)
          for (let k = start[i]!; k < start[i + 1]!; k++) if (refs[k] === g) byHand.push(i);
        expect(listed).toEqual(byHand);
      }

      const stepped = eventsOfNames(index, kind);
      for (const count of [0, 700, 1, 1299, 500]) {
        stepped.fill(count);
        expect(stepped.done).toBe(false);
      }
      stepped.fill(500);
      expect(stepped.done).toBe(true);
      expect([...stepped.events]).toEqual([...whole.events]);
    },
  );
});
