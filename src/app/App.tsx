import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CorpusErrorView } from '../components/CorpusErrorView.tsx';
import { CorpusLoading } from '../components/CorpusLoading.tsx';
import { EventList } from '../components/EventList.tsx';
import { Header } from '../components/Header.tsx';
import type { CorpusSource } from '../hooks/load-corpus.ts';
import { useCorpus } from '../hooks/use-corpus.ts';
import { useLanguage } from '../hooks/use-language.ts';

interface AppProps {
  /** Where the corpus comes from: the bundled asset in the app, a stub in tests. */
  source: CorpusSource;
}

/** The page: a header, then the corpus view (loading, error, or the events). */
export function App({ source }: AppProps) {
  const [language, setLanguage] = useLanguage();
  const { state, retry } = useCorpus(source);
  const { t } = useTranslation();

  const title = t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <>
      <Header
        language={language}
        onLanguageChange={setLanguage}
        eventCount={state.status === 'ready' ? state.corpus.events.length : undefined}
      />
      <main aria-busy={state.status === 'loading'} className="mx-auto max-w-3xl px-4 py-6">
        {state.status === 'loading' && <CorpusLoading />}
        {state.status === 'error' && <CorpusErrorView error={state.error} onRetry={retry} />}
        {state.status === 'ready' && <EventList corpus={state.corpus} />}
      </main>
    </>
  );
}
