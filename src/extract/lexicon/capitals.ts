import { alternatives, tableRows } from './table-cells.ts';

/**
 * Capitals, which news uses for their governments ("Moscow said", "قالت طهران"), and the seats of
 * power named the same way (the Kremlin, the White House). One line each: `CODE | ar | en | ru`,
 * alternatives separated by commas, the capital's own name first; a seat of power is marked `*`
 * (it speaks for its country but is not a city to meet in). Russian names take any case ending.
 */
const TABLE = `
RU | موسكو, *الكرملين | Moscow, *Kremlin | Москва, *Кремль
US | واشنطن, *البيت الأبيض | Washington, *White House, *State Department | Вашингтон, *Белый дом, *Белого дома, *Белом доме, *Госдепартамент, *Госдеп
CN | بكين | Beijing | Пекин
GB | لندن, *داونينغ ستريت | London, *Downing Street | Лондон
FR | باريس, *الإليزيه | Paris, *Elysee, *Élysée | Париж, *Елисейский дворец
DE | برلين | Berlin | Берлин
IT | روما | Rome | Рим
ES | مدريد | Madrid | Мадрид
UA | كييف, كيف | Kyiv, Kiev | Киев
BY | مينسك | Minsk | Минск
PL | وارسو | Warsaw | Варшава
TR | أنقرة | Ankara | Анкара
IR | طهران | Tehran | Тегеран
SY | دمشق | Damascus | Дамаск
IQ | بغداد | Baghdad | Багдад
LB | بيروت | Beirut | Бейрут
JO | | Amman | Амман
SA | الرياض | Riyadh | Эр-Рияд, Рияд
AE | أبوظبي, أبو ظبي | Abu Dhabi | Абу-Даби
QA | الدوحة | Doha | Доха
KW | | Kuwait City | Эль-Кувейт
BH | المنامة | Manama | Манама
OM | مسقط | Muscat | Маскат
YE | صنعاء | Sanaa, Sana'a | Сана
EG | القاهرة | Cairo | Каир
SD | الخرطوم | Khartoum | Хартум
LY | طرابلس | Tripoli | Триполи
TN | | Tunis | Тунис
DZ | | Algiers | Алжир
MA | الرباط | Rabat | Рабат
IL | تل أبيب | Tel Aviv | Тель-Авив
AF | كابول | Kabul | Кабул
PK | إسلام أباد, إسلام آباد | Islamabad | Исламабад
IN | نيودلهي | New Delhi | Нью-Дели
JP | طوكيو | Tokyo | Токио
KR | سيول | Seoul | Сеул
KP | بيونغ يانغ | Pyongyang | Пхеньян
AZ | باكو | Baku | Баку
AM | يريفان | Yerevan | Ереван
GE | تبليسي | Tbilisi | Тбилиси
KZ | أستانا | Astana | Астана
UZ | طشقند | Tashkent | Ташкент
CA | أوتاوا | Ottawa | Оттава
BR | برازيليا | Brasilia, Brasília | Бразилиа
`;

export interface CapitalWords {
  code: string;
  ar: string[];
  en: string[];
  ru: string[];
  /** Seats of power: names of the country's government, not places. */
  seats: string[];
}

export const CAPITAL_WORDS: readonly CapitalWords[] = tableRows(TABLE).map(([code, ar, en, ru]) => {
  const cities = (cell: string | undefined) => alternatives(cell).filter((name) => !name.startsWith('*'));
  const seats = [ar, en, ru].flatMap((cell) =>
    alternatives(cell)
      .filter((name) => name.startsWith('*'))
      .map((name) => name.slice(1)),
  );
  return { code: code ?? '', ar: cities(ar), en: cities(en), ru: cities(ru), seats };
});
