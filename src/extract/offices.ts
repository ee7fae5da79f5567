import type { Language } from '../model/corpus-schema.ts';
import type { Token } from '../model/text-normalize.ts';
import { PhraseIndex } from './phrase-index.ts';

/**
 * The offices people are named by. `minister` is any minister (الوزير السوري): it points back
 * to someone already named. `counterpart` (نظيره, his counterpart, коллега) takes the office of
 * the other party. `honorific` (الشيخ, الأمير before a name, Prince) names no office.
 */
export const OFFICES = [
  'president',
  'prime-minister',
  'foreign-minister',
  'deputy-foreign-minister',
  'defence-minister',
  'king',
  'emir',
  'crown-prince',
  'presidency-spokesperson',
  'foreign-ministry-spokesperson',
  'ambassador',
  'envoy',
  'minister',
  'counterpart',
  'honorific',
] as const;
export type Office = (typeof OFFICES)[number];

/** Offices that are a minister's, for "the minister" pointing back to one of them. */
export const MINISTERIAL: ReadonlySet<Office> = new Set([
  'prime-minister',
  'foreign-minister',
  'deputy-foreign-minister',
  'defence-minister',
  'minister',
]);

// Each office's words in the three languages. Russian phrases are matched by stems, so one form
// serves every case (министра, министром).
const WORDS: Record<Office, Record<Language, string[]>> = {
  president: {
    ar: ['الرئيس', 'رئيس', 'الرئيسة', 'رئيسة', 'رئيس الجمهورية', 'رئيسة الجمهورية', 'رئيس دولة'],
    en: ['president', 'head of state'],
    ru: ['президент', 'глава государства'],
  },
  'prime-minister': {
    ar: ['رئيس الوزراء', 'رئيسة الوزراء', 'رئيس الحكومة', 'رئيسة الحكومة', 'رئيس مجلس الوزراء'],
    en: ['prime minister', 'premier', 'head of government'],
    ru: ['премьер-министр', 'премьер', 'глава правительства', 'председатель правительства'],
  },
  'foreign-minister': {
    ar: [
      'وزير الخارجية',
      'وزيرة الخارجية',
      'وزير خارجية',
      'وزيرة خارجية',
      'وزير الشؤون الخارجية',
      'رئيس الدبلوماسية',
      'وزير الخارجية والمغتربين',
    ],
    en: [
      'foreign minister',
      'minister of foreign affairs',
      'minister for foreign affairs',
      'foreign affairs minister',
      'secretary of state',
      'foreign secretary',
      'top diplomat',
    ],
    ru: [
      'министр иностранных дел',
      'глава МИД',
      'глава министерства иностранных дел',
      'глава внешнеполитического ведомства',
      'госсекретарь',
      'государственный секретарь',
    ],
  },
  'deputy-foreign-minister': {
    ar: ['نائب وزير الخارجية', 'نائبة وزير الخارجية', 'نائب وزير خارجية'],
    en: ['deputy foreign minister', 'deputy minister of foreign affairs', 'deputy secretary of state'],
    ru: [
      'заместитель министра иностранных дел',
      'замминистра иностранных дел',
      'замглавы МИД',
      'заместитель главы МИД',
    ],
  },
  'defence-minister': {
    ar: ['وزير الدفاع', 'وزيرة الدفاع', 'وزير دفاع'],
    en: [
      'defence minister',
      'defense minister',
      'minister of defence',
      'minister of defense',
      'defence secretary',
      'defense secretary',
      'secretary of defense',
    ],
    ru: ['министр обороны', 'глава Минобороны'],
  },
  king: { ar: ['الملك', 'العاهل', 'ملك'], en: ['king'], ru: ['король'] },
  emir: { ar: ['أمير'], en: ['emir', 'amir'], ru: ['эмир'] },
  'crown-prince': { ar: ['ولي العهد'], en: ['crown prince'], ru: ['наследный принц'] },
  'presidency-spokesperson': {
    ar: [
      'المتحدث باسم الكرملين',
      'المتحدث الرسمي باسم الكرملين',
      'المتحدث باسم الرئاسة',
      'المتحدثة باسم الرئاسة',
      'المتحدث باسم البيت الأبيض',
      'المتحدثة باسم البيت الأبيض',
      'السكرتير الصحفي للرئيس',
    ],
    en: [
      'kremlin spokesman',
      'kremlin spokesperson',
      'press secretary',
      'presidential spokesman',
      'presidential spokesperson',
    ],
    ru: ['пресс-секретарь президента', 'пресс-секретарь Кремля', 'пресс-секретарь'],
  },
  'foreign-ministry-spokesperson': {
    ar: [
      'المتحدث باسم وزارة الخارجية',
      'المتحدثة باسم وزارة الخارجية',
      'المتحدث باسم الخارجية',
      'المتحدثة باسم الخارجية',
      'المتحدث الرسمي باسم وزارة الخارجية',
    ],
    en: [
      'foreign ministry spokesman',
      'foreign ministry spokeswoman',
      'foreign ministry spokesperson',
      'state department spokesman',
      'state department spokesperson',
      'spokeswoman of the ministry of foreign affairs',
      'spokesman of the ministry of foreign affairs',
    ],
    ru: [
      'официальный представитель МИД',
      'официальный представитель министерства иностранных дел',
      'официальный представитель внешнеполитического ведомства',
    ],
  },
  ambassador: { ar: ['السفير', 'سفير', 'السفيرة', 'سفيرة'], en: ['ambassador'], ru: ['посол'] },
  envoy: {
    ar: ['المبعوث', 'مبعوث', 'المبعوث الخاص', 'الممثل الخاص', 'المبعوثة'],
    en: ['envoy', 'special envoy', 'special representative'],
    ru: ['спецпредставитель', 'специальный представитель', 'посланник'],
  },
  minister: { ar: ['الوزير', 'وزير', 'الوزيرة', 'وزيرة'], en: ['minister'], ru: ['министр'] },
  counterpart: {
    ar: ['نظيره', 'نظيرها', 'نظيريه', 'نظيرتها', 'نظيرته', 'نظيرهم', 'نظرائه', 'نظيرهما'],
    en: ['counterpart', 'counterparts'],
    ru: ['коллега'],
  },
  honorific: {
    ar: ['الشيخ', 'الأمير', 'السيد', 'السيدة'],
    en: ['prince', 'sheikh', 'mr', 'mrs', 'ms'],
    ru: ['принц', 'шейх', 'господин', 'госпожа'],
  },
};

