import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkipReason } from '../../extract/draft.ts';
import { formatCorpusError, type CorpusError } from '../../pipeline/corpus-error.ts';
import { BUTTON, HINT, PRIMARY_BUTTON, SECTION } from './propose-styles.ts';

/** A file the editor can download: its place under corpus/. */
export interface OutputFile {
  path: string;
}

interface DraftOutputProps {
  /** Why files cannot be made yet (nothing accepted, details missing), or null. */
  blocked: string | null;
  /** The gazetteer files with additions, once drafted. */
  gazetteerFiles: readonly OutputFile[];
  skipped: readonly { id: string; reason: SkipReason }[];
  onDownload: (which: 'article' | 'annotation' | string) => void;
  /** Preview with the bundled corpus, or the drafts alone. */
  withBundled: boolean;
  onWithBundled: (value: boolean) => void;
  onPreview: () => void;
  preview: { status: 'idle' | 'building' } | { status: 'failed'; errors: readonly CorpusError[] };
}

/** Downloads of the files for corpus/, and the timeline preview of the drafts. */
export function DraftOutput(props: DraftOutputProps) {
  const { t } = useTranslation();
  const id = useId();
  const disabled = props.blocked !== null;
  return (
    <section className={SECTION} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t('propose.output.heading')}
      </h2>
      <p className={HINT}>{t('propose.output.intro')}</p>
      {props.blocked && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {props.blocked}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={disabled} onClick={() => props.onDownload('article')} className={BUTTON}>
          {t('propose.output.article')}
        </button>
        <button type="button" disabled={disabled} onClick={() => props.onDownload('annotation')} className={BUTTON}>
          {t('propose.output.annotation')}
        </button>
        {props.gazetteerFiles.map((file) => (
          <button
            key={file.path}
            type="button"
            disabled={disabled}
            onClick={() => props.onDownload(file.path)}
            className={BUTTON}
          >
            {t('propose.output.gazetteer', { file: file.path.split('/').slice(-2).join('/') })}
          </button>
        ))}
      </div>
      {props.skipped.length > 0 && (
        <ul className="list-disc ps-5 text-sm">
          {props.skipped.map((skip) => (
            <li key={skip.id}>
              {t('propose.output.skipped', { id: skip.id, reason: t(`propose.output.reason.${skip.reason}`) })}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">{t('propose.output.corpus')}</legend>
        <div className="flex flex-wrap gap-4">
          {[true, false].map((value) => (
            <label key={String(value)} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-with`}
                checked={props.withBundled === value}
                onChange={() => props.onWithBundled(value)}
                className="size-5"
              />
              {t(value ? 'propose.output.withBundled' : 'propose.output.draftsOnly')}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={disabled || props.preview.status === 'building'}
          onClick={props.onPreview}
          className={PRIMARY_BUTTON}
        >
          {t('propose.output.preview')}
        </button>
        <span role="status" className={HINT}>
          {props.preview.status === 'building' ? t('propose.output.building') : ''}
        </span>
      </div>
      {props.preview.status === 'failed' && (
        <div role="alert" className="space-y-1 text-sm text-red-900 dark:text-red-200">
          <p className="font-medium">{t('propose.output.problems', { count: props.preview.errors.length })}</p>
          <ul className="list-disc ps-5 font-mono break-all" dir="ltr">
            {props.preview.errors.slice(0, 50).map((error, k) => (
              <li key={k}>{formatCorpusError(error)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
