import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultMeta, missingMeta, type ArticleMeta, type MetaField } from '../extract/article-meta.ts';
import { detectLanguage } from '../extract/detect-language.ts';
import type { DraftFiles, DraftRequest } from '../extract/draft-files.ts';
import type { PersonNames } from '../extract/names.ts';
import { decide, draftRequest, renamePerson, saveEdit, tally, EMPTY_REVIEW, type Decision } from '../extract/review.ts';
import { Explorer } from '../app/Explorer.tsx';
import { Header } from '../components/Header.tsx';
import { downloadBlob } from '../components/export/download-file.ts';
import { ArticleDetailsForm } from '../components/propose/ArticleDetailsForm.tsx';
import { ArticleForm, type ArticleDraft } from '../components/propose/ArticleForm.tsx';
import { DraftOutput } from '../components/propose/DraftOutput.tsx';
import { EvidenceText } from '../components/propose/EvidenceText.tsx';
import { NewPeopleForm } from '../components/propose/NewPeopleForm.tsx';
import { ProposalList } from '../components/propose/ProposalList.tsx';
import { BUTTON } from '../components/propose/propose-styles.ts';
import { useExtraction } from '../hooks/use-extraction.ts';
import { useLanguage } from '../hooks/use-language.ts';
import { useSessionState } from '../hooks/use-session-state.ts';
import { writeLanguageParam } from '../i18n/pick-language.ts';
import { formatFileSize } from '../i18n/format-file-size.ts';
import { loadedFromCorpus, type LoadedCorpus } from '../model/loaded-corpus.ts';
import type { CorpusError } from '../pipeline/corpus-error.ts';
import { exposeProposeApi } from './propose-api.ts';
import { EMPTY_SESSION, isProposeSession, type ProposeSession } from './propose-session.ts';

// An article is a few kilobytes: a file far larger is not one (and would stall the reading).
const MAX_FILE_BYTES = 2 * 1024 * 1024;

type Preview =
  | { status: 'idle' }
  | { status: 'building' }
  | { status: 'failed'; errors: CorpusError[] }
  | { status: 'ready'; corpus: LoadedCorpus };

/**
 * The "Propose events" page: the article in, the assistant's proposals beside its text, the
 * editor's decisions, the files for corpus/, and the drafts on the app's own timeline. The
 * reading, drafting and corpus build run in a worker (extract.worker.ts); the page keeps the
 * session in sessionStorage.
 */
