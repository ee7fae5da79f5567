import { describe, expect, it } from 'vitest';
import { firstArticle, peopleOf, propose } from '../../tests/extract-fixture.ts';
import { quoteIsAt } from '../pipeline/locate-quote.ts';

describe('the first article comes out right', () => {
  // As plain text, with the language and publication date given (npm run extract -- FILE --lang ar --published 2025-02-13).
  const proposals = propose(firstArticle(), { published: '2025-02-13' });
  const summary = proposals.map((p) => [p.type, p.status, p.date?.start, p.date?.precision, ...peopleOf(p)].join(' '));

  it('proposes the call, the meeting of last month and the three statements, and nothing else', () => {
    expect(summary).toEqual([
      'call occurred 2025-02-12 day vladimir-putin:caller ahmed-al-sharaa:recipient asaad-al-shaibani:invitee',
      'meeting occurred 2025-01-01 month mikhail-bogdanov:guest ahmed-al-sharaa:host',
      'statement occurred 2025-02-12 day asaad-al-shaibani:speaker',
      'statement occurred 2025-02-11 day mikhail-bogdanov:speaker',
      'statement occurred 2025-02-13 day murhaf-abu-qasra:speaker',
    ]);
  });

  it('says how each date was worked out, with the corpus’s rule words', () => {
    expect(proposals.map((p) => [p.date?.expression, p.date?.rule])).toEqual([
      ['الأربعاء', 'weekday'],
      ['الشهر الماضي', 'previous-month'],
      ['الأربعاء', 'weekday'],
      ['والثلاثاء', 'weekday'],
      ['والخميس', 'weekday'],
    ]);
  });

  it('folds the Kremlin’s and the presidency’s readouts into the call: one contact, one event', () => {
    const call = proposals[0]!;
    expect(call.evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ووصف بيان صادر عن الكرملين المكالمة'),
        expect.stringContaining('ووفقاً لبيان الرئاسة السورية'),
        expect.stringContaining('وأعرب بوتين عن استعداد روسيا'),
      ]),
    );
    expect(call.why.some((cue) => cue.code === 'readout')).toBe(true);
  });

  it('gives each statement its place, its venue and the countries it speaks of', () => {
    const [, meeting, shaibani, bogdanov, abuQasra] = proposals;
    expect(meeting!.location?.id).toBe('damascus');
    expect(shaibani!.location?.id).toBe('dubai');
    expect(shaibani!.countryParticipants).toEqual([
      { country: 'RU', role: 'subject' },
      { country: 'IR', role: 'subject' },
      { country: 'AE', role: 'venue' },
    ]);
    expect(bogdanov!.countries).toEqual(['RU', 'SY']);
    expect(abuQasra!.countries).toEqual(['SY', 'RU', 'US', 'TR']);
  });

  it('quotes each sentence verbatim, at its code-point offsets in the text', () => {
    const text = firstArticle();
    for (const proposal of proposals)
      for (const span of proposal.evidence) expect(quoteIsAt(text, span.text, span.start, span.end)).toBe(true);
  });

  it('without a publication date, keeps the words of every relative date and gives no day', () => {
    const undated = propose(firstArticle(), { published: null });
    expect(undated.map((p) => [p.date?.start ?? null, p.date?.expression])).toEqual([
      [null, 'الأربعاء'],
      [null, 'الشهر الماضي'],
      [null, 'الأربعاء'],
      [null, 'والثلاثاء'],
      [null, 'والخميس'],
    ]);
  });
});

