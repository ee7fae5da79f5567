import { alternatives, tableRows } from './table-cells.ts';

/**
 * What Intl.DisplayNames does not give: each country's adjective in Arabic, English and Russian
 * (المصري, Egyptian, египетский), its name in the Russian genitive (for titles: "Министр
 * иностранных дел Египта"), and the other names news uses for it (السعودية, UAE, США).
 *
 * One line a country: `CODE | ar adjectives | en adjectives | ru adjective stems | ru genitive |
 * other names`, alternatives separated by commas, a column left empty where no form is in use
 * or where the form is a common word too (Arabic مالي is also "financial"). Arabic adjectives are
 * the masculine nisba without the article (the matcher adds ال, the feminine and the plurals);
 * Russian stems take any case ending.
 */
const TABLE = `
AF | أفغاني | Afghan | афганск | Афганистана |
AL | ألباني | Albanian | албанск | Албании |
DZ | جزائري | Algerian | алжирск | Алжира |
AD | أندوري | Andorran | андоррск | Андорры |
AO | أنغولي | Angolan | ангольск | Анголы |
AG | | Antiguan | | Антигуа и Барбуды |
AR | أرجنتيني | Argentine, Argentinian | аргентинск | Аргентины |
AM | أرميني | Armenian | армянск | Армении |
AU | أسترالي | Australian | австралийск | Австралии |
AT | نمساوي | Austrian | австрийск | Австрии | النمسا
AZ | أذربيجاني | Azerbaijani | азербайджанск | Азербайджана |
BS | | Bahamian | багамск | Багамских Островов |
BH | بحريني | Bahraini | бахрейнск | Бахрейна |
BD | بنغلاديشي | Bangladeshi | бангладешск | Бангладеш |
BB | | Barbadian | барбадосск | Барбадоса |
BY | بيلاروسي | Belarusian | белорусск | Белоруссии | روسيا البيضاء, Belarus, Белоруссия, Беларусь
BE | بلجيكي | Belgian | бельгийск | Бельгии |
BZ | | Belizean | белизск | Белиза |
BJ | بنيني | Beninese | бенинск | Бенина |
BT | بوتاني | Bhutanese | бутанск | Бутана |
BO | بوليفي | Bolivian | боливийск | Боливии |
BA | بوسني | Bosnian | боснийск | Боснии и Герцеговины | البوسنة, Bosnia, Босния
BW | | Botswanan | ботсванск | Ботсваны |
BR | برازيلي | Brazilian | бразильск | Бразилии |
BN | | Bruneian | брунейск | Брунея |
BG | بلغاري | Bulgarian | болгарск | Болгарии |
BF | | Burkinabe | буркинийск | Буркина-Фасо |
BI | بوروندي | Burundian | бурундийск | Бурунди |
CV | | Cape Verdean | | Кабо-Верде |
KH | كمبودي | Cambodian | камбоджийск | Камбоджи |
CM | كاميروني | Cameroonian | камерунск | Камеруна |
CA | كندي | Canadian | канадск | Канады |
CF | | Central African | центральноафриканск | ЦАР | ЦАР
TD | تشادي | Chadian | чадск | Чада |
CL | تشيلي | Chilean | чилийск | Чили |
CN | صيني | Chinese | китайск | Китая | КНР, PRC
CO | كولومبي | Colombian | колумбийск | Колумбии |
KM | قمري | Comorian | коморск | Коморских Островов | جزر القمر
CG | | | | Республики Конго |
CD | | | | Демократической Республики Конго | الكونغو الديمقراطية, DR Congo, DRC, ДРК
CR | كوستاريكي | Costa Rican | костариканск | Коста-Рики |
CI | إيفواري | Ivorian | ивуарийск | Кот-д’Ивуара |
HR | كرواتي | Croatian | хорватск | Хорватии |
CU | كوبي | Cuban | кубинск | Кубы |
CY | قبرصي | Cypriot | кипрск | Кипра |
CZ | تشيكي | Czech | чешск | Чехии | Czech Republic
DK | دنماركي | Danish | датск | Дании | الدنمارك
DJ | جيبوتي | Djiboutian | джибутийск | Джибути |
DM | | | | Доминики |
DO | دومينيكاني | Dominican | доминиканск | Доминиканской Республики |
EC | إكوادوري | Ecuadorian | эквадорск | Эквадора |
EG | مصري | Egyptian | египетск | Египта | АРЕ
SV | سلفادوري | Salvadoran | сальвадорск | Сальвадора |
GQ | | Equatorial Guinean | | Экваториальной Гвинеи |
ER | إريتري | Eritrean | эритрейск | Эритреи |
EE | إستوني | Estonian | эстонск | Эстонии |
SZ | | Swazi | свазилендск | Эсватини |
ET | إثيوبي | Ethiopian | эфиопск | Эфиопии |
FJ | | Fijian | фиджийск | Фиджи |
FI | فنلندي | Finnish | финск, финляндск | Финляндии |
FR | فرنسي | French | французск | Франции |
GA | غابوني | Gabonese | габонск | Габона |
GM | غامبي | Gambian | гамбийск | Гамбии |
GE | جورجي | Georgian | грузинск | Грузии |
DE | ألماني | German | германск, немецк | Германии | ФРГ
GH | غاني | Ghanaian | ганск | Ганы |
GR | يوناني | Greek | греческ | Греции |
GD | | Grenadian | | Гренады |
GT | غواتيمالي | Guatemalan | гватемальск | Гватемалы |
GN | غيني | Guinean | гвинейск | Гвинеи |
GW | | | | Гвинеи-Бисау |
GY | | Guyanese | гайанск | Гайаны |
HT | هايتي | Haitian | гаитянск | Гаити |
HN | هندوراسي | Honduran | гондурасск | Гондураса |
HU | مجري | Hungarian | венгерск | Венгрии | هنغاريا
IS | آيسلندي | Icelandic | исландск | Исландии |
IN | هندي | Indian | индийск | Индии |
ID | إندونيسي | Indonesian | индонезийск | Индонезии |
IR | إيراني | Iranian | иранск | Ирана |
IQ | عراقي | Iraqi | иракск | Ирака |
IE | أيرلندي | Irish | ирландск | Ирландии |
IL | إسرائيلي | Israeli | израильск | Израиля |
IT | إيطالي | Italian | итальянск | Италии |
JM | جامايكي | Jamaican | ямайск | Ямайки |
JP | ياباني | Japanese | японск | Японии |
JO | أردني | Jordanian | иорданск | Иордании |
KZ | كازاخستاني, كازاخي | Kazakh, Kazakhstani | казахстанск, казахск | Казахстана |
KE | كيني | Kenyan | кенийск | Кении |
KI | | | | Кирибати |
KP | كوري شمالي | North Korean | северокорейск | КНДР | Корейской Народно-Демократической Республики
KR | كوري جنوبي | South Korean | южнокорейск | Республики Корея | Южная Корея
KW | كويتي | Kuwaiti | кувейтск | Кувейта |
KG | قرغيزي, قيرغيزي | Kyrgyz | киргизск | Киргизии | Кыргызстан
LA | لاوسي | Laotian | лаосск | Лаоса |
LV | لاتفي | Latvian | латвийск | Латвии |
LB | لبناني | Lebanese | ливанск | Ливана |
LS | | | | Лесото |
LR | ليبيري | Liberian | либерийск | Либерии |
LY | ليبي | Libyan | ливийск | Ливии |
LI | | | лихтенштейнск | Лихтенштейна |
LT | ليتواني | Lithuanian | литовск | Литвы |
LU | لوكسمبورغي | Luxembourgish | люксембургск | Люксембурга |
MG | مدغشقري | Malagasy | малагасийск | Мадагаскара |
MW | مالاوي | Malawian | малавийск | Малави |
MY | ماليزي | Malaysian | малайзийск | Малайзии |
MV | مالديفي | Maldivian | мальдивск | Мальдив |
ML | | Malian | малийск | Мали |
MT | مالطي | Maltese | мальтийск | Мальты |
MH | | Marshallese | | Маршалловых Островов |
MR | موريتاني | Mauritanian | мавританск | Мавритании |
MU | | Mauritian | маврикийск | Маврикия |
MX | مكسيكي | Mexican | мексиканск | Мексики |
FM | | Micronesian | | Микронезии |
MD | مولدوفي | Moldovan | молдавск, молдовск | Молдавии | Молдова
MC | | Monegasque | монакск | Монако |
MN | منغولي | Mongolian | монгольск | Монголии |
ME | | Montenegrin | черногорск | Черногории |
MA | مغربي | Moroccan | марокканск | Марокко |
MZ | موزمبيقي | Mozambican | мозамбикск | Мозамбика |
MM | ميانماري | Burmese | мьянманск | Мьянмы | Burma, Бирма
NA | ناميبي | Namibian | намибийск | Намибии |
NR | | Nauruan | | Науру |
NP | نيبالي | Nepali, Nepalese | непальск | Непала |
NL | هولندي | Dutch | нидерландск, голландск | Нидерландов | هولندا, Holland, the Netherlands, Голландия
NZ | نيوزيلندي | | новозеландск | Новой Зеландии |
NI | نيكاراغوي | Nicaraguan | никарагуанск | Никарагуа |
NE | | Nigerien | нигерск | Нигера |
NG | نيجيري | Nigerian | нигерийск | Нигерии |
MK | مقدوني | Macedonian | македонск | Северной Македонии |
NO | نرويجي | Norwegian | норвежск | Норвегии | النرويج
OM | عماني | Omani | оманск | Омана | سلطنة عمان
PK | باكستاني | Pakistani | пакистанск | Пакистана |
PW | | Palauan | | Палау |
PS | فلسطيني | Palestinian | палестинск | Палестины | فلسطين, غزة, قطاع غزة, الضفة الغربية, Palestine, Gaza, Gaza Strip, West Bank, Палестина, Газа, сектор Газа, Западный берег
PA | بنمي | Panamanian | панамск | Панамы |
PG | | Papua New Guinean | | Папуа — Новой Гвинеи |
PY | باراغواياني | Paraguayan | парагвайск | Парагвая |
PE | بيروفي | Peruvian | перуанск | Перу |
PH | فلبيني | Filipino, Philippine | филиппинск | Филиппин |
PL | بولندي | Polish | польск | Польши |
PT | برتغالي | Portuguese | португальск | Португалии |
QA | قطري | Qatari | катарск | Катара |
RO | روماني | Romanian | румынск | Румынии |
RU | روسي | Russian | российск, русск | России | روسيا الاتحادية, Russian Federation, РФ, Российская Федерация
RW | رواندي | Rwandan | руандийск | Руанды |
KN | | | | Сент-Китс и Невис |
LC | | | | Сент-Люсии |
VC | | | | Сент-Винсента и Гренадин |
WS | | Samoan | самоанск | Самоа |
SM | | | | Сан-Марино |
ST | | | | Сан-Томе и Принсипи |
SA | سعودي | Saudi | саудовск | Саудовской Аравии | السعودية, المملكة العربية السعودية, KSA, Саудовская Аравия, КСА
SN | سنغالي | Senegalese | сенегальск | Сенегала |
RS | صربي | Serbian | сербск | Сербии |
SC | | Seychellois | сейшельск | Сейшельских Островов |
SL | | Sierra Leonean | | Сьерра-Леоне |
SG | سنغافوري | Singaporean | сингапурск | Сингапура |
SK | سلوفاكي | Slovak | словацк | Словакии |
SI | سلوفيني | Slovenian | словенск | Словении |
SB | | | | Соломоновых Островов |
SO | صومالي | Somali | сомалийск | Сомали |
ZA | جنوب أفريقي, جنوب إفريقي | South African | южноафриканск | ЮАР | جنوب إفريقيا, ЮАР
SS | جنوب سوداني | South Sudanese | южносуданск | Южного Судана |
ES | إسباني | Spanish | испанск | Испании |
LK | سريلانكي | Sri Lankan | шри-ланкийск | Шри-Ланки |
SD | سوداني | Sudanese | суданск | Судана |
SR | | Surinamese | суринамск | Суринама |
SE | سويدي | Swedish | шведск | Швеции |
CH | سويسري | Swiss | швейцарск | Швейцарии |
SY | سوري | Syrian | сирийск | Сирии | سورية, САР
TW | تايواني | Taiwanese | тайваньск | Тайваня |
TJ | طاجيكي | Tajik | таджикск | Таджикистана |
TZ | تنزاني | Tanzanian | танзанийск | Танзании |
TH | تايلاندي | Thai | тайск, таиландск | Таиланда |
TL | | Timorese | | Восточного Тимора |
TG | توغولي | Togolese | тоголезск | Того |
TO | | Tongan | | Тонги |
TT | | Trinidadian | | Тринидада и Тобаго |
TN | تونسي | Tunisian | тунисск | Туниса |
TR | تركي | Turkish | турецк | Турции | Turkey, Turkiye, Турецкая Республика
TM | تركماني | Turkmen | туркменск | Туркмении | Туркменистан
TV | | | | Тувалу |
UG | أوغندي | Ugandan | угандийск | Уганды |
UA | أوكراني | Ukrainian | украинск | Украины |
AE | إماراتي | Emirati | эмиратск | ОАЭ | الإمارات, دولة الإمارات, UAE, Emirates, Эмираты
GB | بريطاني | British | британск | Великобритании | بريطانيا, Britain, UK, Great Britain, Британия, Соединённое Королевство
US | أمريكي, أميركي | American | американск | США | أمريكا, أميركا, الولايات المتحدة الأمريكية, الولايات المتحدة الأميركية, US, U.S., USA, America, United States of America, Соединённые Штаты Америки, Штаты
UY | أوروغواياني | Uruguayan | уругвайск | Уругвая |
UZ | أوزبكي, أوزبكستاني | Uzbek | узбекск | Узбекистана |
VU | | | | Вануату |
VA | | | ватиканск | Ватикана | الكرسي الرسولي, Holy See, Святой Престол
VE | فنزويلي | Venezuelan | венесуэльск | Венесуэлы |
VN | فيتنامي | Vietnamese | вьетнамск | Вьетнама |
YE | يمني | Yemeni | йеменск | Йемена |
ZM | زامبي | Zambian | замбийск | Замбии |
ZW | زيمبابوي | Zimbabwean | зимбабвийск | Зимбабве |
`;

export interface CountryWords {
  code: string;
  adjectives: { ar: string[]; en: string[]; ru: string[] };
  genitiveRu: string;
  otherNames: string[];
}

/** The table, one entry a country (the countries of the UN and two observers, and Taiwan). */
export const COUNTRY_WORDS: readonly CountryWords[] = tableRows(TABLE).map(([code, ar, en, ru, genitive, other]) => ({
  code: code ?? '',
  adjectives: { ar: alternatives(ar), en: alternatives(en), ru: alternatives(ru) },
  genitiveRu: genitive ?? '',
  otherNames: alternatives(other),
}));
