import { useCallback, useRef, useState } from 'react';
import type { Corpus } from '../model/corpus-schema.ts';
import { messageOf, type CorpusIssue } from '../model/decode-corpus.ts';

/** Files over this many bytes are refused before they are read: the browser would struggle to parse them. */
export const MAX_CORPUS_FILE_BYTES = 200_000_000;
/** Schema issues listed for an opened file: enough to fix a batch at a time. */
export const MAX_FILE_ISSUES = 50;

/** Why a file could not be opened. */
export type CorpusFileError =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'unreadable'; message: string }
  | { kind: 'empty' }
  | { kind: 'json'; message: string }
  | { kind: 'schema'; issues: CorpusIssue[]; issueCount: number }
  | { kind: 'no-events' };

export type CorpusFileResult =
  { status: 'ready'; fileName: string; corpus: Corpus } | { status: 'error'; fileName: string; error: CorpusFileError };

export type CorpusFileState = { status: 'idle' } | { status: 'reading'; fileName: string } | CorpusFileResult;

export interface CorpusFileOptions {
  maxBytes?: number;
  maxIssues?: number;
}

/**
 * Reads a corpus file the reader chose, in the browser (File.text(): nothing is uploaded), and
 * validates it with the same decoder as the bundled corpus. Never throws; a file over the limit
 * is refused on its size alone, unread.
 */
export async function readCorpusFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  { maxBytes = MAX_CORPUS_FILE_BYTES, maxIssues = MAX_FILE_ISSUES }: CorpusFileOptions = {},
): Promise<CorpusFileResult> {
  const fileName = file.name;
  if (file.size > maxBytes)
    return { status: 'error', fileName, error: { kind: 'too-large', size: file.size, limit: maxBytes } };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { status: 'error', fileName, error: { kind: 'unreadable', message: messageOf(error) } };
  }
  // The decoder of whole corpora is its own chunk: only a reader who opens a file needs it.
  const { decodeCorpus } = await import('../model/decode-corpus-file.ts');
  const result = await decodeCorpus(text, maxIssues);
  if (result.status === 'ready') return { status: 'ready', fileName, corpus: result.corpus };
  // decodeCorpus reports a 'network' error only for a source that fails, which a read text never does.
  const error: CorpusFileError =
    result.error.kind === 'network' ? { kind: 'unreadable', message: result.error.message } : result.error;
  return { status: 'error', fileName, error };
}

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
      void readCorpusFile(file, { maxBytes, maxIssues }).then((result) => {
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
