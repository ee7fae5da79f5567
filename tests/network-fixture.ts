import { corpusSchema, type Corpus, type CorpusEvent, type Participant } from '../src/model/corpus-schema.ts';
import { smallCorpus } from './corpus-fixture.ts';

const text = (en: string, ar = `${en} (ar)`, ru = `${en} (ru)`) => ({ ar, en, ru });

/** A call, meeting or statement on `day` between the given participants, citing the small corpus's Kremlin article. */
export function contactEvent(
  id: string,
  type: CorpusEvent['type'],
  day: string,
  participants: Participant[],
): CorpusEvent {
  return {
    id,
    type,
    date: { start: day, end: day, precision: 'day', rule: 'explicit' },
    people: [...new Set(participants.flatMap((p) => (p.person ? [p.person] : [])))],
    countries: [...new Set(participants.map((p) => p.country))],
    participants,
    title: text(`Title of ${id}`),
    summary: text(`Summary of ${id}`),
    sources: [
      {
        article: 'kremlin-2025-02-12-putin-sharaa-call',
        quote: `Quote for ${id}`,
        start: 0,
        end: 10,
        attribution: text('Kremlin'),
      },
    ],
  };
}

/**
 * The small corpus plus a few contacts among its three people and a third country, so that
 * pairs repeat, a pair shares both a call and a meeting, and a statement names two countries.
 */
export function networkCorpus(): Corpus {
  const corpus = smallCorpus();
  corpus.countries.push({ code: 'TR', name: { ar: 'تركيا', en: 'Türkiye', ru: 'Турция' } });
  corpus.events.push(
    contactEvent('putin-sharaa-meeting-2025-03-01', 'meeting', '2025-03-01', [
      { person: 'vladimir-putin', country: 'RU', role: 'host' },
      { person: 'ahmed-al-sharaa', country: 'SY', role: 'guest' },
      { person: 'dmitry-peskov', country: 'RU', role: 'participant' },
    ]),
    contactEvent('putin-sharaa-call-2025-03-10', 'call', '2025-03-10', [
      { person: 'vladimir-putin', country: 'RU', role: 'caller' },
      { person: 'ahmed-al-sharaa', country: 'SY', role: 'recipient' },
      { person: 'dmitry-peskov', country: 'RU', role: 'invitee' },
    ]),
    contactEvent('peskov-on-turkey-2025-03-11', 'statement', '2025-03-11', [
      { person: 'dmitry-peskov', country: 'RU', role: 'speaker' },
      { country: 'TR', role: 'subject' },
      { person: 'ahmed-al-sharaa', country: 'SY', role: 'subject' },
    ]),
  );
  return corpusSchema.parse(corpus);
}
