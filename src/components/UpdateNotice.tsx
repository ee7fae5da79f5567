import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../i18n/later-words.ts';

interface UpdateNoticeProps {
  /** Moves to the new release and reloads the page. */
  onReload: () => void;
}

/**
 * Says that a new release is installed and waiting, with a button that reloads into it. A chunk
 * of its own, fetched only when there is one.
 */
export function UpdateNotice({ onReload }: UpdateNoticeProps) {
  const { t, i18n } = useTranslation();
  addLaterWords(i18n);
  return (
    <p
      role="status"
      className="flex flex-wrap items-center justify-center gap-3 bg-sky-50 px-4 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-50"
    >
      {t('update.ready')}
      <button
        type="button"
        onClick={onReload}
        className="min-h-8 rounded-md border border-sky-800 px-3 font-medium hover:bg-sky-100 touch:min-h-11 dark:border-sky-200 dark:hover:bg-sky-900"
      >
        {t('update.reload')}
      </button>
    </p>
  );
}
