/**
 * `npm run extract -- FILE [--lang ar|en|ru] [--published YYYY-MM-DD] [--format json|yaml]
 * [--write] [--gazetteer DIR]…`: proposes the calls, meetings and statements of an article for
 * an editor to confirm. FILE is plain text or an article of corpus/articles/ (its front matter
 * gives the language and publication date). JSON: `{ "proposals": [...] }`; YAML: a draft
 * annotation file. `--write` adds the drafts to the article's annotation file, and people the
 * gazetteer lacks to gazetteer/people.yaml, all marked `review: pending`: `npm run corpus`
 * refuses them until an editor has checked them. See docs/extraction.md.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { describeCue } from '../src/extract/cues.ts';
import { draftAnnotation, SKIP_REASONS } from '../src/extract/draft.ts';
import { createExtractor } from '../src/extract/extract.ts';
import { readInput } from '../src/extract/read-input.ts';
import { slugOf } from '../src/extract/transliterate.ts';
import type { Proposal } from '../src/extract/types.ts';
import { annotatedSpans } from '../src/extract/annotated-spans.ts';
import { readGazetteer } from '../src/pipeline/read-gazetteer.ts';
import { formatCorpusError } from '../src/pipeline/corpus-error.ts';
import { readTree } from './read-tree.ts';

const USAGE =
  'usage: npm run extract -- FILE [--lang ar|en|ru] [--published YYYY-MM-DD] [--format json|yaml] [--write] [--gazetteer DIR]';

function fail(message: string): never {
  console.error(`extract: ${message}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      published: { type: 'string' },
      format: { type: 'string', default: 'json' },
      write: { type: 'boolean', default: false },
      gazetteer: { type: 'string', multiple: true, default: [] },
      root: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail(`give one FILE\n${USAGE}`);
if (values.format !== 'json' && values.format !== 'yaml') fail(`--format must be json or yaml, not "${values.format}"`);
const path = positionals[0]!;
if (!existsSync(path)) fail(`${path}: no such file`);

// The corpus the article belongs to: the folder above articles/, else ./corpus.
const parts = relative(process.cwd(), path).split(sep);
const inArticles = parts.length >= 2 && parts.at(-2) === 'articles';
const root = values.root ?? (inArticles ? parts.slice(0, -2).join(sep) || '.' : 'corpus');

let read;
try {
  read = readInput({ path: relative(process.cwd(), path), content: readFileSync(path, 'utf8') }, values);
} catch (error) {
  fail((error as Error).message);
}
if (values.write && (!read.article || !inArticles))
  fail('--write adds drafts to an article of corpus/articles/ (with its front matter); this is plain text');

const gazetteerFiles = [join(root, 'gazetteer'), ...values.gazetteer].flatMap((dir) =>
  existsSync(dir) ? readTree(dir) : [],
);
const { gazetteer, errors } = readGazetteer(gazetteerFiles);
if (errors.length > 0) fail(`the gazetteer has errors:\n${errors.map(formatCorpusError).join('\n')}`);
const extractor = createExtractor(gazetteer);
const proposals = extractor.propose(read.input);

const articleId = read.article?.id ?? (slugOf(basename(path).replace(/\.[^.]*$/, '')) || 'article');
const outlet = read.article?.outlet.name ?? { ar: 'نص المقال', en: 'The article', ru: 'Текст статьи' };

if (!values.write) {
  if (values.format === 'json') {
    // The reasons in English words, where the page says them in the reader's language.
    const json = proposals.map((proposal) => ({ ...proposal, why: proposal.why.map(describeCue) }));
    process.stdout.write(`${JSON.stringify({ proposals: json }, null, 2)}\n`);
  } else {
    const draft = draftAnnotation({
      articleId,
      text: read.input.text,
      language: read.input.language,
      outlet,
      proposals,
      people: extractor.people,
      countries: extractor.countries,
      pending: false,
    });
    process.stdout.write(draft.annotationYaml);
    const proposed: [string, string][] = [
      ['people.yaml: people the gazetteer lacks', draft.peopleYaml],
      ['places.yaml: places the gazetteer lacks', draft.placesYaml],
      ['countries.yaml: countries the gazetteer lacks', draft.countriesYaml],
    ];
    for (const [what, yaml] of proposed) {
      if (!yaml) continue;
      const commented = yaml
        .trimEnd()
        .split('\n')
        .map((line) => (line.startsWith('#') ? line : `# ${line}`))
        .join('\n');
      process.stdout.write(`\n# Proposed for gazetteer/${what}:\n${commented}\n`);
    }
  }
  process.exit(0);
}

// --write: the drafts go after the article's annotated events, new people after the gazetteer's.
const annotationPath = join(root, 'annotations', `${articleId}.yaml`);
const existing = existsSync(annotationPath) ? readFileSync(annotationPath, 'utf8') : null;
const annotated = existing
  ? annotatedSpans(annotationPath, existing, read.input.text)
  : { ids: new Set<string>(), spans: [] };
if ('error' in annotated) fail(annotated.error);
const fresh: Proposal[] = [];
const already: Proposal[] = [];
for (const proposal of proposals) {
  const told = annotated.spans.some(
    (span) => span.type === proposal.type && proposal.evidence.some((e) => e.start < span.end && span.start < e.end),
  );
  (told ? already : fresh).push(proposal);
}
const draft = draftAnnotation({
  articleId,
  text: read.input.text,
  language: read.input.language,
  outlet,
  proposals: fresh,
  people: extractor.people,
  countries: extractor.countries,
  pending: true,
  takenEventIds: annotated.ids,
});
if (draft.events.length > 0) {
  if (existing === null) writeFileSync(annotationPath, draft.annotationYaml);
  else appendFileSync(annotationPath, `${existing.endsWith('\n') ? '' : '\n'}${draft.eventsYaml}`);
}
// New people, places and countries go after the gazetteer's own, only with drafts that name them.
const appendTo = (file: string, yaml: string) => {
  if (!yaml || draft.events.length === 0) return;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  appendFileSync(file, `${before === '' || before.endsWith('\n') ? '' : '\n'}\n${yaml}`);
};
const peoplePath = join(root, 'gazetteer', 'people.yaml');
appendTo(peoplePath, draft.peopleYaml);
appendTo(join(root, 'gazetteer', 'places.yaml'), draft.placesYaml);
appendTo(join(root, 'gazetteer', 'countries.yaml'), draft.countriesYaml);
const lines = [
  `extract: ${draft.events.length} draft(s) added to ${annotationPath}, marked review: pending`,
  ...(already.length > 0
    ? [`  ${already.length} proposal(s) already annotated there, left out: ${already.map((p) => p.id).join(', ')}`]
    : []),
  ...draft.skipped.map(({ proposal, reason }) => `  not drafted: ${proposal.id}: ${SKIP_REASONS[reason]}`),
  ...(draft.newPeople.length > 0 && draft.events.length > 0
    ? [
        `  ${draft.newPeople.length} new person(s) added to ${peoplePath}, marked review: pending: ${draft.newPeople.map((p) => p.id).join(', ')}`,
      ]
    : []),
  ...(draft.newPlaces.length > 0 && draft.events.length > 0
    ? [`  new place(s) added to gazetteer/places.yaml: ${draft.newPlaces.map((p) => p.id).join(', ')}`]
    : []),
  ...(draft.newCountries.length > 0 && draft.events.length > 0
    ? [
        `  new countr(y/ies) added to gazetteer/countries.yaml (names from Intl): ${draft.newCountries.map((c) => c.code).join(', ')}`,
      ]
    : []),
  '  npm run corpus refuses every pending draft until an editor has checked it and removed "review: pending".',
];
console.log(lines.join('\n'));
