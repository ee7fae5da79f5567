import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../FileButton.tsx';
import { useCorpusFile, type CorpusFileOptions } from '../../hooks/use-corpus-file.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { formatFileSize } from '../../i18n/format-file-size.ts';
import type { Corpus } from '../../model/corpus-schema.ts';

// What is wrong with a file is said by a chunk of its own, fetched when a file fails.
const OpenCorpusErrors = lazy(() => import('./OpenCorpusErrors.tsx').then((m) => ({ default: m.OpenCorpusErrors })));

interface OpenCorpusProps extends CorpusFileOptions {
  /** A file was read and validated: show this corpus. */
  onOpen: (corpus: Corpus, fileName: string) => void;
  /** Where files may be dropped: the whole page unless told otherwise. */
  dropTarget?: Document | HTMLElement;
}

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/**
 * Opens a corpus JSON file from the reader's disk: a button with a file chooser, and the whole
 * page as a drop target. The file is read here and never uploaded; what is wrong with a file is
 * listed, and the corpus that was open stays open.
 */
export function OpenCorpus({ onOpen, dropTarget, maxBytes, maxIssues }: OpenCorpusProps) {
  const { t } = useTranslation();
  const { lang } = useLocale();
  const hintId = useId();
  const { state, open, dismiss } = useCorpusFile(onOpen, { maxBytes, maxIssues });
  const [dragging, setDragging] = useState(false);
  const [extra, setExtra] = useState<string | null>(null);

  // The latest `open` for the listeners, which are added once per target.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  useEffect(() => {
    const target = dropTarget ?? document;
    // dragenter and dragleave fire for every element crossed: count them to know when the drag leaves.
    let depth = 0;
    const enter = (event: Event) => {
      if (!hasFiles(event as DragEvent)) return;
      event.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (event: Event) => {
      const drag = event as DragEvent;
      if (!hasFiles(drag)) return;
      // Without this the browser would open the file itself, leaving the app.
      event.preventDefault();
      if (drag.dataTransfer) drag.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: Event) => {
      if (!hasFiles(event as DragEvent)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: Event) => {
      const files = (event as DragEvent).dataTransfer?.files;
      if (!hasFiles(event as DragEvent) || !files) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const first = files[0];
      if (!first) return;
      setExtra(files.length > 1 ? first.name : null);
      openRef.current(first);
    };
    target.addEventListener('dragenter', enter);
    target.addEventListener('dragover', over);
    target.addEventListener('dragleave', leave);
    target.addEventListener('drop', drop);
    return () => {
      target.removeEventListener('dragenter', enter);
      target.removeEventListener('dragover', over);
      target.removeEventListener('dragleave', leave);
      target.removeEventListener('drop', drop);
    };
  }, [dropTarget]);

  const status =
    state.status === 'reading'
      ? t('features.open.reading', { file: state.fileName })
      : state.status === 'ready'
        ? t('features.open.opened', {
            file: state.fileName,
            events: t('events.count', { count: state.corpus.events.length }),
          })
        : '';

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <FileButton
          label={t('features.open.button')}
          accept=".json,application/json"
          describedBy={hintId}
          className="inline-flex min-h-11 min-w-11 items-center rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          onFile={(file) => {
            setExtra(null);
            open(file);
          }}
        />
        <span id={hintId} className="sr-only">
          {t('features.open.hint')}
        </span>
        <span role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {status}
          {status && extra ? ` ${t('features.open.onlyFirst', { file: extra })}` : ''}
        </span>
      </div>
      {state.status === 'error' && (
        <Suspense fallback={null}>
          <OpenCorpusErrors
            fileName={state.fileName}
            error={state.error}
            formatSize={(bytes) => formatFileSize(bytes, lang)}
            onDismiss={dismiss}
          />
        </Suspense>
      )}
      {dragging && (
        <div className="pointer-events-none fixed inset-4 z-50 flex items-center justify-center rounded-2xl border-4 border-dashed border-sky-700 bg-white/90 text-xl font-semibold text-sky-900 dark:border-sky-300 dark:bg-zinc-900/90 dark:text-sky-100">
          {t('features.open.drop')}
        </div>
      )}
    </div>
  );
}
