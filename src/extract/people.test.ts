import { describe, expect, it } from 'vitest';
import { tokenize } from '../model/text-normalize.ts';
import { peopleOf, propose, testExtractor } from '../../tests/extract-fixture.ts';
import { findPersonMentions } from './person-mentions.ts';
import { resolvePerson } from './resolve-person.ts';
import { ALL_ON } from './rules.ts';

/** The people a sentence names, as the assistant finds them (before any date settles a title). */
function mentionsIn(text: string, language: 'ar' | 'en' | 'ru' = 'ar', named: string[] = []) {
  const extractor = testExtractor();
  const tokens = tokenize(text);
  const countries = extractor.countries.find(text, tokens);
  return findPersonMentions(extractor.people, {
    text,
    tokens,
    from: 0,
    to: tokens.length,
    language,
    countries,
    namedInArticle: new Set(named),
    isTriggerAt: () => false,
    switches: ALL_ON,
  });
}

const resolved = (text: string, date: string | null, language: 'ar' | 'en' | 'ru' = 'ar') =>
  mentionsIn(text, language).map(
    (m) => resolvePerson(m, testExtractor().people, date, [], null).personId ?? `?${m.name}`,
  );

describe('people are found by any of their names and spellings', () => {
  it.each([
    ['بوجدانوف', 'mikhail-bogdanov'],
    ['بوغدانوف', 'mikhail-bogdanov'],
    ['وبوجدانوف', 'mikhail-bogdanov'],
    ['ميخائيل بوجدانوف', 'mikhail-bogdanov'],
    ['سيرجي لافروف', 'sergey-lavrov'],
    ['سيرغي لافروف', 'sergey-lavrov'],
    ['أسعد حسن الشيباني', 'asaad-al-shaibani'],
  ])('%s is %s', (name, id) => {
    expect(resolved(`قال ${name} إن`, '2025-02-13')).toEqual([id]);
  });

  it('in Russian, in any case', () => {
    expect(resolved('с Сергеем Лавровым и Бадром Абдель Аты', '2025-04-08', 'ru')).toEqual([
      'sergey-lavrov',
      'badr-abdelatty',
    ]);
    expect(resolved('принял министра Аббаса Аракчи', '2025-01-29', 'ru')).toEqual(['abbas-araghchi']);
  });

  it('a surname alone only once the article names the person in full, or after a title', () => {
    expect(mentionsIn('وأعرب بوتين عن استعداد روسيا')).toEqual([]);
    expect(mentionsIn('وأعرب بوتين عن استعداد روسيا', 'ar', ['vladimir-putin']).map((m) => m.personId)).toEqual([
      'vladimir-putin',
    ]);
    expect(mentionsIn('إن الرئيس بوتين سيجري').map((m) => m.personId)).toEqual(['vladimir-putin']);
  });
});

describe('people named by office and country are the gazetteer’s holders on the date', () => {
  it('"الرئيس الروسي" is Vladimir Putin', () => {
    expect(resolved('تلقى اتصالا من الرئيس الروسي', '2025-03-18')).toEqual(['vladimir-putin']);
  });

  it('the US secretary of state is Blinken in 2024 and Rubio from 21 January 2025', () => {
    expect(resolved('زار وزير الخارجية الأمريكي الرياض', '2024-10-16')).toEqual(['antony-blinken']);
    expect(resolved('زار وزير الخارجية الأمريكي الرياض', '2025-02-18')).toEqual(['marco-rubio']);
  });

  it('the Syrian president is al-Sharaa after Assad’s fall, and with no date the present holder', () => {
    expect(resolved('الرئيس السوري', '2025-02-13')).toEqual(['ahmed-al-sharaa']);
    expect(resolved('الرئيس السوري', null)).toEqual(['ahmed-al-sharaa']);
  });

  it('an office with no country names nobody: every country has one', () => {
    expect(resolved('قال رئيس الوزراء إن', '2025-04-02')).toEqual(['?رئيس الوزراء']);
  });

  it('"his counterpart" takes the other party’s office', () => {
    const [call] = propose('أجرى وزير الخارجية الروسي سيرغي لافروف، الثلاثاء، اتصالاً هاتفياً بنظيره التركي.', {
      published: '2025-03-06',
    });
    expect(peopleOf(call)).toEqual(['sergey-lavrov:caller', 'hakan-fidan:recipient']);
  });

  it('"the minister" points back to the last minister of that country named', () => {
    const proposals = propose(
      'والخميس، قال وزير الدفاع السوري مرهف أبو قصرة إن بلاده منفتحة على الحوار. وقال الوزير السوري: “نعم”.',
    );
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.evidence).toHaveLength(2);
  });
});

describe('people the gazetteer lacks are taken after their office', () => {
  it.each([
    ['التقى وزير الخارجية العراقي فؤاد حسين، الأحد، في بغداد', 'ar', 'فؤاد حسين', 'IQ'],
    ['أجرى اتصالين مع نظيريه الإيراني عباس عراقجي والعماني بدر البوسعيدي، تناولا', 'ar', 'بدر البوسعيدي', 'OM'],
    ["Egyptian President Abdel Fattah el-Sisi received Jordan's King Abdullah II in Cairo", 'en', 'Abdullah II', 'JO'],
    ['Глава МИД Армении Арарат Мирзоян в понедельник встретился', 'ru', 'Арарат Мирзоян', 'AM'],
  ] as const)('%s', (text, language, name, country) => {
    const unknown = mentionsIn(text, language).find((m) => m.via === 'unknown');
    expect(unknown).toMatchObject({ name, country });
  });

  it('stops at a word that is no name: a particle, a qualifier, a comma', () => {
    expect(mentionsIn('وصل وزير الخارجية الجزائري أحمد عطاف إلى موسكو').find((m) => m.via === 'unknown')?.name).toBe(
      'أحمد عطاف',
    );
    expect(mentionsIn('قال الرئيس الإيراني السابق في خطاب').some((m) => m.via === 'unknown')).toBe(false);
  });
});
