// zod's probe for `new Function` must be switched off before any schema is built.
import '../model/zod-jitless.ts';
import { draftFiles, previewSources } from '../extract/draft-files.ts';
import { personKey } from '../extract/person-key.ts';
import { createExtractor } from '../extract/extract.ts';
import { namesOf, type PersonNames } from '../extract/names.ts';
import { readInput } from '../extract/read-input.ts';
import { buildCorpus } from '../pipeline/build-corpus.ts';
import { readGazetteer } from '../pipeline/read-gazetteer.ts';
import type { SourceFile } from '../pipeline/read-sources.ts';
import { parseDocument } from 'yaml';
import type { ExtractionAnswer, ExtractionMessage, ExtractionReply, ExtractionRequest } from './extraction-protocol.ts';

// The corpus's gazetteer, as its YAML sources: parsed and checked here as `npm run corpus` does,
// and its lexicons built once, off the page's thread. The articles and annotations come only
// when a preview with the bundled corpus asks for them.
const asFiles = (modules: Record<string, string>): SourceFile[] =>
  Object.entries(modules).map(([path, content]) => ({ path: path.replace(/^(\.\.\/)+/, ''), content }));
const gazetteerFiles = asFiles(
  import.meta.glob<string>('../../corpus/gazetteer/*.yaml', { query: '?raw', import: 'default', eager: true }),
);
const bundledSources = import.meta.glob<string>('../../corpus/{articles,annotations}/*', {
  query: '?raw',
  import: 'default',
});

const { gazetteer } = readGazetteer(gazetteerFiles);
const extractor = createExtractor(gazetteer);
// A short report in each language read at start, while the editor pastes: the first article then
// runs code the engine has already compiled (the first reading is several times slower).
const WARM_UP = {
  ar: 'أجرى الرئيس الروسي، الأربعاء، اتصالاً هاتفياً مع نظيره التركي، وفق بيان. والتقى وزير الخارجية المصري في القاهرة الشهر الماضي نظيره الأردني. وقال المتحدث باسم الكرملين، أمس، إن الرئيس سيزور أنقرة الأسبوع المقبل. وأضاف أن الحوار مستمر.',
  en: 'The Russian president spoke by phone on Wednesday with his Turkish counterpart, the Kremlin said. Egypt’s foreign minister met his Jordanian counterpart in Cairo last month. A spokesman said on Tuesday that the president would visit Ankara next week. He added that talks would go on.',
  ru: 'Президент России в среду провёл телефонный разговор с коллегой из Турции, сообщили в Кремле. Министр иностранных дел Египта встретился с коллегой из Иордании в Каире в прошлом месяце. Пресс-секретарь заявил во вторник, что президент посетит Анкару на следующей неделе.',
} as const;
for (let round = 0; round < 3; round++)
  for (const [language, text] of Object.entries(WARM_UP))
    extractor.propose({ text, language: language as keyof typeof WARM_UP, published: '2025-01-01' });

/** The corpus's own articles and annotations, read when first needed. */
let bundled: Promise<SourceFile[]> | undefined;
const loadBundled = () =>
  (bundled ??= Promise.all(
    Object.entries(bundledSources).map(async ([path, load]) => ({
      path: path.replace(/^(\.\.\/)+/, ''),
      content: await load(),
    })),
  ));

/** Event ids the corpus already uses: a draft must not take one (its files go beside them). */
async function takenEventIds(): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const file of await loadBundled()) {
    if (!file.path.includes('/annotations/')) continue;
    const events = (parseDocument(file.content).toJS() as { events?: { id?: unknown }[] } | null)?.events ?? [];
    for (const event of events) if (typeof event.id === 'string') ids.add(event.id);
  }
  return ids;
}

async function answer(request: ExtractionRequest): Promise<ExtractionAnswer> {
  switch (request.kind) {
    // Answered once the lexicons are built and warm: messages wait for the module to finish.
    case 'ready':
      return { kind: 'ready' };
    case 'read': {
      const { input, article } = readInput(request.file, {});
      return { kind: 'read', input, article };
    }
    case 'propose': {
      const t0 = performance.now();
      const proposals = extractor.propose(request.article);
      const names: Record<string, PersonNames> = {};
      for (const proposal of proposals)
        for (const person of proposal.people)
          names[personKey(person)] ??= namesOf(person, extractor.people, request.article.language);
      return { kind: 'propose', proposals, names, ms: performance.now() - t0 };
    }
    case 'draft':
      return { kind: 'draft', files: draftFiles(request.request, extractor, await takenEventIds()) };
    case 'preview': {
      const files = draftFiles(request.request, extractor, await takenEventIds());
      // The corpus's articles come either way (the gazetteer's roles cite them); its events only
      // with the bundled corpus.
      const sources = (await loadBundled()).filter((file) => request.withBundled || file.path.includes('/articles/'));
      const built = buildCorpus(previewSources(files, gazetteerFiles, sources));
      return {
        kind: 'preview',
        files,
        result: built.ok ? { ok: true, corpus: built.corpus } : { ok: false, errors: built.errors },
      };
    }
  }
}

self.onmessage = async (event: MessageEvent<ExtractionMessage>) => {
  const { id, request } = event.data;
  let reply: ExtractionReply;
  try {
    reply = { id, answer: await answer(request) };
  } catch (error) {
    reply = { id, answer: { kind: 'failed', message: error instanceof Error ? error.message : String(error) } };
  }
  self.postMessage(reply);
};
