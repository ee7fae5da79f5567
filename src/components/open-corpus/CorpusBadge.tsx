import { useTranslation } from 'react-i18next';

interface CorpusBadgeProps {
  /** The open corpus file's name; undefined while the bundled corpus is open. */
  fileName?: string | undefined;
  /** Goes back to the bundled corpus. */
  onReset: () => void;
}

/** Says in the header which corpus is open, with one click back to the bundled one. */
export function CorpusBadge({ fileName, onReset }: CorpusBadgeProps) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('features.corpus.label')} className="flex flex-wrap items-center gap-2 text-sm">
      {fileName === undefined ? (
        // The bundled corpus is the usual case: said to screen readers, and seen where there is room.
        <span className="text-zinc-700 max-sm:sr-only dark:text-zinc-300">{t('features.corpus.bundled')}</span>
      ) : (
        <>
          <span
            title={fileName}
            className="max-w-64 truncate rounded-full bg-amber-100 px-2.5 py-0.5 font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50"
          >
            {/* The locale strings bidi-isolate {{file}}: a Latin name keeps its order in an Arabic sentence. */}
            {t('features.corpus.file', { file: fileName })}
          </span>
          <button
            type="button"
            onClick={onReset}
            className="inline-flex min-h-11 min-w-11 items-center rounded-md border border-zinc-300 px-3 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
          >
            {t('features.corpus.reset')}
          </button>
        </>
      )}
    </div>
  );
}
