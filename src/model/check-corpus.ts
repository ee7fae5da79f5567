import { compileCheck, type KnownIds } from './check-shape.ts';
import { headShape, type CorpusHead } from './corpus-parts.ts';
import { personShape, tablesShape } from './corpus-shape.ts';

/*
 * The fast checks of a corpus's tables and of the head the app loads first: each shape compiled
 * (check-shape.ts; the shapes are the format's one description, corpus-shape.ts and
 * corpus-parts.ts), then what no shape holds: ids unique, references resolvable. The text shards'
 * checks are check-shards.ts. True means the value is used as it is; false sends it to zod
 * (explain-corpus.ts), which says where and why.
 */

/** The ids of a corpus's tables, once checked. */
export interface TableIds {
  article: ReadonlySet<string>;
  person: ReadonlySet<string>;
  country: ReadonlySet<string>;
}

export type CorpusChecks = ReturnType<typeof corpusChecks>;

/** The checks, compiled: one set per corpus loaded (each keeps a cache of the dates it has seen). */
export function corpusChecks() {
  const tables = compileCheck(tablesShape);
  const person = compileCheck(personShape);
  const head = compileCheck(headShape);

  /**
   * The ids of the tables of `record` (a head, a corpus), when they are valid, their ids unique
   * and the people's references known.
   */
  const tableIds = (record: Record<string, unknown>): TableIds | null => {
    const data = pickTables(record);
    if (!tables(data)) return null;
    const article = unique(data.articles.map((a) => a.id));
    const personIds = unique(data.people.map((p) => p.id));
    const country = unique(data.countries.map((c) => c.code));
    if (!article || !personIds || !country) return null;
    const known: KnownIds = { article, person: personIds, country };
    if (!data.people.every((p) => person(p, known))) return null;
    return { article, person: personIds, country };
  };

  return {
    tableIds,

    /** A head whose tables are valid and whose references (countryCodes, personIds) are known. */
    head(data: unknown): data is CorpusHead {
      if (!head(data)) return false;
      const ids = tableIds(data);
      return (
        ids !== null &&
        data.countryCodes.every((c) => ids.country.has(c)) &&
        data.personIds.every((p) => ids.person.has(p))
      );
    },
  };
}

/** The tables of a record that may be a corpus or a head (each part is checked by its shape). */
function pickTables(data: Record<string, unknown>): Record<string, unknown> {
  const { schemaVersion, articles, people, countries } = data;
  return { schemaVersion, articles, people, countries };
}

function unique(ids: string[]): Set<string> | null {
  const set = new Set(ids);
  return set.size === ids.length ? set : null;
}
