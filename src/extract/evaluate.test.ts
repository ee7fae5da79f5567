import { describe, expect, it } from 'vitest';
import { emptyCounts, matchEvents, prf, scoreItem, type GoldEvent, type Miss } from './evaluate.ts';
import { aProposal } from '../../tests/proposal-fixture.ts';
import type { Proposal } from './types.ts';

const gold = (over: Partial<GoldEvent> = {}): GoldEvent => ({
  label: 'g',
  type: 'call',
  status: 'occurred',
  date: { start: '2025-02-12', end: '2025-02-12' },
  people: [
    { key: 'vladimir-putin', role: 'caller' },
    { key: 'ahmed-al-sharaa', role: 'recipient' },
  ],
  countries: ['RU', 'SY'],
  location: null,
  spans: [{ start: 0, end: 10 }],
  ...over,
});

// Its evidence at code points 2..8, inside the gold event's span.
const proposal = (over: Partial<Proposal> = {}): Proposal =>
  aProposal({ quote: { text: 'x', start: 2, end: 8 }, evidence: [{ text: 'x', start: 2, end: 8 }], ...over });

describe('scoring proposals against gold events', () => {
  it('matches a proposal to the gold event whose evidence it shares, the same type first', () => {
    const statement = proposal({ id: 's', type: 'statement' });
    expect(matchEvents([gold()], [statement, proposal()])).toEqual([[0, 1]]);
    expect(matchEvents([gold({ spans: [{ start: 50, end: 60 }] })], [proposal()])).toEqual([]);
  });

  it('counts an event right when its type, date and people are', () => {
    const counts = emptyCounts();
    const misses: Miss[] = [];
    scoreItem({ id: 'a', language: 'ar', gold: [gold()], proposals: [proposal()] }, counts, misses);
    expect([counts.events, counts.found, counts.fields.roles.correct]).toEqual([1, 1, 1]);
    expect(misses).toEqual([]);
  });

  it('a wrong date is a wrong event, reported with what was expected', () => {
    const counts = emptyCounts();
    const misses: Miss[] = [];
    const late = proposal({
      date: { start: '2025-02-13', end: '2025-02-13', precision: 'day', expression: 'x', rule: 'weekday' },
    });
    scoreItem({ id: 'a', language: 'ar', gold: [gold()], proposals: [late] }, counts, misses);
    expect([counts.events, counts.found, counts.fields.date.correct]).toEqual([0, 1, 0]);
    expect(misses).toEqual([{ item: 'a', kind: 'wrong', what: 'g: date 2025-02-13 (gold 2025-02-12)' }]);
  });

  it('a proposal matching nothing is false, a gold event matched by nothing is missed', () => {
    const counts = emptyCounts();
    const misses: Miss[] = [];
    scoreItem(
      { id: 'a', language: 'ar', gold: [gold({ spans: [{ start: 40, end: 50 }] })], proposals: [proposal()] },
      counts,
      misses,
    );
    expect(misses.map((m) => m.kind)).toEqual(['missed', 'false']);
    expect(prf(counts.events, counts.proposals, counts.gold)).toEqual({ p: 0, r: 0, f1: 0 });
  });

  it('a null date matches a gold event with none, even when the words are kept', () => {
    const counts = emptyCounts();
    const unresolved = proposal({
      date: { start: null, end: null, precision: null, expression: 'الأسبوع الماضي', rule: null },
    });
    scoreItem({ id: 'a', language: 'ar', gold: [gold({ date: null })], proposals: [unresolved] }, counts, []);
    expect(counts.fields.date.correct).toBe(1);
  });

  it('names someone the gazetteer lacks by their name as written, one holding the other', () => {
    const counts = emptyCounts();
    const withNew = proposal({
      people: [{ id: null, name: 'وزير الخارجية فؤاد حسين', country: 'IQ', role: 'caller' }],
    });
    scoreItem(
      {
        id: 'a',
        language: 'ar',
        gold: [gold({ people: [{ key: 'name:فؤاد حسين', role: 'caller' }] })],
        proposals: [withNew],
      },
      counts,
      [],
    );
    expect(counts.fields.people.correct).toBe(1);
  });
});