export function ProposePage() {
  const { t } = useTranslation();
  const [language, setLanguage] = useLanguage();
  const client = useExtraction();
  const [session, setSession] = useSessionState<ProposeSession>('tarikh.propose', EMPTY_SESSION, isProposeSession);
  const { article, meta, result, review, withBundled } = session;
  const update = useCallback(
    (change: Partial<ProposeSession>) => setSession((s) => ({ ...s, ...change })),
    [setSession],
  );

  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fileMessage, setFileMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [draftedFor, setDrafted] = useState<{ request: DraftRequest; files: DraftFiles } | null>(null);
  const [preview, setPreview] = useState<Preview>({ status: 'idle' });
  const rendered = useRef<(() => void) | null>(null);

  const detected = useMemo(() => detectLanguage(article.text), [article.text]);
  const documentTitle = t('propose.documentTitle');
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  const propose = useCallback(
    async (given: ArticleDraft) => {
      if (given.text.trim() === '') {
        setFailure(t('propose.article.empty'));
        return;
      }
      const lang = given.language ?? detectLanguage(given.text) ?? 'ar';
      setBusy(true);
      setFailure(null);
      try {
        const answer = await client.ask({
          kind: 'propose',
          article: { text: given.text, language: lang, published: given.published || null },
        });
        setActive(null);
        setEditing(null);
        setPreview({ status: 'idle' });
        // A transition: React renders the cards in slices, and the page's thread never blocks long.
        startTransition(() =>
          setSession((s) => ({
            ...s,
            result: {
              text: given.text,
              language: lang,
              published: given.published || null,
              proposals: answer.proposals,
              names: answer.names,
              ms: answer.ms,
            },
            review: EMPTY_REVIEW,
            meta:
              s.meta && s.meta.language === lang
                ? { ...s.meta, published: { ...s.meta.published, date: given.published } }
                : defaultMeta(given.text, lang, given.published || null),
          })),
        );
        return answer;
      } catch (error) {
        setFailure(t('propose.failure', { message: (error as Error).message }));
      } finally {
        setBusy(false);
      }
    },
    [client, setSession, t],
  );

  // The benchmark's handle (scripts/extract-bench.ts): the same path as the button.
  useEffect(
    () => exposeProposeApi({ ready: () => client.ask({ kind: 'ready' }), propose, rendered }),
    [client, propose],
  );
  useEffect(() => {
    rendered.current?.();
  }, [result]);

  const openFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        setFileMessage({
          ok: false,
          text: t('propose.article.fileTooLarge', { file: file.name, size: formatFileSize(MAX_FILE_BYTES, language) }),
        });
        return;
      }
      try {
        const answer = await client.ask({ kind: 'read', file: { path: file.name, content: await file.text() } });
        const given: ArticleDraft = {
          text: answer.input.text,
          language: answer.input.language,
          published: answer.input.published ?? '',
        };
        update({ article: given, ...(answer.article ? { meta: answer.article } : {}) });
        setFileMessage({ ok: true, text: t('propose.article.fileOpened', { file: file.name }) });
      } catch (error) {
        setFileMessage({
          ok: false,
          text: t('propose.article.fileError', { file: file.name, reason: (error as Error).message }),
        });
      }
    },
    [client, language, t, update],
  );

  // Names: the assistant's, with the editor's over them.
  const names = useMemo<Record<string, PersonNames>>(
    () => ({ ...(result?.names ?? {}), ...review.names }),
    [result, review.names],
  );
  const newPeople = useMemo(() => {
    const seen = new Map<string, { key: string; written: string; names: PersonNames }>();
    for (const proposal of result?.proposals ?? [])
      for (const person of proposal.people)
        if (!person.id && names[`new:${person.name}`])
          seen.set(`new:${person.name}`, {
            key: `new:${person.name}`,
            written: person.name,
            names: names[`new:${person.name}`]!,
          });
    return [...seen.values()];
  }, [result, names]);

  const spans = useMemo(
    () =>
      (result?.proposals ?? []).flatMap((proposal, k) =>
        proposal.evidence.map((span) => ({ start: span.start, end: span.end, proposal: k + 1 })),
      ),
    [result],
  );

  const metaLabels: Record<MetaField, string> = {
    id: t('propose.details.id'),
    title: t('propose.details.title'),
    outlet: t('propose.details.outletAll'),
    published: t('propose.article.published'),
    note: t('propose.details.note'),
    url: t('propose.details.url'),
  };
  const missing = meta ? missingMeta(meta).map((field) => metaLabels[field]) : [];
  const counts = result ? tally(review, result.proposals) : { accepted: 0, open: 0, rejected: 0 };
  const blocked =
    counts.accepted === 0
      ? t('propose.output.nothingAccepted')
      : missing.length > 0
        ? t('propose.details.missing', { fields: missing.join(', ') })
        : null;
  const request = useMemo(
    () => (result && meta ? draftRequest(meta, result.text, result.proposals, review) : null),
    [result, meta, review],
  );
  const drafted = draftedFor && draftedFor.request === request && !blocked ? draftedFor.files : null;

  // The files, drafted again whenever what they are made from changes: their list and what was left out.
  useEffect(() => {
    if (!request || blocked) return;
    let current = true;
    client
      .ask({ kind: 'draft', request })
      .then((answer) => current && setDrafted({ request, files: answer.files }))
      .catch((error: Error) => current && setFailure(t('propose.failure', { message: error.message })));
    return () => {
      current = false;
    };
  }, [client, request, blocked, t]);

  const download = useCallback(
    async (which: string) => {
      if (!request) return;
      const { files } = await client.ask({ kind: 'draft', request });
      const file =
        which === 'article'
          ? files.article
          : which === 'annotation'
            ? files.annotation
            : files.gazetteer.find((f) => f.path === which);
      if (!file) return;
      const name = file.path.startsWith('corpus/gazetteer/')
        ? file.path.split('/').pop()!.replace('.yaml', '.additions.yaml')
        : file.path.split('/').pop()!;
      downloadBlob(
        new Blob([file.content], {
          type: file.path.endsWith('.md') ? 'text/markdown;charset=utf-8' : 'application/yaml;charset=utf-8',
        }),
        name,
      );
    },
    [client, request],
  );

  const showPreview = useCallback(async () => {
    if (!request) return;
    setPreview({ status: 'building' });
    try {
      const answer = await client.ask({ kind: 'preview', request, withBundled });
      if (answer.result.ok) {
        // The explorer reads its view from the address: it starts from the whole corpus.
        window.history.replaceState(window.history.state, '', writeLanguageParam('', language));
        setPreview({ status: 'ready', corpus: loadedFromCorpus(answer.result.corpus) });
      } else setPreview({ status: 'failed', errors: answer.result.errors });
    } catch (error) {
      setPreview({ status: 'idle' });
      setFailure(t('propose.failure', { message: (error as Error).message }));
    }
  }, [client, request, withBundled, language, t]);

  const closePreview = () => {
    window.history.replaceState(window.history.state, '', writeLanguageParam('', language));
    setPreview({ status: 'idle' });
  };

  // Stable, so that deciding on one proposal redraws that one card alone.
  const onDecide = useCallback(
    (id: string, decision: Decision) => setSession((s) => ({ ...s, review: decide(s.review, id, decision) })),
    [setSession],
  );
  const activate = useCallback((number: number, from: 'card' | 'text') => {
    setActive(number);
    const selector = from === 'card' ? `mark[data-proposals~="${number}"]` : `article[data-proposal="${number}"]`;
    const target = document.querySelector<HTMLElement>(selector);
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (from === 'text') target?.querySelector<HTMLElement>('h3')?.focus();
  }, []);
  const showInText = useCallback((number: number) => activate(number, 'card'), [activate]);

  return (
    <>
      <Header language={language} onLanguageChange={setLanguage}>
        <a
          href={`./${writeLanguageParam('', language)}`}
          className="inline-flex min-h-11 items-center text-sm underline"
        >
          {t('propose.backToTimeline')}
        </a>
      </Header>
      <main className="mx-auto max-w-7xl space-y-4 px-4 py-6">
        <div className="space-y-1">
          <h2 className="text-2xl font-bold">{t('propose.title')}</h2>
          <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">{t('propose.intro')}</p>
        </div>
        {failure && (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            {failure}
          </p>
        )}
        {preview.status === 'ready' ? (
          // Not a landmark of its own: the explorer's filters are a complementary landmark, which must
          // stand at the top level.
          <div className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <h2 className="text-lg font-semibold">{t('propose.output.previewHeading')}</h2>
              <button type="button" onClick={closePreview} className={BUTTON}>
                {t('propose.output.closePreview')}
              </button>
            </div>
            <Explorer corpus={preview.corpus} lang={language} corpusName={meta?.id} />
          </div>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="space-y-4">
              <ArticleForm
                article={article}
                detected={detected}
                onChange={(change) => update({ article: { ...article, ...change } })}
                onOpenFile={(file) => void openFile(file)}
                fileMessage={fileMessage}
                busy={busy}
                onSubmit={() => void propose(article)}
              />
              {result && (
                <EvidenceText
                  text={result.text}
                  language={result.language}
                  spans={spans}
                  active={active}
                  onPick={(n) => activate(n, 'text')}
                />
              )}
            </div>
            {result && (
              <div className="space-y-4">
                <ProposalList
                  proposals={result.proposals}
                  ms={result.ms}
                  review={review}
                  names={names}
                  articleLanguage={result.language}
                  active={active}
                  onActivate={showInText}
                  onDecide={onDecide}
                  editing={editing}
                  onEdit={setEditing}
                  onSaveEdit={(proposal, texts) => {
                    update({ review: saveEdit(review, proposal, texts) });
                    setEditing(null);
                  }}
                />
                <NewPeopleForm
                  people={newPeople}
                  onRename={(key, renamed) => update({ review: renamePerson(review, key, renamed) })}
                />
                {meta && (
                  <ArticleDetailsForm
                    meta={meta}
                    onChange={(next: ArticleMeta) => update({ meta: next })}
                    missing={missing}
                  />
                )}
                <DraftOutput
                  blocked={blocked}
                  gazetteerFiles={drafted?.gazetteer ?? []}
                  skipped={drafted?.skipped ?? []}
                  onDownload={(which) => void download(which)}
                  withBundled={withBundled}
                  onWithBundled={(value) => update({ withBundled: value })}
                  onPreview={() => void showPreview()}
                  preview={
                    preview.status === 'failed'
                      ? preview
                      : { status: preview.status === 'building' ? 'building' : 'idle' }
                  }
                />
              </div>
            )}
          </div>
        )}
      </main>
    </>
  );
}