// Two readings of one word: "أمير قطر" is an emir, "الأمير فيصل" an honorific.
const NEEDS_COUNTRY: ReadonlySet<Office> = new Set(['emir']);

/** An office named in a sentence: token positions (end exclusive). */
export interface OfficeMention {
  office: Office;
  from: number;
  to: number;
  /** Written with a joined "and" (ونظيره). */
  joinedAnd: boolean;
}

const INDEX = new PhraseIndex<Office>();
for (const office of OFFICES)
  for (const lang of ['ar', 'en', 'ru'] as const)
    for (const phrase of WORDS[office][lang]) INDEX.add(phrase, office, lang === 'ru' ? 'stem' : 'exact');

/** The offices named in `tokens[from..to)`, longest phrase first, none overlapping. */
export function findOffices(
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
  readings?: (word: string) => string[],
): OfficeMention[] {
  return INDEX.findAll(tokens, from, to, readings).map(({ at, match }) => ({
    office: match.value,
    from: at,
    to: at + match.length,
    joinedAnd: match.joinedAnd,
  }));
}

/** True when the office is named only with its country ("أمير قطر"), never alone. */
export function officeNeedsCountry(office: Office): boolean {
  return NEEDS_COUNTRY.has(office);
}

/** The office a gazetteer role title names (its first office, in any of its languages). */
export function officeOfTitle(titles: readonly Token[][]): Office | null {
  for (const tokens of titles) {
    const found = findOffices(tokens).filter((m) => m.office !== 'honorific' && m.office !== 'counterpart');
    if (found[0]) return found[0].office;
  }
  return null;
}
