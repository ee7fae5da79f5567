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
      <div className="mx-auto flex max-w-7xl flex-wrap items-end justify-between gap-4 px-4 py-4">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">{t('app.name')}</h1>
          <p className="text-zinc-700 dark:text-zinc-300">{t('app.tagline')}</p>
        </div>
        {/* A row of its own, as tall as its tallest control, whether the corpus is loaded (and
            the count, the corpus and the link controls are in it) or not: nothing below moves
            when they arrive. */}
        <div className="flex min-h-11 basis-full flex-wrap items-center gap-3">
          {children}
          {/* At the row's end, where it is whether or not the controls before it are there yet. */}
          <div className="ms-auto">
            <LanguageSwitcher value={language} onChange={onLanguageChange} />
          </div>
        </div>
      </div>
    </header>
  );
}
