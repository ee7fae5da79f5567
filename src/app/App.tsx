import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyLinkButton } from '../components/CopyLinkButton.tsx';
import { CorpusErrorView } from '../components/CorpusErrorView.tsx';
import { CorpusLoading } from '../components/CorpusLoading.tsx';
import { CorpusBadge } from '../components/open-corpus/CorpusBadge.tsx';
import { OpenCorpus } from '../components/open-corpus/OpenCorpus.tsx';
import type { Corpus } from '../model/corpus-schema.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import { ResultCount } from '../components/explorer/ResultCount.tsx';
import { Header } from '../components/Header.tsx';
import type { CorpusSource } from '../hooks/corpus-source.ts';
import { useCorpus } from '../hooks/use-corpus.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { registerServiceWorker } from '../hooks/register-service-worker.ts';
import { embedCode } from './embed-code.ts';
import { writeLanguageParam } from '../i18n/pick-language.ts';
import { Explorer } from './Explorer.tsx';
import { KeyboardShortcuts, UpdateNotice } from './lazy-views.tsx';

interface AppProps {
  /** Where the corpus comes from: the bundled asset in the app, a stub in tests. */
  source: CorpusSource;
}

/**
 * The skip link goes past the header and the filters to the events: to the timeline's one tab
 * stop (the mark the arrow keys start from) or the list's first title, else the events' box.
 */
function skipToEvents(event: React.MouseEvent<HTMLAnchorElement>) {
  const events = document.getElementById('events');
  if (!events) return;
  event.preventDefault();
  const first = events.querySelector<HTMLElement | SVGElement>(
    ':is([data-event-id], [data-count])[tabindex="0"], tbody button',
  );
  (first ?? events).focus();
}

/** The page: a header, then the corpus view (loading, error, or the explorer). */
export function App({ source }: AppProps) {
  const [language, setLanguage] = useLanguage();
  const { state, retry } = useCorpus(source, language);
  const { t } = useTranslation();
  const [counts, setCounts] = useState<{ shown: number; total: number; searching: boolean } | null>(null);
  const onCounts = useCallback(
    (shown: number, total: number, searching: boolean) => setCounts({ shown, total, searching }),
    [],
  );
  // A corpus file the reader opened replaces the bundled one for this session only.
  const [opened, setOpened] = useState<{ corpus: LoadedCorpus; fileName: string; serial: number } | null>(null);
  const openCorpus = useCallback((corpus: Corpus, fileName: string) => {
    // Laying out events given whole is a chunk of its own: the bundled corpus comes in parts.
    void import('../model/loaded-corpus.ts').then(({ loadedFromCorpus }) => {
      const loaded = loadedFromCorpus(corpus);
      setOpened((o) => ({ corpus: loaded, fileName, serial: (o?.serial ?? 0) + 1 }));
    });
  }, []);
  const corpus = opened?.corpus ?? (state.status === 'ready' ? state.corpus : null);

  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  // A new release waiting, and the way to reload into it; the production build only (the dev
  // server has no worker).
  const [reload, setReload] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    registerServiceWorker((next) => setReload(() => next));
  }, []);
  useEffect(() => {
    // "?" from anywhere but a place where it is typed.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      setShortcutsOpen(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  // Once the explorer is open, it names the page after what it shows.
  const title = t('app.documentTitle');
  useEffect(() => {
    if (!corpus) document.title = title;
  }, [title, corpus]);

  return (
    <>
      {corpus && (
        <a
          href="#events"
          onClick={skipToEvents}
          className="sr-only focus:not-sr-only focus:fixed focus:start-2 focus:top-2 focus:z-50 focus:inline-flex focus:min-h-11 focus:items-center focus:rounded-md focus:bg-white focus:px-4 focus:font-medium focus:shadow-lg dark:focus:bg-zinc-900"
        >
          {t('skipToEvents')}
        </a>
      )}
      <Header language={language} onLanguageChange={setLanguage}>
        {/* The count's place is kept while there is none yet, so that nothing after it moves when it comes. */}
        <div className="min-h-5 min-w-24">{corpus && counts && <ResultCount {...counts} />}</div>
        {/* Shown while the corpus loads too (it names what is loading, and a file or the link
            need not wait for it), so that the header has its final shape from the first frame. */}
        <CorpusBadge fileName={opened?.fileName} onReset={() => setOpened(null)} />
        <OpenCorpus onOpen={openCorpus} />
        <CopyLinkButton note={opened ? t('features.corpus.linkNote', { file: opened.fileName }) : undefined} />
        <CopyLinkButton
          text={() => embedCode(window.location.href, document.title)}
          labels={{ copy: t('share.copyEmbed'), copied: t('share.embedCopied'), field: t('share.embedField') }}
          // Embedding is done at a desk: a phone's header keeps its room for the events.
          className="max-sm:hidden"
        />
        <button
          type="button"
          aria-haspopup="dialog"
          aria-keyshortcuts="?"
          onClick={() => setShortcutsOpen(true)}
          className="min-h-8 rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 touch:hidden dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          {t('shortcuts.button')}
        </button>
        {/* The extraction assistant is a page of its own (propose.html): a link, no code of it here.
            An editor's tool: on a phone the header's room goes to the events (the page itself
            works there when opened). */}
        <a
          href={`propose.html${writeLanguageParam('', language)}`}
          className="inline-flex min-h-11 items-center text-sm underline max-sm:hidden"
        >
          {t('app.proposeLink')}
        </a>
      </Header>
      {shortcutsOpen && <KeyboardShortcuts onClose={() => setShortcutsOpen(false)} />}
      {reload && <UpdateNotice onReload={reload} />}
      <main aria-busy={state.status === 'loading'}>
        {!corpus && (
          <div className="mx-auto max-w-3xl px-4 py-6">
            {state.status === 'loading' && <CorpusLoading />}
            {state.status === 'error' && <CorpusErrorView error={state.error} onRetry={retry} />}
          </div>
        )}
        {corpus && (
          <Explorer
            key={opened ? `file-${opened.serial}` : 'bundled'}
            corpus={corpus}
            corpusName={opened?.fileName}
            sharePages={!opened}
            lang={language}
            onCounts={onCounts}
          />
        )}
      </main>
    </>
  );
}
