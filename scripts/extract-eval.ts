/**
 * `npm run extract:eval [-- --set dev|held-out|corpus|all] [--misses] [--json FILE]`: scores the
 * extraction assistant on the development set (corpus-dev/) and on the annotated articles of
 * corpus/. Prints precision, recall and F1 per language for the event (type, date and people
 * right) and for each field, the contacts found at all, and with --misses every miss.
 * The method is in docs/extraction.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../src/model/corpus-schema.ts';
import { parseDevSet } from '../src/extract/dev-set.ts';
import {
  emptyCounts,
  FIELDS,
  prf,
  scoreItem,
  type Counts,
  type Miss,
  type ScoredItem,
} from '../src/extract/evaluate.ts';
import { createExtractor } from '../src/extract/extract.ts';
import { goldOfCorpusArticle, goldOfDevItem } from '../src/extract/gold.ts';
import { buildCorpus } from '../src/pipeline/build-corpus.ts';
import { readGazetteer } from '../src/pipeline/read-gazetteer.ts';
import { readTree } from './read-tree.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    misses: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const SETS = values.set === 'all' ? ['dev', 'held-out', 'corpus'] : [values.set];

const corpusFiles = readTree('corpus');
const devGazetteerFiles = readTree('corpus-dev/gazetteer');
const forCorpus = readGazetteer(corpusFiles);
const forDev = readGazetteer([...corpusFiles, ...devGazetteerFiles]);
for (const { errors } of [forCorpus, forDev]) if (errors.length > 0) throw new Error(JSON.stringify(errors));

const results: { set: string; items: ScoredItem[]; notes: string[] }[] = [];
let proposalMs = 0;
let words = 0;

for (const set of SETS.filter((s) => s !== 'corpus')) {
  const extractor = createExtractor(forDev.gazetteer);
  const items: ScoredItem[] = [];
  for (const file of readTree(`corpus-dev/${set}`)) {
    const language = basename(file.path, '.yaml') as Language;
    for (const item of parseDevSet(file.content, language, set, file.path)) {
      const t0 = performance.now();
      const proposals = extractor.propose({ text: item.text, language, published: item.published });
      proposalMs += performance.now() - t0;
      words += item.text.split(/\s+/).length;
      items.push({ id: item.id, language, gold: goldOfDevItem(item, forDev.gazetteer), proposals });
    }
  }
  results.push({ set, items, notes: [] });
}

if (SETS.includes('corpus')) {
  const built = buildCorpus(corpusFiles);
  if (!built.ok) throw new Error('the corpus does not build: run npm run corpus');
  const extractor = createExtractor(forCorpus.gazetteer);
  const items: ScoredItem[] = [];
  const notes: string[] = [];
  for (const article of built.corpus.articles) {
    const file = corpusFiles.find((f) => f.path.endsWith(`articles/${article.id}.md`))!;
    const text = file.content.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\n$/, '');
    const proposals = extractor.propose({
      text,
      language: article.language,
      published: article.published.date,
      alternatives: article.published.alternatives ?? [],
    });
    const { gold, readouts } = goldOfCorpusArticle(built.corpus, article.id);
    items.push({ id: article.id, language: article.language, gold, proposals });
    for (const readout of readouts) {
      const contact = gold.find((g) => g.label === readout.of);
      const holder = proposals.find((p) =>
        readout.event.sources.every((s) => p.evidence.some((e) => e.start <= s.start && s.start < e.end)),
      );
      notes.push(
        `readout ${readout.event.id} (of ${readout.of}): ${holder && contact ? `folded into ${holder.id}, its quotes in the evidence` : 'NOT in the evidence of its contact'}`,
      );
    }
  }
  results.push({ set: 'corpus', items, notes });
}

const pct = (x: number) => (x * 100).toFixed(0).padStart(3);
const row = (label: string, correct: number, predicted: number, expected: number) => {
  const { p, r, f1 } = prf(correct, predicted, expected);
  return `| ${label} | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${correct}/${predicted} · ${correct}/${expected} |`;
};

const allMisses: Miss[] = [];
const report: Record<string, Record<string, Counts>> = {};
for (const { set, items, notes } of results) {
  const byLanguage = new Map<string, Counts>();
  for (const item of items) {
    for (const key of [item.language, 'all']) {
      const counts = byLanguage.get(key) ?? emptyCounts();
      byLanguage.set(key, counts);
      scoreItem(item, counts, key === 'all' ? allMisses : []);
    }
  }
  report[set] = Object.fromEntries(byLanguage);
  console.log(
    `\n## ${set}: ${items.length} item(s), ${items.reduce((n, i) => n + i.gold.length, 0)} gold contact(s)\n`,
  );
  for (const [language, counts] of [...byLanguage].sort(([a], [b]) =>
    a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b),
  )) {
    console.log(
      `### ${language} (${items.filter((i) => language === 'all' || i.language === language).length} items)\n`,
    );
    console.log('| measure | P % | R % | F1 % | correct/proposed · correct/gold |');
    console.log('|---|--:|--:|--:|--:|');
    console.log(row('**event** (type, date, people)', counts.events, counts.proposals, counts.gold));
    console.log(row('contact found', counts.found, counts.proposals, counts.gold));
    for (const field of FIELDS) {
      const f = counts.fields[field];
      console.log(row(field, f.correct, f.predicted, f.expected));
    }
    console.log('');
  }
  for (const note of notes) console.log(`- ${note}`);
}
if (words > 0)
  console.log(
    `\nproposals: ${((proposalMs / words) * 1000).toFixed(1)} ms per 1,000 words of the development items (Node, warm lexicons; npm run extract:bench measures properly)`,
  );
if (values.misses) {
  console.log('\n## Misses\n');
  for (const miss of allMisses) console.log(`- ${miss.item} ${miss.kind}: ${miss.what}`);
}
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({ report, misses: allMisses }, null, 2)}\n`);
  console.log(`\nwritten: ${values.json} (${dirname(values.json)})`);
}
void readFileSync;
