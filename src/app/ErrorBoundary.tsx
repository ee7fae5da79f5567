import { Component, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ALERT_ACTION_CLASS } from '../components/alert-style.ts';

/** The parts of the page that fail on their own. */
export type ErrorArea = 'timeline' | 'list' | 'network' | 'filters' | 'details';

interface ErrorBoundaryProps {
  /** The part of the page this boundary guards: its message names it. */
  area: ErrorArea;
  /** Puts the view back to a state the part can show (e.g. the default window); then the part is drawn again. */
  onReset: () => void;
  children: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * Keeps a failure in one part of the page (the timeline, the filters, the details) from
 * blanking the rest: the part is replaced by a readable message with a way to reset the view,
 * and everything around it keeps working.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorFallback area={this.props.area} message={error.message} onReset={this.reset} />;
  }
}

interface ErrorFallbackProps {
  area: ErrorArea;
  message: string;
  onReset: () => void;
}

function ErrorFallback({ area, message, onReset }: ErrorFallbackProps) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section
      role="alert"
      aria-labelledby={titleId}
      className="space-y-3 rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {t(`errorBoundary.title.${area}`)}
      </h2>
      <p>{t('errorBoundary.explanation')}</p>
      {message && (
        <p className="text-sm">
          {t('corpusError.technicalDetails')}{' '}
          <code dir="auto" className="break-words">
            {message}
          </code>
        </p>
      )}
      <button type="button" onClick={onReset} className={ALERT_ACTION_CLASS}>
        {t('errorBoundary.reset')}
      </button>
    </section>
  );
}
