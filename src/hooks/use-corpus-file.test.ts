import { describe, expect, test, vi } from 'vitest';
import { smallCorpusText } from '../../tests/corpus-fixture.ts';
import { MAX_CORPUS_FILE_BYTES, MAX_FILE_ISSUES, readCorpusFile } from '../model/decode-corpus-file.ts';

function fileOf(text: string, name = 'corpus.json', size = new TextEncoder().encode(text).length) {
  return { name, size, text: vi.fn(() => Promise.resolve(text)) };
}

describe('readCorpusFile', () => {
  test('opens a valid corpus file', async () => {
    const result = await readCorpusFile(fileOf(smallCorpusText()));
    expect(result.status).toBe('ready');
    if (result.status === 'ready') expect(result.corpus.events).toHaveLength(3);
  });

  test('refuses a file over 200 MB on its size, without reading it', async () => {
    const file = fileOf('{}', 'huge.json', MAX_CORPUS_FILE_BYTES + 1);
    expect(await readCorpusFile(file)).toEqual({
      status: 'error',
      fileName: 'huge.json',
      error: { kind: 'too-large', size: 200_000_001, limit: 200_000_000 },
    });
    expect(file.text).not.toHaveBeenCalled();
  });

  test('says when a file is not JSON', async () => {
    const result = await readCorpusFile(fileOf('\u0089PNG\r\n'));
    expect(result).toMatchObject({ status: 'error', error: { kind: 'json' } });
  });

  test.each(['', ' \n\t'])('says that a file of %j is empty, not that it is bad JSON', async (text) => {
    expect(await readCorpusFile(fileOf(text, 'empty.json'))).toEqual({
      status: 'error',
      fileName: 'empty.json',
      error: { kind: 'empty' },
    });
  });

  test('refuses a corpus in the format that holds no event, and says so', async () => {
    const corpus = JSON.parse(smallCorpusText()) as object;
    const result = await readCorpusFile(fileOf(JSON.stringify({ ...corpus, events: [] })));
    expect(result).toMatchObject({ status: 'error', error: { kind: 'no-events' } });
  });

  test('lists where a JSON file departs from the format, the first 50 of its problems', async () => {
    const corpus = JSON.parse(smallCorpusText()) as { events: { date: { start: string } }[] };
    const events = Array.from({ length: 60 }, (_, i) => ({ ...corpus.events[0]!, id: `event-${i}`, date: 'soon' }));
    const result = await readCorpusFile(fileOf(JSON.stringify({ ...corpus, events })));
    if (result.status !== 'error' || result.error.kind !== 'schema') throw new Error('expected a schema error');
    expect(result.error.issueCount).toBe(60);
    expect(result.error.issues).toHaveLength(MAX_FILE_ISSUES);
    expect(result.error.issues[2]).toEqual({
      path: 'events[2].date',
      message: expect.stringMatching(/expected object/i),
    });
  });

  test('says when the file cannot be read', async () => {
    const file = { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('NotReadableError')) };
    expect(await readCorpusFile(file)).toEqual({
      status: 'error',
      fileName: 'gone.json',
      error: { kind: 'unreadable', message: 'NotReadableError' },
    });
  });
});
