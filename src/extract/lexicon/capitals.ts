/**
 * Capitals, which news uses for their governments ("Moscow said", "قالت طهران"), and the seats of
 * power named the same way (the Kremlin, the White House). One line each: `CODE | ar | en | ru`,
 * alternatives separated by commas; Russian forms are stems that take a case ending. Places an
 * event happens at come from the gazetteer; this table only tells which country a name stands for.
 */
const TABLE = `
RU | موسكو, الكرملين | Moscow, Kremlin | Москв, Кремл
US | واشنطن, البيت الأبيض | Washington, White House, State Department | Вашингтон, Белый дом, Белого дома, Белом доме, Госдеп
CN | بكين | Beijing | Пекин
GB | لندن, داونينغ ستريت | London, Downing Street | Лондон
FR | باريس, الإليزيه | Paris, Elysee, Élysée | Париж, Елисейск
DE | برلين | Berlin | Берлин
IT | روما | Rome | Рим
ES | مدريد | Madrid | Мадрид
UA | كييف, كيف | Kyiv, Kiev | Киев
BY | مينسك | Minsk | Минск
PL | وارسو | Warsaw | Варшав
TR | أنقرة | Ankara | Анкар
IR | طهران | Tehran | Тегеран
SY | دمشق | Damascus | Дамаск
IQ | بغداد | Baghdad | Багдад
LB | بيروت | Beirut | Бейрут
JO | | Amman | Амман
SA | الرياض | Riyadh | Эр-Рияд, Рияд
AE | أبوظبي, أبو ظبي | Abu Dhabi | Абу-Даби
QA | الدوحة | Doha | Дох
KW | | Kuwait City | Эль-Кувейт
BH | المنامة | Manama | Манам
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
KZ | أستانا | Astana | Астан
UZ | طشقند | Tashkent | Ташкент
CA | أوتاوا | Ottawa | Оттав
BR | برازيليا | Brasilia, Brasília | Бразилиа
`;

export interface CapitalWords {
  code: string;
  ar: string[];
  en: string[];
  ru: string[];
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export const CAPITAL_WORDS: readonly CapitalWords[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [code, ar, en, ru] = line.split('|').map((cell) => cell.trim());
    return { code: code ?? '', ar: list(ar), en: list(en), ru: list(ru) };
  });
