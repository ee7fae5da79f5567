import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusSchema } from '../../src/model/corpus-schema.ts';
import { buildCorpus } from '../../src/pipeline/build-corpus.ts';
import { formatCorpusError } from '../../src/pipeline/corpus-error.ts';
import { quoteIsAt } from '../../src/pipeline/locate-quote.ts';

function buildRealCorpus() {
  const files = readdirSync('corpus', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ path: relative(process.cwd(), path), content: readFileSync(path, 'utf8') }));
  const result = buildCorpus(files);
  if (!result.ok) throw new Error(result.errors.map(formatCorpusError).join('\n'));
  return result.corpus;
}

const ARTICLE = 'almenberalhor-putin-al-sharaa-call-2025-02';
const articleText = () => {
  const file = readFileSync(`corpus/articles/${ARTICLE}.md`, 'utf8');
  return file.slice(file.indexOf('\n---\n') + 5).replace(/\n$/, '');
};

describe('the first article, fully annotated', () => {
  const corpus = buildRealCorpus();
  const byId = new Map(corpus.events.map((e) => [e.id, e]));

  it('keeps the article text exactly as published (byte for byte the source file)', () => {
    // SHA-256 of shared/articles/000_6295184d909a4363.txt, the article as it was received.
    expect(createHash('sha256').update(articleText(), 'utf8').digest('hex')).toBe(
      '68d72d768ea068e240a67f2490c157a2fb9061ab21f591dcc7c61e4a51626ba4',
    );
  });

  it('passes the schema the browser uses', () => {
    expect(corpusSchema.safeParse(corpus).success).toBe(true);
  });

  it('has at least six calls, meetings and statements, and the fall of al-Assad as a milestone', () => {
    expect(corpus.events.filter((e) => e.type !== 'milestone').length).toBeGreaterThanOrEqual(6);
    expect(byId.get('2024-12-fall-of-bashar-al-assad')?.date).toMatchObject({
      start: '2024-12-01',
      end: '2024-12-31',
      precision: 'month',
      expression: 'ديسمبر الماضي',
      rule: 'month-name-last',
    });
  });

  it('dates the call to Wednesday 12 February 2025, with Putin calling al-Sharaa', () => {
    const call = byId.get('2025-02-12-putin-al-sharaa-call');
    expect(call?.type).toBe('call');
    expect(call?.date).toMatchObject({
      start: '2025-02-12',
      end: '2025-02-12',
      precision: 'day',
      rule: 'weekday',
      anchor: '2025-02-13',
    });
    expect(call?.participants.slice(0, 2)).toEqual([
      { person: 'vladimir-putin', country: 'RU', role: 'caller' },
      { person: 'ahmed-al-sharaa', country: 'SY', role: 'recipient' },
    ]);
  });

  it('dates Bogdanov\'s meeting in Damascus to January 2025 ("last month")', () => {
    expect(byId.get('2025-01-bogdanov-al-sharaa-meeting-damascus')).toMatchObject({
      type: 'meeting',
      date: { start: '2025-01-01', end: '2025-01-31', precision: 'month', rule: 'previous-month' },
      location: { id: 'damascus', country: 'SY' },
    });
  });

  it('keeps both readings of "Thursday", since the publication date is inferred', () => {
    expect(byId.get('2025-02-13-abu-qasra-washington-post-interview')?.date.readings).toEqual([
      { start: '2025-02-06', end: '2025-02-06', precision: 'day', anchor: '2025-02-12' },
    ]);
    expect(corpus.articles[0]?.published).toMatchObject({
      date: '2025-02-13',
      basis: 'inferred',
      alternatives: ['2025-02-12'],
    });
  });

  it('uses the agreed person and country ids', () => {
    expect(corpus.people.map((p) => p.id).sort()).toEqual(
      [
        'ahmed-al-sharaa',
        'asaad-al-shaibani',
        'bashar-al-assad',
        'mikhail-bogdanov',
        'murhaf-abu-qasra',
        'vladimir-putin',
      ].sort(),
    );
    expect(corpus.countries.map((c) => c.code)).toEqual(['AE', 'IR', 'RU', 'SY', 'TR', 'US']);
  });

  it('cites for every event verbatim quotes whose offsets point at them in the article', () => {
    const text = articleText();
    for (const event of corpus.events) {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources) {
        expect(text).toContain(source.quote);
        expect(quoteIsAt(text, source.quote, source.start, source.end)).toBe(true);
      }
    }
  });
});
