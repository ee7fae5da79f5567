import { Explorer } from '../app/Explorer.tsx';
import { CorpusErrorView } from '../components/CorpusErrorView.tsx';
import { CorpusLoading } from '../components/CorpusLoading.tsx';
import type { CorpusSource } from '../hooks/corpus-source.ts';
import { useCorpus } from '../hooks/use-corpus.ts';
import { useLanguage } from '../hooks/use-language.ts';

interface EmbedAppProps {
  /** Where the corpus comes from: the bundled asset. */
  source: CorpusSource;
}

/**
 * The page another site frames (embed.html): the view a link describes, alone, with no header
 * and no filter panel; the whole view is a link away, in Tarikh.
 */
export function EmbedApp({ source }: EmbedAppProps) {
  const [language] = useLanguage();
  const { state, retry } = useCorpus(source, language);
  return (
    <main aria-busy={state.status === 'loading'}>
      {state.status === 'ready' ? (
        <Explorer corpus={state.corpus} lang={language} sharePages embedded />
      ) : (
        <div className="p-3">
          {state.status === 'loading' && <CorpusLoading />}
          {state.status === 'error' && <CorpusErrorView error={state.error} onRetry={retry} />}
        </div>
      )}
    </main>
  );
}
