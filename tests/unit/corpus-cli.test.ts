import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusChecks } from '../../src/model/check-corpus.ts';
import { corpusFiles, corpusFilesInput } from '../../src/model/corpus-files.ts';
import type { Corpus } from '../../src/model/corpus-schema.ts';
import { PATHS, validSources } from '../fixtures/corpus-sources.ts';

const TSX = join(process.cwd(), 'node_modules/.bin/tsx');
const SCRIPT = join(process.cwd(), 'scripts/corpus.ts');

/** Writes a corpus/ tree into a fresh folder and runs `npm run corpus` there. */
function runCorpus(change: (sources: ReturnType<typeof validSources>) => void = () => {}, out = 'out/corpus.json') {
  const dir = mkdtempSync(join(tmpdir(), 'tarikh-corpus-'));
  const sources = validSources();
  change(sources);
  for (const key of Object.keys(PATHS) as (keyof typeof PATHS)[]) {
    mkdirSync(dirname(join(dir, PATHS[key])), { recursive: true });
    writeFileSync(join(dir, PATHS[key]), sources[key]);
  }
  const run = () => spawnSync(TSX, [SCRIPT, '--out', out, '--parts', 'out/parts'], { cwd: dir, encoding: 'utf8' });
  return { dir, run, outPath: join(dir, out), partsPath: join(dir, 'out/parts') };
}

describe('npm run corpus', () => {
  const PARTS = [
    'head.json',
    'search-000.bin',
    'search-words.json',
    'skeleton.bin',
    'texts-000.ar.json',
    'texts-000.en.json',
    'texts-000.json',
    'texts-000.ru.json',
  ];

  it('writes the corpus to --out, the parts the app loads to --parts, and prints a one-line summary', () => {
    const { run, outPath, partsPath } = runCorpus();
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      'corpus: 1 article, 2 events (1 call, 1 meeting, 0 statements, 0 milestones), 2 people, 2 countries -> out/corpus.json, and in 8 parts -> out/parts/',
    );
    const corpus = JSON.parse(readFileSync(outPath, 'utf8')) as Corpus;
    expect(corpus).toMatchObject({ schemaVersion: 1 });
    // The parts are the same corpus, split as the app loads it.
    expect(readdirSync(partsPath).sort()).toEqual(PARTS);
    const head: unknown = JSON.parse(readFileSync(join(partsPath, 'head.json'), 'utf8'));
    expect(corpusChecks().head(head)).toBe(true);
    for (const [name, content] of corpusFiles(corpusFilesInput(corpus))) {
      const written = readFileSync(join(partsPath, name));
      expect(written.equals(Buffer.from(content))).toBe(true);
    }
  });

  it('replaces the parts of an earlier corpus whole: no file of it is left', () => {
    const { run, partsPath } = runCorpus();
    mkdirSync(partsPath, { recursive: true });
    writeFileSync(join(partsPath, 'texts-007.json'), '{}');
    expect(run().status).toBe(0);
    expect(readdirSync(partsPath).sort()).toEqual(PARTS);
  });

  it('writes byte-identical output on every run', () => {
    const { run, outPath } = runCorpus();
    run();
    const first = readFileSync(outPath);
    run();
    expect(readFileSync(outPath).equals(first)).toBe(true);
  });

  it('prints every error as file:line: field: message, exits 1 and writes nothing', () => {
    const { run, outPath } = runCorpus((s) => {
      s.annotations = s.annotations
        .replace('role: caller', 'role: callee')
        .replace('location: damascus', 'location: aleppo');
    });
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${PATHS.annotations}:7: events[0].participants[0]: a participant is {person, role} or {country, role}`,
    );
    expect(result.stderr).toContain(
      `${PATHS.annotations}:19: events[1].location: unknown place "aleppo": add it to gazetteer/places.yaml`,
    );
    expect(result.stderr).toContain('corpus: 2 error(s); nothing written.');
    expect(existsSync(outPath)).toBe(false);
  });

  it('leaves an existing corpus untouched when the sources are bad', () => {
    const { run, outPath } = runCorpus((s) => {
      s.people = s.people.replace('country: SY', 'country: XX');
    });
    mkdirSync(dirname(outPath), { recursive: true });
    writeFileSync(outPath, 'previous corpus');
    expect(run().status).toBe(1);
    expect(readFileSync(outPath, 'utf8')).toBe('previous corpus');
  });
});
