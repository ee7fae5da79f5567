/** One thing wrong with the corpus sources, located for the person who edits them. */
export interface CorpusError {
  file: string;
  line: number;
  /** Dotted path of the field, e.g. `events[2].sources[0].quote`; empty for the whole file. */
  field: string;
  message: string;
}

/** `file:line: field: what is wrong`, the form editors and terminals turn into links. */
export function formatCorpusError(error: CorpusError): string {
  return `${error.file}:${error.line}: ${error.field || '(file)'}: ${error.message}`;
}
