import { useTranslation } from 'react-i18next';
import type { CorpusLoadError } from '../model/decode-corpus.ts';
import { ALERT_ACTION_CLASS } from './alert-style.ts';
import { CorpusIssueList, TechnicalDetails } from './CorpusIssueList.tsx';

interface CorpusErrorViewProps {
  /** Why the corpus could not be used. */
  error: CorpusLoadError;
  /** Loads the corpus again. */
  onRetry: () => void;
  /** The file of a split corpus that failed, when the rest of it is open. */
  part?: string | undefined;
}

/** A readable account of a corpus that failed to load, with a way to try again. */
export function CorpusErrorView({ error, onRetry, part }: CorpusErrorViewProps) {
  const { t } = useTranslation();
  return (
    <section
      role="alert"
      className="space-y-3 rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 sm:p-5 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="text-lg font-semibold">{t(`corpusError.${error.kind}.title`)}</h2>
      {part && <p>{t('corpusError.part', { file: part })}</p>}
      <p>{t(`corpusError.${error.kind}.explanation`)}</p>
      <ErrorDetails error={error} />
      <button type="button" onClick={onRetry} className={ALERT_ACTION_CLASS}>
        {t('corpusError.retry')}
      </button>
    </section>
  );
}

function ErrorDetails({ error }: { error: CorpusLoadError }) {
  const { t } = useTranslation();
  if (error.kind === 'network' && error.status !== undefined) {
    return <p>{t('corpusError.httpStatus', { status: error.status })}</p>;
  }
  if (error.kind === 'schema') return <CorpusIssueList issues={error.issues} issueCount={error.issueCount} />;
  return 'message' in error ? <TechnicalDetails message={error.message} /> : null;
}
