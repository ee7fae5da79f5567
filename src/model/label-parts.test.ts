import { describe, expect, test } from 'vitest';
import type { CorpusEvent } from './corpus-schema.ts';
import { labelParts } from './label-parts.ts';

type Participants = CorpusEvent['participants'];
const event = (type: CorpusEvent['type'], participants: Participants) => ({ type, participants });

describe('labelParts', () => {
  test('a call names its caller and recipient, not the minister invited to visit', () => {
    const call = event('call', [
      { person: 'vladimir-putin', country: 'RU', role: 'caller' },
      { person: 'ahmed-al-sharaa', country: 'SY', role: 'recipient' },
      { person: 'asaad-al-shaibani', country: 'SY', role: 'invitee' },
    ]);
    expect(labelParts(call)).toEqual({
      kind: 'parties',
      sides: [
        { person: 'vladimir-putin', country: 'RU' },
        { person: 'ahmed-al-sharaa', country: 'SY' },
      ],
    });
  });

  test('a statement names its speaker, a country when an institution speaks, nobody when none is known', () => {
    const byPerson = event('statement', [
      { person: 'mikhail-bogdanov', country: 'RU', role: 'speaker' },
      { country: 'SY', role: 'subject' },
    ]);
    expect(labelParts(byPerson)).toEqual({ kind: 'speaker', who: { person: 'mikhail-bogdanov', country: 'RU' } });
    const byPresidency = event('statement', [
      { country: 'SY', role: 'speaker' },
      { person: 'vladimir-putin', country: 'RU', role: 'subject' },
    ]);
    expect(labelParts(byPresidency)).toEqual({ kind: 'speaker', who: { country: 'SY' } });
    expect(labelParts(event('statement', [{ country: 'RU', role: 'subject' }]))).toEqual({
      kind: 'speaker',
      who: null,
    });
  });

  test('a meeting names each party once; a milestone is labelled by its title', () => {
    const meeting = event('meeting', [
      { person: 'a', country: 'RU', role: 'guest' },
      { person: 'a', country: 'RU', role: 'participant' },
      { country: 'SY', role: 'host' },
      { country: 'SY', role: 'participant' },
    ]);
    expect(labelParts(meeting)).toEqual({
      kind: 'parties',
      sides: [{ person: 'a', country: 'RU' }, { country: 'SY' }],
    });
    expect(labelParts(event('milestone', [{ person: 'b', country: 'SY', role: 'subject' }]))).toEqual({
      kind: 'title',
    });
  });
});
