/**
 * `npm run extract:eval [-- --set dev|held-out|fresh|corpus|all] [--misses] [--ablate] [--json FILE]`:
 * scores the extraction assistant on the development set (corpus-dev/) and on the annotated
 * articles of corpus/. Prints precision, recall and F1 per language for the event (type, date
 * and people right) and for each field, and the contacts found at all; with --misses every miss;
 * with --ablate what each rule is worth (the event's F1 with that rule off). docs/extraction.md
 * gives the method.
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../src/model/corpus-schema.ts';
import { parseDevSet, type DevItem } from '../src/extract/dev-set.ts';
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
import { ALL_ON, RULES, type Rule, type RuleSwitches } from '../src/extract/rules.ts';
import { buildCorpus } from '../src/pipeline/build-corpus.ts';
import { readGazetteer } from '../src/pipeline/read-gazetteer.ts';
import { readTree } from './read-tree.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    misses: { type: 'boolean', default: false },
    ablate: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const SETS = values.set === 'all' ? ['dev', 'held-out', 'fresh', 'corpus'] : [values.set];

const corpusFiles = readTree('corpus');
const forCorpus = readGazetteer(corpusFiles);
const forDev = readGazetteer([...corpusFiles, ...readTree('corpus-dev/gazetteer')]);
for (const { errors } of [forCorpus, forDev]) if (errors.length > 0) throw new Error(JSON.stringify(errors));
const built = buildCorpus(corpusFiles);
if (!built.ok) throw new Error('the corpus does not build: run npm run corpus to see why');
const corpus = built.corpus;

const devItems = new Map<string, DevItem[]>();
for (const set of SETS.filter((s) => s !== 'corpus'))
  devItems.set(
    set,
    readTree(`corpus-dev/${set}`).flatMap((file) =>
      parseDevSet(file.content, basename(file.path, '.yaml') as Language, set, file.path),
    ),
  );

interface SetResult {
  set: string;
  items: ScoredItem[];
  notes: string[];
}

/** Runs the assistant over every chosen set with `switches`. */
function run(switches: RuleSwitches): SetResult[] {
  const results: SetResult[] = [];
  const devExtractor = createExtractor(forDev.gazetteer, switches);
  for (const [set, items] of devItems)
    results.push({
      set,
      notes: [],
      items: items.map((item) => ({
        id: item.id,
        language: item.language,
        gold: goldOfDevItem(item, forDev.gazetteer),
        proposals: devExtractor.propose({ text: item.text, language: item.language, published: item.published }),
      })),
    });
  if (SETS.includes('corpus')) {
    const extractor = createExtractor(forCorpus.gazetteer, switches);
    const items: ScoredItem[] = [];
    const notes: string[] = [];
    for (const article of corpus.articles) {
      const file = corpusFiles.find((f) => f.path.endsWith(`articles/${article.id}.md`))!;
      const text = file.content.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/\n$/, '');
      const proposals = extractor.propose({
        text,
        language: article.language,
        published: article.published.date,
        alternatives: article.published.alternatives ?? [],
      });
      const { gold, readouts } = goldOfCorpusArticle(corpus, article.id);
      items.push({ id: article.id, language: article.language, gold, proposals });
      for (const readout of readouts) {
        const holder = proposals.find((p) =>
          readout.event.sources.every((s) => p.evidence.some((e) => e.start <= s.start && s.start < e.end)),
        );
        notes.push(
          `readout ${readout.event.id} (of ${readout.of}): ${holder ? `folded into ${holder.id}, every quote of it in the evidence` : 'NOT in the evidence of its contact'}`,
        );
      }
    }
    results.push({ set: 'corpus', items, notes });
  }
  return results;
}

