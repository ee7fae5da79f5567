import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import type { CorpusFileError } from '../../hooks/use-corpus-file.ts';
import { CorpusIssueList, TechnicalDetails } from '../CorpusIssueList.tsx';

interface OpenCorpusErrorsProps {
  fileName: string;
  error: CorpusFileError;
  /** A size in the UI language: "250 MB". */
  formatSize: (bytes: number) => string;
  onDismiss: () => void;
}

/** Why a file could not be opened: what is wrong, and for a schema error where in the file. */
export function OpenCorpusErrors({ fileName, error, formatSize, onDismiss }: OpenCorpusErrorsProps) {
  const { t, i18n } = useTranslation();
  addLaterWords(i18n);
  return (
    <section
      role="alert"
      className="space-y-2 rounded-xl border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-semibold">{t('features.open.failed', { file: fileName })}</p>
      {error.kind === 'too-large' ? (
        <p>{t('features.open.tooLarge', { size: formatSize(error.size), limit: formatSize(error.limit) })}</p>
      ) : (
        <p>{t(`features.open.${error.kind}`)}</p>
      )}
      {(error.kind === 'json' || error.kind === 'unreadable') && <TechnicalDetails message={error.message} />}
      {error.kind === 'schema' && <CorpusIssueList issues={error.issues} issueCount={error.issueCount} />}
      <button
        type="button"
        onClick={onDismiss}
        className="rounded-md border border-red-800 px-3 py-1 hover:bg-red-100 dark:border-red-200 dark:hover:bg-red-900"
      >
        {t('features.open.dismiss')}
      </button>
    </section>
  );
}
