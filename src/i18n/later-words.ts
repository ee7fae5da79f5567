import type { i18n } from 'i18next';
import laterWords from './locales/en.later.json';

/**
 * Adds the English words of the parts of the page that come in chunks of their own (the details,
 * with their participants, sources and dates' provenance; the list, the network, the link's
 * notice, the shortcuts, the embed bar, the update notice, the export list, a file that could not
 * be opened) when the first of them loads, rather than with the page's first script. English is
 * the bundled language and every other's fallback; the other languages' files hold these words
 * like any other. Deep, and never over a word there.
 */
export function addLaterWords(instance: i18n): void {
  if (
    !instance.hasResourceBundle('en', 'translation') ||
    instance.exists('update.reload', { lng: 'en', fallbackLng: false })
  )
    return;
  instance.addResourceBundle('en', 'translation', laterWords, true, false);
}
