import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from '../components/CopyLinkButton.tsx';
import { CorpusErrorView } from '../components/CorpusErrorView.tsx';
import { CorpusLoading } from '../components/CorpusLoading.tsx';
import { ResultCount } from '../components/explorer/ResultCount.tsx';
import { Header } from '../components/Header.tsx';
import type { CorpusSource } from '../hooks/load-corpus.ts';
import { useCorpus } from '../hooks/use-corpus.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { Explorer } from './Explorer.tsx';

interface AppProps {
  /** Where the corpus comes from: the bundled asset in the app, a stub in tests. */
  source: CorpusSource;
}

/** The page: a header, then the corpus view (loading, error, or the explorer). */
export function App({ source }: AppProps) {
  const [language, setLanguage] = useLanguage();
  const { state, retry } = useCorpus(source);
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ shown: number; total: number } | null>(null);
  const onCounts = useCallback((shown: number, total: number) => setCounts({ shown, total }), []);

  const title = t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <Header language={language} onLanguageChange={setLanguage}>
        {state.status === 'ready' && counts && <ResultCount shown={counts.shown} total={counts.total} />}
        {state.status === 'ready' && <CopyLinkButton />}
      </Header>
      <main aria-busy={state.status === 'loading'}>
        {state.status !== 'ready' && (
          <div className="mx-auto max-w-3xl px-4 py-6">
            {state.status === 'loading' && <CorpusLoading />}
            {state.status === 'error' && <CorpusErrorView error={state.error} onRetry={retry} />}
          </div>
        )}
        {state.status === 'ready' && <Explorer corpus={state.corpus} lang={language} onCounts={onCounts} />}
      </main>
    </>
  );
}
