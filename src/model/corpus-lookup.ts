import type { Article, Corpus, Country, Person } from './corpus-schema.ts';

/** The corpus's lookup tables, so that a card resolves an id in one step. */
export interface CorpusLookup {
  articles: ReadonlyMap<string, Article>;
  people: ReadonlyMap<string, Person>;
  countries: ReadonlyMap<string, Country>;
}

/** Indexes articles and people by id and countries by code. */
export function buildCorpusLookup(corpus: Pick<Corpus, 'articles' | 'people' | 'countries'>): CorpusLookup {
  return {
    articles: new Map(corpus.articles.map((article) => [article.id, article])),
    people: new Map(corpus.people.map((person) => [person.id, person])),
    countries: new Map(corpus.countries.map((country) => [country.code, country])),
  };
}
