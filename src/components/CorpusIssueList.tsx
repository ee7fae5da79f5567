import { useTranslation } from 'react-i18next';
import type { CorpusIssue } from '../model/decode-corpus.ts';

interface CorpusIssueListProps {
  /** The first issues found, each with its path in the corpus. */
  issues: readonly CorpusIssue[];
  /** How many there were in all. */
  issueCount: number;
}

/** Where a corpus breaks its schema: how many issues, and the first ones by path. */
export function CorpusIssueList({ issues, issueCount }: CorpusIssueListProps) {
  const { t } = useTranslation();
  return (
    <div className="space-y-1">
      <p>
        {t('corpusError.issues', { count: issueCount })}
        {issueCount > issues.length && <> {t('corpusError.firstIssues', { count: issues.length })}</>}
      </p>
      {/* Paths and zod's messages are technical English, left to right in every UI language. */}
      <ol lang="en" dir="ltr" className="list-decimal space-y-0.5 ps-6 text-start font-mono text-sm break-words">
        {issues.map((issue, i) => (
          <li key={i}>{issue.path ? `${issue.path}: ${issue.message}` : issue.message}</li>
        ))}
      </ol>
    </div>
  );
}

/** The browser's or the JSON parser's own words, in whatever language they come in. */
export function TechnicalDetails({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <p>
      {t('corpusError.technicalDetails')}{' '}
      <code dir="auto" className="break-words">
        {message}
      </code>
    </p>
  );
}
