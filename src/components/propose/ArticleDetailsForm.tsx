import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale.ts';
import { languageName as nameOfLanguage } from './proposal-text.ts';
import type { ArticleMeta } from '../../extract/article-meta.ts';
import { LANGUAGES, type Language } from '../../model/corpus-vocabulary.ts';
import { HINT, INPUT, LABEL, SECTION } from './propose-styles.ts';

interface ArticleDetailsFormProps {
  meta: ArticleMeta;
  onChange: (meta: ArticleMeta) => void;
  /** Fields still to fill in, named in the UI language; empty when the file can be made. */
  missing: string[];
}

/** The article file's front matter: its id, title, outlet and how its date is known. */
export function ArticleDetailsForm({ meta, onChange, missing }: ArticleDetailsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { lang: uiLanguage } = useLocale();
  const languageName = (lang: Language) => nameOfLanguage(lang, uiLanguage);
  const field = (
    name: string,
    label: string,
    value: string,
    set: (value: string) => void,
    options: { hint?: string; lang?: Language; type?: string } = {},
  ) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${name}`} className={LABEL}>
        {label}
      </label>
      <input
        id={`${id}-${name}`}
        type={options.type ?? 'text'}
        value={value}
        {...(options.lang ? { lang: options.lang, dir: options.lang === 'ar' ? 'rtl' : 'ltr' } : { dir: 'auto' })}
        {...(options.hint ? { 'aria-describedby': `${id}-${name}-hint` } : {})}
        onChange={(event) => set(event.currentTarget.value)}
        className={INPUT}
      />
      {options.hint && (
        <p id={`${id}-${name}-hint`} className={HINT}>
          {options.hint}
        </p>
      )}
    </div>
  );
  return (
    <section className={SECTION} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t('propose.details.heading')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {field('id', t('propose.details.id'), meta.id, (value) => onChange({ ...meta, id: value }), {
          hint: t('propose.details.idHint'),
        })}
        {field('title', t('propose.details.title'), meta.title, (value) => onChange({ ...meta, title: value }), {
          lang: meta.language,
        })}
        {LANGUAGES.map((lang) => (
          <div key={lang}>
            {field(
              `outlet-${lang}`,
              t('propose.details.outlet', { language: languageName(lang) }),
              meta.outlet.name[lang],
              (value) =>
                onChange({ ...meta, outlet: { ...meta.outlet, name: { ...meta.outlet.name, [lang]: value } } }),
              { lang },
            )}
          </div>
        ))}
        {field('site', t('propose.details.site'), meta.outlet.site ?? '', (value) =>
          onChange({ ...meta, outlet: { ...meta.outlet, ...(value ? { site: value } : { site: undefined }) } }),
        )}
        {field(
          'url',
          t('propose.details.url'),
          meta.url ?? '',
          (value) => onChange({ ...meta, url: value || undefined }),
          { type: 'url' },
        )}
      </div>
      <fieldset className="space-y-1">
        <legend className={LABEL}>{t('propose.details.basis')}</legend>
        <div className="flex flex-wrap gap-4">
          {(['stated', 'inferred'] as const).map((basis) => (
            <label key={basis} className="flex min-h-11 items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-basis`}
                value={basis}
                checked={meta.published.basis === basis}
                onChange={() => onChange({ ...meta, published: { ...meta.published, basis } })}
                className="size-5"
              />
              {t(`propose.details.${basis}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {field('note', t('propose.details.note'), meta.published.note, (value) =>
        onChange({ ...meta, published: { ...meta.published, note: value } }),
      )}
      {missing.length > 0 && (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {t('propose.details.missing', { fields: missing.join(', ') })}
        </p>
      )}
    </section>
  );
}
