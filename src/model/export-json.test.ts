import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { corpusSchema } from './corpus-schema.ts';
import { decodeCorpus } from './decode-corpus-file.ts';
import { sortEvents } from './event-order.ts';
import { exportCorpusSubset, serializeCorpus } from './export-json.ts';

const corpus = smallCorpus();
const byId = (id: string) => corpus.events.find((e) => e.id === id)!;

describe('exportCorpusSubset', () => {
  test('the whole corpus exports as itself, its events in time order', () => {
    expect(exportCorpusSubset(corpus, corpus.events)).toEqual({ ...corpus, events: sortEvents(corpus.events) });
  });

  test('keeps only what the chosen events refer to, and still validates', () => {
    const subset = exportCorpusSubset(corpus, [byId('putin-sharaa-call-2025-02-12')]);
    expect(corpusSchema.safeParse(subset).success).toBe(true);
    expect(subset.events.map((e) => e.id)).toEqual(['putin-sharaa-call-2025-02-12']);
    expect(subset.people.map((p) => p.id)).toEqual(['vladimir-putin', 'ahmed-al-sharaa']);
    expect(subset.countries.map((c) => c.code)).toEqual(['RU', 'SY']);
    // The sources' articles, and the one that attests al-Sharaa's role.
    expect(subset.articles.map((a) => a.id).sort()).toEqual([
      'aljazeera-2025-02-13-sharaa-presidency',
      'kremlin-2025-02-12-putin-sharaa-call',
      'sana-2025-02-12-putin-sharaa-call',
    ]);
  });

  test('drops links to related events that were not chosen', () => {
    const statement = byId('peskov-on-syria-call-2025-02-13');
    expect(statement.related).toEqual(['putin-sharaa-call-2025-02-12']);
    const [alone] = exportCorpusSubset(corpus, [statement]).events;
    expect(alone).not.toHaveProperty('related');
    const both = exportCorpusSubset(corpus, [statement, byId('putin-sharaa-call-2025-02-12')]).events;
    expect(both.find((e) => e.id === statement.id)!.related).toEqual(['putin-sharaa-call-2025-02-12']);
  });

  test('writes events in time order, once each, whatever order they come in', () => {
    const events = [...corpus.events].reverse();
    expect(exportCorpusSubset(corpus, [...events, ...events]).events.map((e) => e.id)).toEqual([
      'sharaa-named-transitional-president-2025-01',
      'putin-sharaa-call-2025-02-12',
      'peskov-on-syria-call-2025-02-13',
    ]);
  });

  test('the file loads back into Tarikh through the same decoder as the bundled corpus', async () => {
    const text = serializeCorpus(exportCorpusSubset(corpus, [byId('sharaa-named-transitional-president-2025-01')]));
    expect(text.endsWith('}\n')).toBe(true);
    const loaded = await decodeCorpus(text);
    expect(loaded.status).toBe('ready');
    if (loaded.status === 'ready')
      expect(loaded.corpus.events[0]!.title.ar).toBe(byId('sharaa-named-transitional-president-2025-01').title.ar);
  });
});
