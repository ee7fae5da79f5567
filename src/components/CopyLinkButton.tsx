import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface CopyLinkButtonProps {
  /** A short remark shown beside the button. */
  note?: string | undefined;
  /** What to copy, worked out when pressed; the page's own address by default. */
  text?: () => string;
  /** The button's words, what it says once done, and the name of the field to copy by hand. */
  labels?: { copy: string; copied: string; field: string };
  /** Where it shows: on which screens, say. */
  className?: string;
}

/** How long "Link copied" stays: long enough to read, short enough not to go stale. */
const CONFIRMATION_MS = 4000;

type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; href: string };

/**
 * Copies the page's URL, which is the whole view (or other text: an event's share page, an embed
 * code). Where the clipboard API is missing (an insecure origin, an old browser) or refused, it
 * shows the text selected for copying by hand.
 */
export function CopyLinkButton({ note, text, labels, className = '' }: CopyLinkButtonProps) {
  const { t } = useTranslation();
  const words = labels ?? { copy: t('link.copy'), copied: t('link.copied'), field: t('link.field') };
  const [copy, setCopy] = useState<CopyState>({ status: 'idle' });
  const fieldRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  useEffect(() => {
    if (copy.status !== 'copied') return;
    // A new object per copy, so a second click restarts the countdown.
    const timer = window.setTimeout(() => setCopy({ status: 'idle' }), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [copy]);

  useEffect(() => {
    if (copy.status !== 'manual') return;
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, [copy]);

  async function copyLink() {
    const href = text ? text() : window.location.href;
    try {
      // Typed as always present, but it is absent outside secure contexts.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setCopy({ status: 'copied' });
    } catch {
      setCopy({ status: 'manual', href });
    }
  }

  return (
    <div className={`space-y-2 ${className}`}>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => void copyLink()}
          className="min-h-8 rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {words.copy}
        </button>
        <span role="status" className="text-sm text-green-800 dark:text-green-300">
          {copy.status === 'copied' ? words.copied : ''}
        </span>
        {note && <span className="text-sm text-zinc-600 dark:text-zinc-400">{note}</span>}
      </div>
      {copy.status === 'manual' && (
        <div className="space-y-1">
          <input
            ref={fieldRef}
            type="text"
            readOnly
            value={copy.href}
            aria-label={words.field}
            aria-describedby={hintId}
            // A URL or code reads left to right in every UI language.
            dir="ltr"
            onFocus={(event) => event.currentTarget.select()}
            className="w-full rounded-md border border-zinc-300 px-2 py-1 font-mono text-sm touch:min-h-11 dark:border-zinc-700 dark:bg-zinc-900"
          />
          <p id={hintId} className="text-sm text-zinc-600 dark:text-zinc-400">
            {t('link.copyByHand')}
          </p>
        </div>
      )}
    </div>
  );
}
