/**
 * Rough transliteration of personal names between the three scripts, for what an editor must
 * check anyway: the slug of a person the gazetteer lacks, and first guesses at their name in the
 * other two languages. Arabic script leaves out short vowels, so a guess from Arabic is a
 * consonant skeleton with the long vowels (فؤاد حسين → Fuad Husyn); the page marks every guess.
 */
const ARABIC: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  ء: '',
  ئ: '',
  ؤ: 'u',
  گ: 'g',
  پ: 'p',
  چ: 'ch',
  ڤ: 'v',
};
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
// Latin to Cyrillic, longest spelling first.
const LATIN_TO_CYRILLIC: [string, string][] = [
  ['shch', 'щ'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['th', 'т'],
  ['dh', 'д'],
  ['gh', 'г'],
  ['ph', 'ф'],
  ['ee', 'и'],
  ['oo', 'у'],
  ['ou', 'у'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'дж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'кс'],
  ['y', 'й'],
  ['z', 'з'],
];
const LATIN_TO_ARABIC: [string, string][] = [
  ['kh', 'خ'],
  ['sh', 'ش'],
  ['th', 'ث'],
  ['dh', 'ذ'],
  ['gh', 'غ'],
  ['ch', 'تش'],
  ['zh', 'ج'],
  ['ph', 'ف'],
  ['ee', 'ي'],
  ['oo', 'و'],
  ['ou', 'و'],
  ['aa', 'ا'],
  ['a', 'ا'],
  ['b', 'ب'],
  ['c', 'ك'],
  ['d', 'د'],
  ['e', ''],
  ['f', 'ف'],
  ['g', 'غ'],
  ['h', 'ه'],
  ['i', 'ي'],
  ['j', 'ج'],
  ['k', 'ك'],
  ['l', 'ل'],
  ['m', 'م'],
  ['n', 'ن'],
  ['o', 'و'],
  ['p', 'ب'],
  ['q', 'ق'],
  ['r', 'ر'],
  ['s', 'س'],
  ['t', 'ت'],
  ['u', 'و'],
  ['v', 'ف'],
  ['w', 'و'],
  ['x', 'كس'],
  ['y', 'ي'],
  ['z', 'ز'],
];

const capitalise = (word: string) =>
  word.replace(/^((?:al-|el-)?)(\p{L})/u, (_, prefix: string, letter: string) => prefix + letter.toUpperCase());
const ROMAN = /^[IVX]+$/;

/** A name in Latin letters, from any of the three scripts. */
export function toLatin(name: string): string {
  const marks = name.normalize('NFKC').replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  return marks
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      if (/\p{Script=Arabic}/u.test(word)) {
        const article = /^ال/.test(word) && word.length > 3;
        const body = (article ? word.slice(2) : word)
          .split('')
          .map((ch, k, all) => {
            // و and ي between consonants are long vowels.
            if (ch === 'و' && k > 0 && k < all.length - 1) return 'u';
            if (ch === 'ي' && k > 0 && k < all.length - 1) return 'i';
            return ARABIC[ch] ?? ch;
          })
          .join('');
        return capitalise(`${article ? 'al-' : ''}${body}`);
      }
      if (/\p{Script=Cyrillic}/u.test(word))
        return capitalise(
          word
            .toLowerCase()
            .split('')
            .map((ch) => CYRILLIC[ch] ?? ch)
            .join(''),
        );
      return word;
    })
    .join(' ');
}

function replaceBy(word: string, table: readonly [string, string][]): string {
  let out = '';
  let k = 0;
  const lower = word.toLowerCase();
  while (k < lower.length) {
    const found = table.find(([latin]) => lower.startsWith(latin, k));
    if (found) {
      out += found[1];
      k += found[0].length;
    } else {
      out += lower[k];
      k++;
    }
  }
  return out;
}

/** A name in Cyrillic letters, from any of the three scripts. */
export function toCyrillic(name: string): string {
  if (/\p{Script=Cyrillic}/u.test(name)) return name;
  return toLatin(name)
    .split(/\s+/)
    .map((word) => {
      if (ROMAN.test(word)) return word;
      const article = /^(?:al|el)-/i.test(word);
      const body = replaceBy((article ? word.slice(3) : word).replace(/y$/i, 'i'), LATIN_TO_CYRILLIC);
      return `${article ? 'аль-' : ''}${body.charAt(0).toUpperCase()}${body.slice(1)}`;
    })
    .join(' ');
}

/** A name in Arabic letters, from any of the three scripts. */
export function toArabic(name: string): string {
  if (/\p{Script=Arabic}/u.test(name)) return name;
  return toLatin(name)
    .split(/\s+/)
    .map((word) => {
      if (ROMAN.test(word)) return word;
      const article = /^(?:al|el)-/i.test(word);
      const body = article ? word.slice(3) : word;
      // An initial vowel is written on an alef.
      const arabic = replaceBy(
        body.replace(/^[aeiou]/i, (v) => `a${v === 'a' || v === 'A' ? '' : v}`),
        LATIN_TO_ARABIC,
      );
      return `${article ? 'ال' : ''}${arabic}`;
    })
    .join(' ');
}

/** A lowercase slug of a name (for ids): Latin letters, digits and hyphens. */
export function slugOf(name: string): string {
  return toLatin(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
