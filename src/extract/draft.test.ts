import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { firstArticle, propose, testExtractor } from '../../tests/extract-fixture.ts';
import { buildCorpus } from '../pipeline/build-corpus.ts';
import { articleFile } from './article-file.ts';
import { draftAnnotation } from './draft.ts';
import { draftFiles, previewSources } from './draft-files.ts';

const OUTLET = { ar: 'وكالة التجربة', en: 'Trial Agency', ru: 'Агентство «Проба»' };
const META = {
  id: 'trial-article',
  title: 'عنوان',
  outlet: { name: OUTLET },
  language: 'ar' as const,
  published: { date: '2025-04-07', basis: 'stated' as const, note: 'Dateline.' },
};
const TEXT = [
  'التقى وزير الخارجية العراقي فؤاد حسين، الأحد، في بغداد نظيره الأردني أيمن الصفدي، وبحث الجانبان ملفات المياه.',
  'وقال الرئيس الروسي فلاديمير بوتين، أمس، إن بلاده مستعدة لدعم العراق.',
  'ومن المقرر أن يزور الصفدي موسكو الأسبوع المقبل.',
].join('\n');

function draft(pending: boolean) {
  const extractor = testExtractor();
  const proposals = propose(TEXT, { published: '2025-04-07' });
  return draftAnnotation({
    articleId: META.id,
    text: TEXT,
    language: 'ar',
    outlet: OUTLET,
    proposals,
    people: extractor.people,
    countries: extractor.countries,
    pending,
  });
}

describe('draftAnnotation writes the corpus format', () => {
  it('dates as the corpus gives them, people by id, new people as draft gazetteer entries', () => {
    const { events, newPeople, skipped } = draft(false);
    expect(events.map((e) => [e.id, e.type, e.date])).toEqual([
      ['2025-04-06-fuad-hsin-safadi-meeting', 'meeting', { expression: 'الأحد' }],
      ['2025-04-06-putin-statement', 'statement', { expression: 'أمس' }],
    ]);
    expect(events[0]).toMatchObject({
      participants: [
        { person: 'fuad-hsin', role: 'host' },
        { person: 'ayman-safadi', role: 'guest' },
      ],
      location: 'baghdad',
    });
    expect(newPeople).toEqual([
      {
        id: 'fuad-hsin',
        name: { ar: 'فؤاد حسين', en: 'Fuad Hsin', ru: 'Фуад Хсин' },
        guessed: ['en', 'ru'],
        country: 'IQ',
        title: {
          ar: 'وزير الخارجية العراقي',
          en: 'Minister of Foreign Affairs of Iraq',
          ru: 'Министр иностранных дел Ирака',
        },
      },
    ]);
    // A planned visit is no corpus event yet: it is listed, not drafted.
    expect(skipped.map((s) => s.reason)).toEqual(['planned']);
  });

  it('titles and summaries from templates in three languages', () => {
    const [, statement] = draft(false).events;
    expect(statement).toMatchObject({
      title: { ar: 'بوتين: تصريح بشأن العراق', en: 'Putin: statement on Iraq', ru: 'Путин: заявление (Ирак)' },
      summary: { en: 'Vladimir Putin made a statement on Iraq.' },
    });
  });

  it('is valid YAML without anchors (the corpus reads YAML without aliases)', () => {
    const { annotationYaml, peopleYaml } = draft(false);
    for (const yaml of [annotationYaml, peopleYaml]) {
      const document = parseDocument(yaml);
      expect(document.errors).toEqual([]);
      expect(yaml).not.toMatch(/[&*]a\d/);
    }
  });

  it('builds with the corpus build, the new people, places and countries added to the gazetteer', () => {
    const extractor = testExtractor();
    const files = draftFiles(
      { meta: META, text: TEXT, proposals: propose(TEXT, { published: '2025-04-07' }), names: {}, texts: {} },
      extractor,
    );
    expect(files.gazetteer.map((f) => f.path)).toEqual([
      'corpus/gazetteer/people.yaml',
      'corpus/gazetteer/countries.yaml',
    ]);
    const gazetteer = [
      { path: 'corpus/gazetteer/people.yaml', content: '' },
      {
        path: 'corpus/gazetteer/places.yaml',
        content: `- id: baghdad\n  name: { ar: بغداد, en: Baghdad, ru: Багдад }\n  country: IQ\n`,
      },
      { path: 'corpus/gazetteer/countries.yaml', content: '' },
    ];
    // Ayman Safadi and Putin come from the development gazetteer: give the build their entries.
    const known = `- id: ayman-safadi\n  name: { ar: أيمن الصفدي, en: Ayman Safadi, ru: Айман ас-Сафади }\n  country: JO\n  roles: []\n- id: vladimir-putin\n  name: { ar: فلاديمير بوتين, en: Vladimir Putin, ru: Владимир Путин }\n  country: RU\n  roles: []\n`;
    gazetteer[0]!.content = known;
    gazetteer[2]!.content = `- code: RU\n  name: { ar: روسيا, en: Russia, ru: Россия }\n- code: JO\n  name: { ar: الأردن, en: Jordan, ru: Иордания }\n`;
    const built = buildCorpus(previewSources(files, gazetteer, []));
    expect(built.ok ? built.corpus.events.map((e) => e.id) : built.errors).toEqual([
      '2025-04-06-fuad-hsin-safadi-meeting',
      '2025-04-06-putin-statement',
    ]);
  });

  it('marked pending, the build refuses every draft and names it', () => {
    const { annotationYaml } = draft(true);
    expect(annotationYaml.match(/^ {4}review: pending$/gm)).toHaveLength(2);
    const built = buildCorpus([
      { path: 'corpus/articles/trial-article.md', content: articleFile(META, TEXT) },
      { path: 'corpus/annotations/trial-article.yaml', content: annotationYaml },
    ]);
    expect(built.ok).toBe(false);
    const pending = built.ok ? [] : built.errors.filter((e) => e.field.endsWith('review')).map((e) => e.message);
    expect(pending).toEqual([
      expect.stringContaining('event "2025-04-06-fuad-hsin-safadi-meeting" is a draft awaiting review'),
      expect.stringContaining('event "2025-04-06-putin-statement" is a draft awaiting review'),
    ]);
  });

  it('the first article drafts its five contacts, each quote found in the article', () => {
    const extractor = testExtractor();
    const text = firstArticle();
    const { events } = draftAnnotation({
      articleId: 'x',
      text,
      language: 'ar',
      outlet: OUTLET,
      proposals: propose(text),
      people: extractor.people,
      countries: extractor.countries,
      pending: false,
    });
    expect(events.map((e) => e.id)).toEqual([
      '2025-02-12-putin-al-sharaa-call',
      '2025-01-bogdanov-al-sharaa-meeting',
      '2025-02-12-al-shaibani-statement',
      '2025-02-11-bogdanov-statement',
      '2025-02-13-abu-qasra-statement',
    ]);
  });
});
