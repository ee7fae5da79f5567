import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { firstArticle } from '../extract-fixture.ts';

const ROOT = process.cwd();
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** A copy of corpus/ in a fresh folder, where the command runs as an editor would run it. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-extract-'));
  cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  const run = (script: 'extract' | 'corpus', ...args: string[]) =>
    spawnSync(TSX, [join(ROOT, `scripts/${script}.ts`), ...args], { cwd: dir, encoding: 'utf8' });
  return { dir, run };
}

const NEW_ARTICLE = `---
id: trial-agency-2025-04
title: Trial
outlet:
  name: { ar: وكالة التجربة, en: Trial Agency, ru: Агентство «Проба» }
language: ar
published:
  date: 2025-04-07
  basis: stated
  note: Dateline.
---
التقى وزير الخارجية العراقي فؤاد حسين، الأحد، في بغداد نظيره السوري أسعد الشيباني، وبحث الجانبان ملفات المياه.
وقال الرئيس الروسي فلاديمير بوتين، أمس، إن بلاده مستعدة لدعم العراق.
`;

describe('npm run extract', () => {
  it('prints { proposals } as JSON, each with the fields editors and tools rely on', () => {
    const { run } = workspace();
    const result = run('extract', 'corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md');
    expect(result.status).toBe(0);
    const { proposals } = JSON.parse(result.stdout) as { proposals: Record<string, unknown>[] };
    expect(proposals).toHaveLength(5);
    const [call] = proposals;
    expect(Object.keys(call!).sort()).toEqual(
      [
        'confidence',
        'countries',
        'countryParticipants',
        'date',
        'evidence',
        'id',
        'location',
        'people',
        'quote',
        'status',
        'type',
        'why',
      ].sort(),
    );
    expect(call).toMatchObject({
      type: 'call',
      status: 'occurred',
      date: { start: '2025-02-12', end: '2025-02-12', precision: 'day', expression: 'الأربعاء', rule: 'weekday' },
      people: [
        { id: 'vladimir-putin', country: 'RU', role: 'caller' },
        { id: 'ahmed-al-sharaa', country: 'SY', role: 'recipient' },
        { id: 'asaad-al-shaibani', country: 'SY', role: 'invitee' },
      ],
      quote: { start: expect.any(Number), end: expect.any(Number) },
    });
    expect((call!.why as string[]).every((line) => typeof line === 'string')).toBe(true);
    expect(call!.confidence).toBeGreaterThan(0);
    expect(call!.confidence).toBeLessThanOrEqual(1);
  });

  it('reads plain text with --lang and --published, and the first article comes out right', () => {
    const { dir, run } = workspace();
    writeFileSync(join(dir, 'article.txt'), firstArticle());
    const result = run('extract', 'article.txt', '--lang', 'ar', '--published', '2025-02-13');
    const { proposals } = JSON.parse(result.stdout) as {
      proposals: { type: string; date: { start: string; precision: string } }[];
    };
    expect(proposals.map((p) => `${p.type} ${p.date.start} ${p.date.precision}`)).toEqual([
      'call 2025-02-12 day',
      'meeting 2025-01-01 month',
      'statement 2025-02-12 day',
      'statement 2025-02-11 day',
      'statement 2025-02-13 day',
    ]);
  });

  it('detects the language when not told, and without a publication date keeps the words of each date', () => {
    const { dir, run } = workspace();
    writeFileSync(
      join(dir, 'ru.txt'),
      'Вчера в Анкаре президент Турции Реджеп Тайип Эрдоган принял главу МИД Ирана.\n',
    );
    const { proposals } = JSON.parse(run('extract', 'ru.txt').stdout) as {
      proposals: { type: string; date: unknown }[];
    };
    expect(proposals).toEqual([
      expect.objectContaining({
        type: 'meeting',
        date: { start: null, end: null, precision: null, expression: 'Вчера', rule: null },
      }),
    ]);
  });

  it('--format yaml prints a draft annotation in the corpus format, new people proposed in comments', () => {
    const { dir, run } = workspace();
    writeFileSync(join(dir, 'corpus/articles/trial-agency-2025-04.md'), NEW_ARTICLE);
    const result = run('extract', 'corpus/articles/trial-agency-2025-04.md', '--format', 'yaml');
    expect(result.status).toBe(0);
    const annotation = parseDocument(result.stdout).toJS() as {
      article: string;
      events: { id: string; date: unknown }[];
    };
    expect(annotation.article).toBe('trial-agency-2025-04');
    expect(annotation.events.map((e) => [e.id, e.date])).toEqual([
      ['2025-04-06-fuad-hsin-al-shaibani-meeting', { expression: 'الأحد' }],
      ['2025-04-06-putin-statement', { expression: 'أمس' }],
    ]);
    expect(result.stdout).toContain('# Proposed for gazetteer/people.yaml: people the gazetteer lacks:\n');
    expect(result.stdout).toMatch(/^# - id: fuad-hsin$/m);
  });

  it('--write adds the drafts marked review: pending, and the corpus build refuses them, naming each', () => {
    const { dir, run } = workspace();
    writeFileSync(join(dir, 'corpus/articles/trial-agency-2025-04.md'), NEW_ARTICLE);
    const written = run('extract', 'corpus/articles/trial-agency-2025-04.md', '--write');
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(
      'extract: 2 draft(s) added to corpus/annotations/trial-agency-2025-04.yaml, marked review: pending',
    );
    const annotation = readFileSync(join(dir, 'corpus/annotations/trial-agency-2025-04.yaml'), 'utf8');
    expect(annotation.match(/^ {4}review: pending$/gm)).toHaveLength(2);
    expect(readFileSync(join(dir, 'corpus/gazetteer/people.yaml'), 'utf8')).toMatch(
      /- id: fuad-hsin\n {2}review: pending\n/,
    );

    const built = run('corpus', '--out', 'out.json', '--parts', 'parts');
    expect(built.status).toBe(1);
    const lines = annotation.split('\n');
    const lineOf = (id: string) => lines.findIndex((line) => line.includes(`id: ${id}`)) + 2;
    expect(built.stderr).toContain(
      `corpus/annotations/trial-agency-2025-04.yaml:${lineOf('2025-04-06-fuad-hsin-al-shaibani-meeting')}: events[0].review: event "2025-04-06-fuad-hsin-al-shaibani-meeting" is a draft awaiting review`,
    );
    expect(built.stderr).toContain('events[1].review: event "2025-04-06-putin-statement" is a draft awaiting review');
    expect(built.stderr).toMatch(/people\.yaml:\d+: \[\d+\]\.review: person "fuad-hsin" is a draft awaiting review/);

    // Checked and the marks removed, the same files build.
    for (const file of ['corpus/annotations/trial-agency-2025-04.yaml', 'corpus/gazetteer/people.yaml'])
      writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(/^ *review: pending\n/gm, ''));
    const checked = run('corpus', '--out', 'out.json', '--parts', 'parts');
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('--write leaves out what the annotation file already holds', () => {
    const { run } = workspace();
    const result = run('extract', 'corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md', '--write');
    expect(result.stdout).toContain('extract: 0 draft(s) added');
    expect(result.stdout).toContain('5 proposal(s) already annotated there, left out');
  });

  it.each([
    [
      ['corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md', '--lang', 'fr'],
      '--lang must be one of ar, en, ru, not "fr"',
    ],
    [
      ['corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md', '--published', '2025-02-30'],
      '--published must be a calendar date',
    ],
    [['nothing.txt'], 'nothing.txt: no such file'],
    [
      ['corpus/articles/almenberalhor-putin-al-sharaa-call-2025-02.md', '--format', 'xml'],
      '--format must be json or yaml',
    ],
  ])('refuses %j with a clear error', (args, message) => {
    const { run } = workspace();
    const result = run('extract', ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
  });

  it('refuses --write on plain text: drafts go with an article of corpus/articles/', () => {
    const { dir, run } = workspace();
    writeFileSync(join(dir, 'plain.txt'), 'قال الوزير إن بلاده مستعدة.');
    const result = run('extract', 'plain.txt', '--write');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--write adds drafts to an article of corpus/articles/');
  });
});
