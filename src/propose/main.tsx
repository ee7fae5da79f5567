import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/create-i18n.ts';
import { applyDocumentLanguage } from '../i18n/languages.ts';
import { addLaterWords } from '../i18n/later-words.ts';
import { loadLanguage } from '../i18n/load-language.ts';
import { pickLanguage } from '../i18n/pick-language.ts';
import { addProposeStrings } from '../i18n/propose-resources.ts';
import { ProposePage } from './ProposePage.tsx';
import '../styles.css';

/**
 * propose.html: the extraction assistant in the browser. A page of its own: the app's page loads
 * none of its code, and it loads the app's explorer only to preview drafts on the timeline.
 */
const root = document.getElementById('root');
if (!root) throw new Error('propose.html has no #root element');

const lang = pickLanguage(window.location.search, navigator.languages);
applyDocumentLanguage(lang);
const i18n = createI18n(lang);
addProposeStrings(i18n);
// Its proposals show roles, dates' rules and provenance: English words the app's page brings later.
addLaterWords(i18n);

void loadLanguage(i18n, lang)
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ProposePage />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
