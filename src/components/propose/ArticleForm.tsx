import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale.ts';
import { FileButton } from '../FileButton.tsx';
import { languageName as nameOfLanguage } from './proposal-text.ts';
import { LANGUAGES, type Language } from '../../model/corpus-vocabulary.ts';
import { BUTTON, HINT, INPUT, LABEL, PRIMARY_BUTTON, SECTION } from './propose-styles.ts';

/** The article as the editor gives it. */
export interface ArticleDraft {
  text: string;
  /** The language chosen, or null to go by the one detected. */
  language: Language | null;
  /** YYYY-MM-DD, or '' when unknown. */
  published: string;
}

interface ArticleFormProps {
  article: ArticleDraft;
  /** The language the text's letters suggest, if any. */
  detected: Language | null;
  onChange: (change: Partial<ArticleDraft>) => void;
  /** A file the editor chose, to read in the page. */
  onOpenFile: (file: File) => void;
  /** What became of the last file opened, said in words. */
  fileMessage: { ok: boolean; text: string } | null;
  /** The assistant is reading the article. */
  busy: boolean;
  onSubmit: () => void;
}

/** The article to read: pasted or opened from a file, with its language and publication date. */
export function ArticleForm({
  article,
  detected,
  onChange,
  onOpenFile,
  fileMessage,
  busy,
  onSubmit,
}: ArticleFormProps) {
  const { t } = useTranslation();
  const ids = {
    text: useId(),
    textHint: useId(),
    file: useId(),
    language: useId(),
    published: useId(),
    publishedHint: useId(),
  };
  const language = article.language ?? detected ?? 'ar';
  const { lang: uiLanguage } = useLocale();
  const languageName = (lang: Language) => nameOfLanguage(lang, uiLanguage);

  return (
    <form
      className={SECTION}
      aria-labelledby={`${ids.text}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id={`${ids.text}-heading`} className="text-lg font-semibold">
        {t('propose.article.heading')}
      </h2>
      <div className="space-y-1">
        <label htmlFor={ids.text} className={LABEL}>
          {t('propose.article.text')}
        </label>
        <textarea
          id={ids.text}
          aria-describedby={ids.textHint}
          value={article.text}
          onChange={(event) => onChange({ text: event.currentTarget.value })}
          // The text's own direction and language, whatever the page's: Arabic stays right to left.
          dir="auto"
          lang={language}
          rows={10}
          spellCheck={false}
          className={`${INPUT} min-h-48 leading-relaxed`}
        />
        <p id={ids.textHint} className={HINT}>
          {t('propose.article.textHint')}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <FileButton
          label={t('propose.article.openFile')}
          accept=".md,.txt,text/plain,text/markdown"
          describedBy={ids.file}
          className={BUTTON}
          onFile={onOpenFile}
        />
        <span id={ids.file} className={HINT}>
          {t('propose.article.fileHint')}
        </span>
        <span
          role="status"
          className={`w-full text-sm ${fileMessage?.ok === false ? 'text-red-800 dark:text-red-300' : 'text-zinc-700 dark:text-zinc-300'}`}
        >
          {fileMessage?.text ?? ''}
        </span>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={ids.language} className={LABEL}>
            {t('propose.article.language')}
          </label>
          <select
            id={ids.language}
            value={language}
            onChange={(event) => onChange({ language: event.currentTarget.value as Language })}
            className={INPUT}
          >
            {LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {article.language === null && lang === detected
                  ? t('propose.article.detected', { language: languageName(lang) })
                  : languageName(lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={ids.published} className={LABEL}>
            {t('propose.article.published')}
          </label>
          <input
            id={ids.published}
            type="date"
            value={article.published}
            aria-describedby={ids.publishedHint}
            onChange={(event) => onChange({ published: event.currentTarget.value })}
            className={INPUT}
          />
        </div>
        <p id={ids.publishedHint} className={`${HINT} sm:col-span-2`}>
          {t('propose.article.publishedHint')}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
          {t('propose.article.propose')}
        </button>
        <span role="status" className={HINT}>
          {busy ? t('propose.article.proposing') : ''}
        </span>
      </div>
    </form>
  );
}
