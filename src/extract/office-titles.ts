import type { Language, Localized } from '../model/corpus-schema.ts';
import type { CountryLexicon } from './countries.ts';
import { countryWordsOf } from './countries.ts';
import type { Office } from './offices.ts';

// A role title by office, in the gazetteer's own wording: "الرئيس الروسي", "President of Russia",
// "Президент России". {adj}: the Arabic adjective with its article; {name}: the country's name;
// {gen}: its Russian genitive.
const TITLES: Partial<Record<Office, Localized>> = {
  president: { ar: 'الرئيس {adj}', en: 'President of {name}', ru: 'Президент {gen}' },
  'prime-minister': { ar: 'رئيس الوزراء {adj}', en: 'Prime Minister of {name}', ru: 'Премьер-министр {gen}' },
  'foreign-minister': {
    ar: 'وزير الخارجية {adj}',
    en: 'Minister of Foreign Affairs of {name}',
    ru: 'Министр иностранных дел {gen}',
  },
  'deputy-foreign-minister': {
    ar: 'نائب وزير الخارجية {adj}',
    en: 'Deputy Minister of Foreign Affairs of {name}',
    ru: 'Заместитель министра иностранных дел {gen}',
  },
  'defence-minister': { ar: 'وزير الدفاع {adj}', en: 'Minister of Defence of {name}', ru: 'Министр обороны {gen}' },
  king: { ar: 'ملك {arname}', en: 'King of {name}', ru: 'Король {gen}' },
  emir: { ar: 'أمير {arname}', en: 'Emir of {name}', ru: 'Эмир {gen}' },
  'crown-prince': { ar: 'ولي العهد {adj}', en: 'Crown Prince of {name}', ru: 'Наследный принц {gen}' },
  'presidency-spokesperson': {
    ar: 'المتحدث باسم الرئاسة {adjf}',
    en: 'Spokesperson of the President of {name}',
    ru: 'Пресс-секретарь президента {gen}',
  },
  'foreign-ministry-spokesperson': {
    ar: 'المتحدث باسم وزارة الخارجية {adjf}',
    en: 'Spokesperson of the Ministry of Foreign Affairs of {name}',
    ru: 'Официальный представитель МИД {gen}',
  },
  ambassador: { ar: 'سفير {arname}', en: 'Ambassador of {name}', ru: 'Посол {gen}' },
  envoy: { ar: 'مبعوث {arname}', en: 'Envoy of {name}', ru: 'Специальный представитель {gen}' },
};

/** The gazetteer role title of an office for a country, in three languages, or null if unknown. */
export function officeTitle(
  office: Office | undefined,
  country: string | null,
  countries: CountryLexicon,
): Localized | null {
  if (!office || !country) return null;
  const template = TITLES[office];
  const words = countryWordsOf(country);
  if (!template || !words) return null;
  const name = (lang: Language) => countries.nameOf(country, lang);
  const adjective = words.adjectives.ar[0];
  const fill = (text: string) =>
    text
      .replace('{adj}', adjective ? `ال${adjective}` : name('ar'))
      .replace('{adjf}', adjective ? `ال${adjective}ة` : name('ar'))
      .replace('{arname}', name('ar'))
      .replace('{name}', name('en'))
      .replace('{gen}', words.genitiveRu);
  // A title whose country the table cannot word in Arabic says so in its own way: "وزير خارجية مالي".
  if (!adjective && template.ar.includes('{adj}'))
    return {
      ar: fill(template.ar.replace(/ال(\S+) \{adj\}/, '$1 {arname}').replace('{adj}', '{arname}')),
      en: fill(template.en),
      ru: fill(template.ru),
    };
  return { ar: fill(template.ar), en: fill(template.en), ru: fill(template.ru) };
}
