import { ar } from 'date-fns/locale/ar';
import { ru } from 'date-fns/locale/ru';
import { registerDateLocale } from '../src/i18n/format-date.ts';

// The app fetches Arabic and Russian month names with the language (load-language.ts); tests
// write dates in every language from the start, as they pass every language's strings.
registerDateLocale('ar', ar);
registerDateLocale('ru', ru);
