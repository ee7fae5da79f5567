import { useTranslation } from 'react-i18next';
import type { CorpusLoadError } from '../model/decode-corpus.ts';

interface CorpusErrorViewProps {
  /** Why the corpus could not be used. */
  error: CorpusLoadError;
  /** Loads the corpus again. */
  onRetry: () => void;
}

/** A readable account of a corpus that failed to load, with a way to try again. */
export function CorpusErrorView({ error, onRetry }: CorpusErrorViewProps) {
  const { t } = useTranslation();
  return (
    <section
      role="alert"
      className="space-y-3 rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 sm:p-5 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="text-lg font-semibold">{t(`corpusError.${error.kind}.title`)}</h2>
      <p>{t(`corpusError.${error.kind}.explanation`)}</p>
      <ErrorDetails error={error} />
      <button
        type="button"
        onClick={onRetry}
        className="min-h-11 rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100"
      >
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
  if (error.kind !== 'schema') {
    // The browser's or the JSON parser's own words, in whatever language they come in.
    return (
      <p>
        {t('corpusError.technicalDetails')}{' '}
        <code dir="auto" className="break-words">
          {error.message}
        </code>
      </p>
    );
  }
  const shown = error.issues.length;
  return (
    <div className="space-y-1">
      <p>
        {t('corpusError.issues', { count: error.issueCount })}
        {error.issueCount > shown && <> {t('corpusError.firstIssues', { count: shown })}</>}
      </p>
      {/* Paths and zod's messages are technical English, left to right in every UI language. */}
      <ol lang="en" dir="ltr" className="list-decimal space-y-0.5 ps-6 text-start font-mono text-sm break-words">
        {error.issues.map((issue, i) => (
          <li key={i}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</li>
        ))}
      </ol>
    </div>
  );
}
