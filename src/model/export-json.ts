import type { Corpus, CorpusEvent } from './corpus-schema.ts';
import { sortEvents } from './event-order.ts';

/**
 * A corpus of just `events` (in time order, each once) and what they refer to:
 * their people (with the articles and countries their roles cite), countries and articles. Links
 * to related events left out are dropped, so the result validates with `corpusSchema` and opens
 * in Tarikh as it is.
 */
export function exportCorpusSubset(
  corpus: Pick<Corpus, 'schemaVersion' | 'articles' | 'people' | 'countries'>,
  events: readonly CorpusEvent[],
): Corpus {
  const byId = new Map(events.map((e) => [e.id, e]));
  const chosen = sortEvents([...byId.values()]);
  const eventIds = new Set(byId.keys());
  const peopleIds = new Set(
    chosen.flatMap((e) => [...e.people, ...e.participants.flatMap((p) => (p.person ? [p.person] : []))]),
  );
  const people = corpus.people.filter((p) => peopleIds.has(p.id));
  const countryCodes = new Set([
    ...chosen.flatMap((e) => [
      ...e.countries,
      ...e.participants.map((p) => p.country),
      ...(e.location ? [e.location.country] : []),
    ]),
    ...people.flatMap((p) => [p.country, ...p.roles.map((r) => r.country)]),
  ]);
  const articleIds = new Set([
    ...chosen.flatMap((e) => e.sources.map((s) => s.article)),
    ...people.flatMap((p) => p.roles.flatMap((r) => r.attestedBy)),
  ]);
  return {
    schemaVersion: corpus.schemaVersion,
    articles: corpus.articles.filter((a) => articleIds.has(a.id)),
    people,
    countries: corpus.countries.filter((c) => countryCodes.has(c.code)),
    events: chosen.map((event) => {
      if (!event.related) return event;
      const related = event.related.filter((id) => eventIds.has(id));
      const { related: _dropped, ...rest } = event;
      return related.length > 0 ? { ...rest, related } : rest;
    }),
  };
}

/** The corpus as a file: indented JSON with a final newline, as `npm run corpus` writes it. */
export function serializeCorpus(corpus: Corpus): string {
  return `${JSON.stringify(corpus, null, 2)}\n`;
}
