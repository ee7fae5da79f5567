import { spanOf } from '../model/calendar-date.ts';
import type { Corpus, CorpusEvent } from '../model/corpus-schema.ts';
import { wordsOf } from '../model/text-normalize.ts';
import type { DevItem } from './dev-set.ts';
import type { GoldEvent } from './evaluate.ts';
import type { Gazetteer } from './types.ts';

const codePoints = (text: string) => Array.from(text).length;

/** A development item's gold events in the shape the scorer compares. */
export function goldOfDevItem(item: DevItem, gazetteer: Gazetteer): GoldEvent[] {
  const countryOf = new Map(gazetteer.people.map((p) => [p.id, p.country]));
  return item.events.map((event, k) => {
    const at = item.text.indexOf(event.evidence);
    const start = codePoints(item.text.slice(0, at));
    const people = event.participants.flatMap((p) =>
      'person' in p
        ? [{ key: p.person, role: p.role }]
        : 'name' in p
          ? [{ key: `name:${wordsOf(p.name).join(' ')}`, role: p.role }]
          : [],
    );
    const countries = event.participants.map((p) => {
      if ('person' in p) {
        const country = countryOf.get(p.person);
        if (!country) throw new Error(`${item.id}: gold names "${p.person}", who is in no gazetteer`);
        return country;
      }
      return p.country;
    });
    return {
      label: `${item.id}#${k + 1} ${event.type} ${event.date ?? 'undated'}`,
      type: event.type,
      status: event.status,
      date: event.date === null ? null : spanOfPartial(event.date),
      people,
      countries: [...new Set(countries)],
      location: event.location ?? null,
      spans: [{ start, end: start + codePoints(event.evidence) }],
    };
  });
}

function spanOfPartial(date: string) {
  if (date.length === 4) return spanOf(`${date}-01-01`, 'year');
  if (date.length === 7) return spanOf(`${date}-01`, 'month');
  return spanOf(date, 'day');
}

/**
 * The contacts an annotated article of the corpus holds, as gold. A statement that a country
 * speaks about a contact it is related to (the Kremlin's readout of a call) is the contact's
 * readout, which the assistant folds into the contact: it is returned apart, to check that the
 * contact's evidence holds it. Milestones are not contacts.
 */
export function goldOfCorpusArticle(
  corpus: Corpus,
  articleId: string,
): { gold: GoldEvent[]; readouts: { of: string; event: CorpusEvent }[] } {
  const events = corpus.events.filter((e) => e.sources.some((s) => s.article === articleId));
  const readouts: { of: string; event: CorpusEvent }[] = [];
  const gold: GoldEvent[] = [];
  for (const event of events) {
    if (event.type === 'milestone') continue;
    const speaksForCountry = event.participants.some((p) => p.role === 'speaker' && p.person === undefined);
    const contact = event.related?.find((id) => events.some((e) => e.id === id && e.type !== 'statement'));
    if (event.type === 'statement' && speaksForCountry && contact) {
      readouts.push({ of: contact, event });
      continue;
    }
    gold.push({
      label: event.id,
      type: event.type,
      status: 'occurred',
      date: event.date.range ? null : { start: event.date.start, end: event.date.end },
      people: event.participants.flatMap((p) => (p.person ? [{ key: p.person, role: p.role }] : [])),
      countries: [...new Set(event.countries)],
      location: event.location?.id ?? null,
      spans: event.sources.filter((s) => s.article === articleId).map((s) => ({ start: s.start, end: s.end })),
    });
  }
  return { gold, readouts };
}