/** Counts by set and language ('all' for every language), and the misses. */
function score(results: SetResult[]) {
  const counts: Record<string, Record<string, Counts>> = {};
  const misses: Miss[] = [];
  for (const { set, items } of results) {
    counts[set] = {};
    for (const item of items)
      for (const key of [item.language, 'all']) {
        counts[set][key] ??= emptyCounts();
        scoreItem(item, counts[set][key], key === 'all' ? misses : []);
      }
  }
  return { counts, misses };
}

const pct = (x: number) => (x * 100).toFixed(0).padStart(3);
const row = (label: string, correct: number, predicted: number, expected: number) => {
  const { p, r, f1 } = prf(correct, predicted, expected);
  return `| ${label} | ${pct(p)} | ${pct(r)} | ${pct(f1)} | ${correct}/${predicted} · ${correct}/${expected} |`;
};

const t0 = performance.now();
const results = run(ALL_ON);
const elapsed = performance.now() - t0;
const { counts, misses } = score(results);
for (const { set, items, notes } of results) {
  console.log(
    `\n## ${set}: ${items.length} item(s), ${items.reduce((n, i) => n + i.gold.length, 0)} gold contact(s)\n`,
  );
  const languages = Object.keys(counts[set]!).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
  for (const language of languages) {
    const c = counts[set]![language]!;
    const n = items.filter((i) => language === 'all' || i.language === language).length;
    console.log(`### ${set} · ${language} (${n} item${n === 1 ? '' : 's'})\n`);
    console.log('| measure | P % | R % | F1 % | correct/proposed · correct/gold |');
    console.log('|---|--:|--:|--:|--:|');
    console.log(row('**event** (type, date, people)', c.events, c.proposals, c.gold));
    console.log(row('contact found', c.found, c.proposals, c.gold));
    for (const field of FIELDS)
      console.log(row(field, c.fields[field].correct, c.fields[field].predicted, c.fields[field].expected));
    console.log('');
  }
  for (const note of notes) console.log(`- ${note}`);
}
const words = results.flatMap((r) => r.items).length;
console.log(
  `\n(${words} articles proposed and scored in ${elapsed.toFixed(0)} ms, lexicons included; npm run extract:bench measures speed)`,
);

if (values.misses) {
  console.log('\n## Misses\n');
  for (const miss of misses) console.log(`- ${miss.item} ${miss.kind}: ${miss.what}`);
}

if (values.ablate) {
  // What each rule is worth: the event's F1 over every chosen set, with that rule alone off.
  const f1Of = (all: Record<string, Record<string, Counts>>, language: string) => {
    const total = emptyCounts();
    for (const bySet of Object.values(all)) {
      const c = bySet[language];
      if (!c) continue;
      total.events += c.events;
      total.proposals += c.proposals;
      total.gold += c.gold;
    }
    return prf(total.events, total.proposals, total.gold).f1;
  };
  const base = { ar: f1Of(counts, 'ar'), all: f1Of(counts, 'all') };
  console.log(`\n## Ablation: the event's F1 (${SETS.join(', ')}) with one rule off\n`);
  console.log('| rule off | Arabic F1 % | change | all languages F1 % | change |');
  console.log('|---|--:|--:|--:|--:|');
  const rows = (Object.keys(RULES) as Rule[]).map((rule) => {
    const { counts: without } = score(run({ off: new Set([rule]) }));
    return { rule, ar: f1Of(without, 'ar'), all: f1Of(without, 'all') };
  });
  rows.sort((a, b) => a.ar - b.ar || a.all - b.all);
  console.log(`| (none) | ${pct(base.ar)} | | ${pct(base.all)} | |`);
  for (const r of rows)
    console.log(
      `| ${r.rule}: ${RULES[r.rule]} | ${pct(r.ar)} | ${((r.ar - base.ar) * 100).toFixed(0)} | ${pct(r.all)} | ${((r.all - base.all) * 100).toFixed(0)} |`,
    );
}

if (values.json) {
  writeFileSync(values.json, `${JSON.stringify({ counts, misses }, null, 2)}\n`);
  console.log(`\nwritten: ${values.json}`);
}