describe('one contact, one event', () => {
  it('a readout after a call is its evidence, not a statement', () => {
    const proposals = propose(
      'تلقى الرئيس التركي رجب طيب أردوغان، اليوم، اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين.\nمن جهته، قال الكرملين في بيان إن الزعيمين بحثا الوضع في أوكرانيا.',
      { published: '2025-03-18' },
    );
    expect(proposals).toHaveLength(1);
    expect(peopleOf(proposals[0])).toEqual(['recep-tayyip-erdogan:recipient', 'vladimir-putin:caller']);
    expect(proposals[0]!.evidence).toHaveLength(2);
  });

  it('what a party says during a meeting belongs to the meeting', () => {
    const proposals = propose(
      'استقبل الرئيس المصري عبد الفتاح السيسي، أمس، وزير الخارجية السعودي الأمير فيصل بن فرحان في القاهرة.\nوأكد السيسي خلال اللقاء ضرورة وقف إطلاق النار.',
      { published: '2025-02-19' },
    );
    expect(proposals.map((p) => p.type)).toEqual(['meeting']);
  });

  it('a spokesman announcing a future call on his own date is a statement, and the call is planned', () => {
    const proposals = propose(
      'قال المتحدث باسم الكرملين دميتري بيسكوف، الجمعة، إن الرئيس بوتين سيجري اتصالاً هاتفياً مع نظيره الأمريكي دونالد ترامب الثلاثاء المقبل.',
      { published: '2025-03-14' },
    );
    expect(proposals.map((p) => `${p.type} ${p.status} ${p.date?.start ?? null}`)).toEqual([
      'statement occurred 2025-03-14',
      'call planned null',
    ]);
    expect(proposals[1]!.date).toMatchObject({ expression: 'الثلاثاء المقبل', ambiguous: true });
  });

  it('"two calls" and "each separately" make one contact per other party', () => {
    const calls = propose(
      'أجرى وزير الخارجية المصري بدر عبد العاطي، الاثنين، اتصالين هاتفيين مع نظيريه الإيراني عباس عراقجي والعماني بدر البوسعيدي.',
      {
        published: '2025-04-15',
      },
    );
    expect(calls.map(peopleOf)).toEqual([
      ['badr-abdelatty:caller', 'abbas-araghchi:recipient'],
      ['badr-abdelatty:caller', 'بدر البوسعيدي:recipient'],
    ]);
  });

  it('an invitation to visit is not a visit: the invited take part in the call as invitees', () => {
    const [call, ...rest] = propose(
      'أجرى الرئيس الروسي فلاديمير بوتين الأربعاء اتصالاً هاتفياً مع الرئيس السوري أحمد الشرع، ووجه دعوة رسمية إلى وزير الخارجية أسعد الشيباني لزيارة روسيا.',
    );
    expect(rest).toEqual([]);
    expect(peopleOf(call)).toContain('asaad-al-shaibani:invitee');
  });
});

describe('roles, places and countries', () => {
  it('on one party’s ground, that party hosts; on third ground they meet as equals and the country is the venue', () => {
    const [home] = propose('التقى وزير الخارجية العماني بدر البوسعيدي، الأحد، في مسقط نظيره الأردني أيمن الصفدي.', {
      published: '2025-04-07',
    });
    expect(peopleOf(home)).toEqual(['بدر البوسعيدي:host', 'ayman-safadi:guest']);
    // A capital the gazetteer lacks is proposed as a new place, named in the three languages.
    expect(home!.location).toMatchObject({
      id: null,
      names: { ar: 'مسقط', en: 'Muscat', ru: 'Маскат' },
      country: 'OM',
    });
    const [third] = propose(
      'اجتمع وزير الخارجية الأمريكي ماركو روبيو ونظيره الروسي سيرغي لافروف في الرياض، الثلاثاء.',
      {
        published: '2025-02-19',
      },
    );
    expect(peopleOf(third)).toEqual(['marco-rubio:participant', 'sergey-lavrov:participant']);
    expect(third!.countryParticipants).toEqual([{ country: 'SA', role: 'venue' }]);
  });

  it('an institution speaks for its country', () => {
    const [statement] = propose('رحبت وزارة الخارجية الإماراتية، الأحد، بانتخاب جوزاف عون رئيساً للجمهورية اللبنانية.', {
      published: '2025-01-12',
    });
    expect(statement).toMatchObject({ type: 'statement', people: [], countries: ['AE', 'LB'] });
  });

  it('works in English and Russian alike', () => {
    const [en] = propose(
      'Russian Foreign Minister Sergey Lavrov spoke by phone on Monday with his Turkish counterpart Hakan Fidan, the Russian Foreign Ministry said.',
      {
        language: 'en',
        published: '2025-03-05',
      },
    );
    expect([en?.type, en?.date?.start, ...peopleOf(en)]).toEqual([
      'call',
      '2025-03-03',
      'sergey-lavrov:caller',
      'hakan-fidan:recipient',
    ]);
    const [ru] = propose(
      'Вчера в Анкаре президент Турции Реджеп Тайип Эрдоган принял министра иностранных дел Ирана Аббаса Аракчи.',
      {
        language: 'ru',
        published: '2025-01-30',
      },
    );
    expect([ru?.type, ru?.date?.start, ru?.location?.id, ...peopleOf(ru)]).toEqual([
      'meeting',
      '2025-01-29',
      'ankara',
      'recep-tayyip-erdogan:host',
      'abbas-araghchi:guest',
    ]);
  });

  it('page furniture is not the article: an update time and a "read also" link give no event', () => {
    const proposals = propose(
      'آخر تحديث: 12 مارس 2025 - 09:40\nأعلنت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا، الأربعاء، أن موسكو ترحب بالحوار بين الأطراف الليبية.\nاقرأ أيضاً: لافروف يستقبل نظيره الليبي في موسكو (5 مارس 2025)',
      { published: '2025-03-12' },
    );
    expect(proposals.map((p) => `${p.type} ${p.date?.start}`)).toEqual(['statement 2025-03-12']);
  });
});
