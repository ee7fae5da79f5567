import { useTranslation } from 'react-i18next';

/** What shows while the corpus is on its way. */
export function CorpusLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="py-8 text-center text-zinc-600 dark:text-zinc-400">
      {t('corpus.loading')}
    </p>
  );
}
