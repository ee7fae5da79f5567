import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n.ts';
import { applyDocumentLanguage } from '../i18n/languages.ts';
import { createBenchController } from './bench-controller.ts';
import { BenchPage } from './BenchPage.tsx';
import { generateSyntheticCorpus } from './synthetic-corpus.ts';
import { loadedFromCorpus } from '../model/loaded-corpus.ts';
import '../styles.css';

/**
 * bench.html?n=N: N synthetic events through the app's own explorer, in English, grouped by
 * country, with `window.__bench` for an outside harness (scripts/bench.ts). Not linked from the
 * app, and the app's page loads none of this.
 */
const root = document.getElementById('root');
if (!root) throw new Error('bench.html has no #root element');

const n = Math.max(0, Math.floor(Number(new URLSearchParams(window.location.search).get('n') ?? 1000)) || 0);
applyDocumentLanguage('en');
const i18n = createI18n('en');
const corpus = generateSyntheticCorpus(n);
const controller = createBenchController(n, root);
window.__bench = controller.api;

// What follows turns the generated events into what the timeline draws: the library's share.
performance.mark('bench:lib-start');
const loaded = loadedFromCorpus(corpus);
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <BenchPage corpus={loaded} onAttach={controller.attach} onCommit={controller.committed} />
    </I18nextProvider>
  </StrictMode>,
);
