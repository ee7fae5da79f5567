import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n.ts';
import { applyDocumentLanguage } from '../i18n/languages.ts';
import { fetchCorpusSource } from '../hooks/corpus-source.ts';
import { memoryCorpusSource } from '../hooks/memory-corpus-source.ts';
import { loadCorpus } from '../hooks/load-corpus.ts';
import { HEAD_FILE } from '../model/corpus-parts.ts';
import { createBenchController } from './bench-controller.ts';
import { BenchPage } from './BenchPage.tsx';
import '../styles.css';

/**
 * bench.html?n=N: N synthetic events through the app's own explorer, in English, grouped by
 * country, with `window.__bench` for an outside harness (scripts/bench.ts). The events are loaded
 * as the app loads its corpus: with `&corpus=files`, from the files that `npm run bench` serves
 * for N beside the page (bench-corpus/N/, scripts/bench-corpus.ts); otherwise they are made in
 * the page first. Not linked from the app, and the app's page loads none of this.
 */
const root = document.getElementById('root');
if (!root) throw new Error('bench.html has no #root element');

const params = new URLSearchParams(window.location.search);
const n = Math.max(0, Math.floor(Number(params.get('n') ?? 1000)) || 0);
applyDocumentLanguage('en');
const i18n = createI18n('en');
const controller = createBenchController(n, root);
window.__bench = controller.api;

/** The files of N events, made in the page: a chunk of its own, which a page given files loads none of. */
async function madeInPage() {
  const [{ corpusFiles }, { syntheticFilesInput }] = await Promise.all([
    import('../model/corpus-files.ts'),
    import('./synthetic-corpus.ts'),
  ]);
  return memoryCorpusSource(new Map(corpusFiles(syntheticFilesInput(n))));
}

/** Loads the N events, checked and laid out, then draws them: the library's share. */
async function open(): Promise<void> {
  performance.mark('bench:lib-start');
  const fromFiles = params.get('corpus') === 'files';
  controller.api.source = fromFiles ? 'files' : 'generated';
  const result = await loadCorpus(
    fromFiles ? fetchCorpusSource(`bench-corpus/${n}/${HEAD_FILE}`) : await madeInPage(),
    new AbortController().signal,
    { lang: 'en' },
  );
  if (result.status === 'error') throw new Error(`the benchmark's corpus did not load: ${JSON.stringify(result.error)}`);
  createRoot(root!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BenchPage corpus={result.corpus} onAttach={controller.attach} onSettled={controller.committed} />
      </I18nextProvider>
    </StrictMode>,
  );
}

// bench.html?n=0 draws nothing: the page is there for __bench.loadCorpus alone.
if (n > 0) await open();
