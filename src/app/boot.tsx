import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n.ts';
import { applyDocumentLanguage } from '../i18n/languages.ts';
import { loadLanguage } from '../i18n/load-language.ts';
import { pickLanguage } from '../i18n/pick-language.ts';
import { fetchCorpusSource, type CorpusSource } from '../hooks/corpus-source.ts';
import { HEAD_FILE } from '../model/corpus-parts.ts';
import '../styles.css';

/**
 * Starts a page that shows the bundled corpus (the app, the embedded view): the language first,
 * so that the first paint is in it, then `render(source)` into #root.
 */
export function boot(render: (source: CorpusSource) => ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');

  // Decide the language before the first render so the first paint is in it, mirrored if Arabic.
  const lang = pickLanguage(window.location.search, navigator.languages);
  applyDocumentLanguage(lang);
  // The corpus's files (corpus-parts.ts), each emitted as its own hashed asset (not inlined into
  // the script; the head, the skeleton and the first shard are preloaded by the page), so the
  // downloads start beside the JavaScript's and the JSON is parsed as JSON, not as code.
  const corpusUrls = new Map(
    Object.entries(
      import.meta.glob<string>('../generated/corpus/*', { query: '?url', import: 'default', eager: true }),
    ).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
  );
  const urlOf = (file: string) => {
    const url = corpusUrls.get(file);
    if (!url) throw new Error(`the corpus has no file "${file}"`);
    return url;
  };
  const source = fetchCorpusSource(urlOf(HEAD_FILE), urlOf);
  const i18n = createI18n(lang);

  // English comes with this script; another language's strings are a small chunk, fetched before
  // the first render so that the first paint is already in it. (Not a top-level await: the chunk
  // imports from this one, which must finish evaluating first.) Should it fail, English shows.
  void loadLanguage(i18n, lang)
    .catch(() => undefined)
    .then(() =>
      createRoot(root).render(
        <StrictMode>
          <I18nextProvider i18n={i18n}>{render(source)}</I18nextProvider>
        </StrictMode>,
      ),
    );
}
