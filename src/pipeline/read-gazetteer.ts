import type { Gazetteer } from '../extract/types.ts';
import type { CorpusError } from './corpus-error.ts';
import { readSources, type SourceFile } from './read-sources.ts';

/**
 * The gazetteer of one or more `gazetteer/` folders (the corpus's, and for the development set
 * its own beside it), read and checked as the corpus build reads it: roles get their country.
 */
export function readGazetteer(files: readonly SourceFile[]): { gazetteer: Gazetteer; errors: CorpusError[] } {
  const errors: CorpusError[] = [];
  const gazetteerFiles = files.filter((file) =>
    /(?:^|\/)gazetteer\/(?:countries|people|places)\.yaml$/.test(file.path),
  );
  const sources = readSources(gazetteerFiles, errors);
  return {
    gazetteer: {
      people: sources.people.flatMap((list) => list.entries),
      countries: sources.countries.flatMap((list) => list.entries),
      places: sources.places.flatMap((list) => list.entries),
    },
    errors,
  };
}
