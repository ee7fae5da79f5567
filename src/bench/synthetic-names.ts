import type { Localized } from '../model/corpus-schema.ts';

/**
 * The words the synthetic corpus is written with: invented people, countries, outlets and
 * topics in Arabic, English and Russian, so that the benchmark's texts are as long and as mixed
 * in script as a real corpus's, without naming anyone real.
 */
type Words = readonly (readonly [en: string, ar: string, ru: string])[];

const localize = ([en, ar, ru]: readonly [string, string, string]): Localized => ({ ar, en, ru });

const FIRST_NAMES: Words = [
  ['Amir', 'أمير', 'Амир'],
  ['Olga', 'أولغا', 'Ольга'],
  ['Karim', 'كريم', 'Карим'],
  ['Elena', 'إيلينا', 'Елена'],
  ['Youssef', 'يوسف', 'Юсуф'],
  ['Anna', 'آنا', 'Анна'],
  ['Omar', 'عمر', 'Омар'],
  ['Maria', 'ماريا', 'Мария'],
  ['Tariq', 'طارق', 'Тарик'],
  ['Irina', 'إيرينا', 'Ирина'],
  ['Hassan', 'حسن', 'Хасан'],
  ['Sofia', 'صوفيا', 'София'],
  ['Sami', 'سامي', 'Сами'],
  ['Nadia', 'نادية', 'Надия'],
  ['Faisal', 'فيصل', 'Фейсал'],
  ['Laila', 'ليلى', 'Лейла'],
  ['Daniel', 'دانيال', 'Даниэль'],
  ['Marta', 'مارتا', 'Марта'],
  ['Khalid', 'خالد', 'Халид'],
  ['Vera', 'فيرا', 'Вера'],
];

const SURNAMES: Words = [
  ['Haddad', 'حداد', 'Хаддад'],
  ['Novak', 'نوفاك', 'Новак'],
  ['Mansour', 'منصور', 'Мансур'],
  ['Lindqvist', 'ليندكفيست', 'Линдквист'],
  ['Khoury', 'خوري', 'Хури'],
  ['Moreau', 'مورو', 'Моро'],
  ['Nasser', 'ناصر', 'Насер'],
  ['Okafor', 'أوكافور', 'Окафор'],
  ['Saleh', 'صالح', 'Салех'],
  ['Tanaka', 'تاناكا', 'Танака'],
];

const COUNTRY_ROOTS: Words = [
  ['Aldoria', 'ألدوريا', 'Алдория'],
  ['Belmora', 'بلمورا', 'Белмора'],
  ['Castavia', 'كاستافيا', 'Каставия'],
  ['Dravonia', 'درافونيا', 'Дравония'],
  ['Elaria', 'إلاريا', 'Элария'],
  ['Feronia', 'فيرونيا', 'Ферония'],
  ['Galdora', 'غالدورا', 'Галдора'],
  ['Hestria', 'هستريا', 'Гестрия'],
  ['Ilvania', 'إلفانيا', 'Ильвания'],
  ['Jorvia', 'يورفيا', 'Йорвия'],
  ['Kalmaria', 'كالماريا', 'Калмария'],
  ['Lunaria', 'لوناريا', 'Лунария'],
  ['Marovia', 'ماروفيا', 'Маровия'],
  ['Nerania', 'نيرانيا', 'Нерания'],
  ['Orlavia', 'أورلافيا', 'Орлавия'],
  ['Pelagia', 'بيلاجيا', 'Пелагия'],
  ['Quessia', 'كيسيا', 'Кессия'],
  ['Rovania', 'روفانيا', 'Рования'],
  ['Sarnia', 'سارنيا', 'Сарния'],
  ['Tavera', 'تافيرا', 'Тавера'],
];

// Every root is feminine in Arabic and Russian, so one adjective form fits them all.
const COUNTRY_FORMS: Words = [
  ['{}', '{}', '{}'],
  ['North {}', '{} الشمالية', 'Северная {}'],
  ['South {}', '{} الجنوبية', 'Южная {}'],
];

/** Topics of talks, in the form each language's templates need. */
export const TOPICS: Words = [
  ['trade', 'التجارة', 'торговля'],
  ['energy supplies', 'إمدادات الطاقة', 'поставки энергоносителей'],
  ['border security', 'أمن الحدود', 'безопасность границы'],
  ['the return of refugees', 'عودة اللاجئين', 'возвращение беженцев'],
  ['grain exports', 'صادرات الحبوب', 'экспорт зерна'],
  ['a ceasefire', 'وقف إطلاق النار', 'прекращение огня'],
  ['sanctions', 'العقوبات', 'санкции'],
  ['water rights', 'حقوق المياه', 'права на воду'],
  ['investment', 'الاستثمار', 'инвестиции'],
  ['a prisoner exchange', 'تبادل الأسرى', 'обмен пленными'],
];

/** News outlets that the synthetic sources are attributed to. */
export const OUTLETS: Words = [
  ['Aldoria Press Agency', 'وكالة ألدوريا للأنباء', 'Агентство печати Алдории'],
  ['The Belmora Herald', 'بلمورا هيرالد', 'Белмора Геральд'],
  ['Castavia Today', 'كاستافيا اليوم', 'Каставия сегодня'],
  ['Al-Marsad', 'المرصد', 'Аль-Марсад'],
  ['Northern Wire', 'الوكالة الشمالية', 'Северное агентство'],
  ['Radio Elaria', 'راديو إلاريا', 'Радио Элария'],
];

/** Person k's name: 20 first names × 10 surnames give 200 different people. */
export function personName(k: number): Localized {
  const first = FIRST_NAMES[k % FIRST_NAMES.length]!;
  const last = SURNAMES[Math.floor(k / FIRST_NAMES.length) % SURNAMES.length]!;
  return localize([`${first[0]} ${last[0]}`, `${first[1]} ${last[1]}`, `${first[2]} ${last[2]}`]);
}

/** Country k's name: 20 invented roots, each alone, northern and southern. */
export function countryName(k: number): Localized {
  const root = COUNTRY_ROOTS[k % COUNTRY_ROOTS.length]!;
  const form = COUNTRY_FORMS[Math.floor(k / COUNTRY_ROOTS.length) % COUNTRY_FORMS.length]!;
  return localize([form[0].replace('{}', root[0]), form[1].replace('{}', root[1]), form[2].replace('{}', root[2])]);
}

/** A topic in the three languages. */
export function topic(k: number): Localized {
  return localize(TOPICS[k % TOPICS.length]!);
}

/** An outlet's name in the three languages. */
export function outletName(k: number): Localized {
  return localize(OUTLETS[k % OUTLETS.length]!);
}
