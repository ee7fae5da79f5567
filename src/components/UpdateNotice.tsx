import { useEffect, useState } from 'react';
import { addLaterWords } from '../i18n/later-words.ts';
import { useTranslation } from 'react-i18next';

/**
 * Registers the service worker (hooks/register-service-worker.ts) and, once a new release is installed and
 * waiting, says so with a button that reloads into it. A chunk of its own, loaded after the page.
 */
export function UpdateNotice() {
  addLaterWords(useTranslation().i18n);
  const { t } = useTranslation();
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => {
    void import('../hooks/register-service-worker.ts').then(({ registerServiceWorker }) =>
      registerServiceWorker((next) => setReload(() => next)),
    );
  }, []);
  if (!reload) return null;
  return (
    <p
      role="status"
      className="flex flex-wrap items-center justify-center gap-3 bg-sky-50 px-4 py-2 text-sm text-sky-950 dark:bg-sky-950 dark:text-sky-50"
    >
      {t('update.ready')}
      <button
        type="button"
        onClick={reload}
        className="min-h-8 rounded-md border border-sky-800 px-3 font-medium hover:bg-sky-100 touch:min-h-11 dark:border-sky-200 dark:hover:bg-sky-900"
      >
        {t('update.reload')}
      </button>
    </p>
  );
}
