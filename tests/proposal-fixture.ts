import type { Proposal } from '../src/extract/types.ts';

/**
 * A proposal as the assistant makes them: Putin's call to al-Sharaa of Wednesday 12 February
 * 2025. Tests change what they are about and leave the rest.
 */
export function aProposal(change: Partial<Proposal> = {}): Proposal {
  return {
    id: '2025-02-12-putin-al-sharaa-call',
    type: 'call',
    status: 'occurred',
    date: { start: '2025-02-12', end: '2025-02-12', precision: 'day', expression: 'الأربعاء', rule: 'weekday' },
    people: [
      { id: 'vladimir-putin', name: 'بوتين', country: 'RU', role: 'caller' },
      { id: 'ahmed-al-sharaa', name: 'الشرع', country: 'SY', role: 'recipient' },
    ],
    countryParticipants: [],
    countries: ['RU', 'SY'],
    location: null,
    quote: { text: 'أجرى الرئيس الروسي فلاديمير بوتين الأربعاء اتصالاً هاتفياً', start: 0, end: 55 },
    evidence: [{ text: 'أجرى الرئيس الروسي فلاديمير بوتين الأربعاء اتصالاً هاتفياً', start: 0, end: 55 }],
    confidence: 0.8,
    why: [],
    ...change,
  };
}
