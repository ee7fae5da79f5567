import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../model/corpus-vocabulary.ts';

interface LanguageSwitcherProps {
  /** The UI language now. */
  value: Language;
  /** Called with the language the reader picks. */
  onChange: (lang: Language) => void;
}

/** Buttons that switch the UI language, each named in its own language (العربية, English, Русский). */
export function LanguageSwitcher({ value, onChange }: LanguageSwitcherProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="flex flex-wrap items-center gap-2">
      {/* Read out everywhere; seen where there is room for it. */}
      <span id={labelId} className="text-sm text-zinc-600 max-sm:sr-only dark:text-zinc-400">
        {t('language.label')}
      </span>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          // lang lets a screen reader say "Русский" with Russian phonetics.
          lang={lang}
          aria-pressed={lang === value}
          onClick={() => onChange(lang)}
          className="min-h-8 rounded-md border border-zinc-300 px-2.5 py-1 text-sm sm:px-3 hover:bg-zinc-100 touch:min-h-11 aria-pressed:border-zinc-900 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:border-zinc-700 dark:hover:bg-zinc-800 dark:aria-pressed:border-zinc-100 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900"
        >
          {t('language.name', { lng: lang })}
        </button>
      ))}
    </div>
  );
}
