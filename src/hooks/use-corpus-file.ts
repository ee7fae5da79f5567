import { useCallback, useRef, useState } from 'react';
import type { Corpus } from '../model/corpus-schema.ts';
// Types only: reading a file is the decoder's chunk (decode-corpus-file.ts), fetched when one is opened.
import type { CorpusFileOptions, CorpusFileResult } from '../model/decode-corpus-file.ts';

export type { CorpusFileError, CorpusFileOptions, CorpusFileResult } from '../model/decode-corpus-file.ts';

export type CorpusFileState = { status: 'idle' } | { status: 'reading'; fileName: string } | CorpusFileResult;

/**
 * Opens corpus files: `open(file)` reads and checks one, and on success hands the corpus to
 * `onOpen`; a failure is kept in `state` (the open corpus is untouched) until `dismiss()` or the
 * next file. A file chosen while another is read wins: the earlier result is dropped.
 */
export function useCorpusFile(
  onOpen: (corpus: Corpus, fileName: string) => void,
  options: CorpusFileOptions = {},
): { state: CorpusFileState; open: (file: File) => void; dismiss: () => void } {
  const [state, setState] = useState<CorpusFileState>({ status: 'idle' });
  const latest = useRef(0);
  const { maxBytes, maxIssues } = options;

  const open = useCallback(
    (file: File) => {
      const request = ++latest.current;
      setState({ status: 'reading', fileName: file.name });
      // Reading and checking a file is a chunk of its own: only a reader who opens one needs it.
      void import('../model/decode-corpus-file.ts')
        .then(({ readCorpusFile }) => readCorpusFile(file, { maxBytes, maxIssues }))
        .then((result) => {
          if (request !== latest.current) return;
          setState(result);
          if (result.status === 'ready') onOpen(result.corpus, result.fileName);
        });
    },
    [onOpen, maxBytes, maxIssues],
  );
  const dismiss = useCallback(() => {
    latest.current++;
    setState({ status: 'idle' });
  }, []);
  return { state, open, dismiss };
}
