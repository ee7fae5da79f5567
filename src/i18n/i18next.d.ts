import 'i18next';
import type propose from './locales/en.propose.json';
import type { resources } from './resources.ts';

// English is the reference locale: its keys are the type that every t('…') call is checked
// against, so a typo is a compile error. locales.test.ts holds the other locales to the same keys.
// The propose page's strings (propose-resources.ts) sit under `propose`, added by that page only.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof resources)['en']['translation'] & { propose: typeof propose } };
  }
}
