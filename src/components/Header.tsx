import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../model/corpus-schema.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

interface HeaderProps {
  /** The UI language now. */
  language: Language;
  /** Called with the language the reader picks. */
  onLanguageChange: (lang: Language) => void;
  /** What the page adds once the corpus is loaded: the result count, the copy-link button. */
  children?: ReactNode;
}

/** The app's name, what it is, the page's own controls, and the language switcher. */
export function Header({ language, onLanguageChange, children }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      {/* Compact on a phone, so that the first screen reaches the events: the languages share the
          name's row there, and what the app is comes on the row below, the width of the page. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-start justify-between gap-x-4 gap-y-2 px-4 py-3 sm:py-4">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('app.name')}</h1>
        <div className="print:hidden">
          <LanguageSwitcher value={language} onChange={onLanguageChange} />
        </div>
        <p className="-mt-1 basis-full text-sm text-zinc-700 sm:-mt-2 sm:text-base dark:text-zinc-300">
          {t('app.tagline')}
        </p>
        {/* A row of its own, as tall as its tallest control, whether the corpus is loaded (and
            the count, the corpus and the link controls are in it) or not: nothing below moves
            when they arrive. */}
        <div className="flex min-h-11 basis-full flex-wrap items-center gap-x-3 gap-y-2">{children}</div>
      </div>
    </header>
  );
}
