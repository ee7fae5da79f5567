import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../i18n/later-words.ts';
import type { IgnoredParam } from '../model/view-state.ts';

interface LinkNoticeProps {
  /** The parts of the link that were not used (from parseViewState and reconcileViewState). */
  ignored: readonly IgnoredParam[];
  /** Called when the reader closes the notice, after it hides itself. */
  onDismiss?: () => void;
}

/** Longer values are cut for display: a link can carry a whole page of text. */
const MAX_SHOWN_CHARS = 60;
/** Lines shown before "…and N more". */
const MAX_SHOWN_ITEMS = 10;

// Control characters (C0, DEL, C1) and bidi marks, embeddings, overrides and isolates in a link
// could garble or disguise the line they sit in.
const UNSAFE = /[\p{Cc}\p{Bidi_Control}]/gu;

/** `param=value` as the reader typed or pasted it, made safe and short enough to show. */
function describeIgnoredParam({ param, value }: IgnoredParam): string {
  const text = (value === '' ? param : `${param}=${value}`).replace(UNSAFE, '\uFFFD');
  const chars = Array.from(text);
  return chars.length > MAX_SHOWN_CHARS ? `${chars.slice(0, MAX_SHOWN_CHARS - 1).join('')}…` : text;
}

/**
 * Says which parts of the opened link were ignored and why, one line each, until dismissed.
 * A status rather than an alert: the page works; the reader only sees less than the link asked for.
 */
export function LinkNotice({ ignored, onDismiss }: LinkNoticeProps) {
  const { t, i18n } = useTranslation();
  addLaterWords(i18n);
  const shown = ignored.slice(0, MAX_SHOWN_ITEMS);
  const lines = shown.map((item) =>
    t('link.notice.ignored', {
      // Isolated, so that an English `param=value` keeps its order inside an Arabic sentence.
      item: `\u2068${describeIgnoredParam(item)}\u2069`,
      reason: t(`link.notice.reason.${item.reason}`),
    }),
  );
  // What was dismissed, by content: a new, different report shows again; the same one re-sent does not.
  const key = `${ignored.length}\n${lines.join('\n')}`;
  const [dismissed, setDismissed] = useState<string | null>(null);
  const visible = ignored.length > 0 && dismissed !== key;

  return (
    // The live region stays mounted so that a report arriving later is announced.
    <div role="status">
      {visible && (
        <div className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <div className="min-w-0 flex-1 space-y-1">
            <p className="font-medium">{t('link.notice.intro')}</p>
            <ul className="space-y-0.5 break-words">
              {lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
            {ignored.length > shown.length && <p>{t('link.notice.more', { count: ignored.length - shown.length })}</p>}
          </div>
          <button
            type="button"
            aria-label={t('link.notice.dismiss')}
            onClick={() => {
              setDismissed(key);
              onDismiss?.();
            }}
            className="rounded-md px-2 leading-6 hover:bg-amber-100 touch:min-h-11 touch:min-w-11 dark:hover:bg-amber-900"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
