import type { Language } from '../model/corpus-vocabulary.ts';
import ar from './locales/ar.propose.json';
import en from './locales/en.propose.json';
import ru from './locales/ru.propose.json';

/**
 * The strings of the "Propose events" page (propose.html), under the key `propose`: the app's
 * page never loads them; the propose page adds all three languages' with its own script.
 */
export const proposeResources: Record<Language, typeof en> = { ar, en, ru };

/** Adds the propose page's strings to an i18next instance, in every language. */
export function addProposeStrings(instance: {
  addResourceBundle: (lng: string, ns: string, resources: object, deep: boolean, overwrite: boolean) => unknown;
}): void {
  for (const [lang, strings] of Object.entries(proposeResources))
    instance.addResourceBundle(lang, 'translation', { propose: strings }, true, true);
}
