import { describe, expect, it } from 'vitest';
import { defaultMeta, missingMeta } from './article-meta.ts';
import { applyChanges, changesOf } from './edit-proposal.ts';
import { blockedFromAccepting, decide, draftRequest, EMPTY_REVIEW, saveEdit, tally } from './review.ts';
import { aProposal } from '../../tests/proposal-fixture.ts';
import type { Proposal } from './types.ts';

const call = aProposal({ id: 'c' });

describe('the editor’s review', () => {
  it('drafts only what was accepted, as edited', () => {
    const planned: Proposal = { ...call, id: 'p', status: 'planned' };
    let review = decide(EMPTY_REVIEW, 'c', 'accepted');
    review = decide(review, 'p', 'rejected');
    review = saveEdit(review, { ...call, type: 'meeting' }, null);
    const meta = defaultMeta('عنوان\nنص', 'ar', '2025-02-13');
    const request = draftRequest(meta, 'عنوان\nنص', [call, planned], review);
    expect(request.proposals.map((p) => [p.id, p.type])).toEqual([['c', 'meeting']]);
    expect(tally(review, [call, planned])).toEqual({ open: 0, accepted: 1, rejected: 1 });
  });

  it('cannot accept a planned contact or one with no date', () => {
    expect(blockedFromAccepting(call)).toBeNull();
    expect(blockedFromAccepting({ ...call, status: 'planned' })).toBe('planned');
    expect(blockedFromAccepting({ ...call, date: null })).toBe('undated');
  });

  it('a date given by hand is explicit, with no words of the article; one left alone keeps its rule', () => {
    const same = applyChanges(call, changesOf(call));
    expect(same.date).toEqual(call.date);
    const month = applyChanges(call, { ...changesOf(call), date: { precision: 'month', value: '2025-01' } });
    expect(month.date).toEqual({
      start: '2025-01-01',
      end: '2025-01-31',
      precision: 'month',
      expression: '',
      rule: 'explicit',
    });
  });

  it('leaving a person out drops their country unless another party has it', () => {
    const edited = applyChanges(call, { ...changesOf(call), roles: ['caller', null] });
    expect(edited.people.map((p) => p.id)).toEqual(['vladimir-putin']);
    expect(edited.countries).toEqual(['RU']);
  });

  it('names what the article file still lacks', () => {
    const meta = defaultMeta('بوتين يجري اتصالاً مع الشرع\nالنص', 'ar', '2025-02-13');
    expect(meta).toMatchObject({ title: 'بوتين يجري اتصالاً مع الشرع', id: 'butin-yjry-atsala-m-al-shr-2025-02' });
    expect(missingMeta(meta)).toEqual(['outlet', 'note']);
    expect(missingMeta({ ...meta, id: 'Not A Slug', url: 'javascript:alert(1)' })).toEqual([
      'id',
      'outlet',
      'note',
      'url',
    ]);
  });
});
