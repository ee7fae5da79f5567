import { useTranslation } from 'react-i18next';
import type { Language } from '../model/corpus-schema.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

interface HeaderProps {
  /** The UI language now. */
  language: Language;
  /** Called with the language the reader picks. */
  onLanguageChange: (lang: Language) => void;
  /** How many events the corpus has, once it is loaded. */
  eventCount?: number | undefined;
}

/** The app's name, what it is, how many events it holds, and the language switcher. */
export function Header({ language, onLanguageChange, eventCount }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-3xl flex-wrap items-end justify-between gap-4 px-4 py-5">
        <div className="space-y-1">
          <h1 className="text-3xl font-bold tracking-tight">{t('app.name')}</h1>
          <p className="text-zinc-700 dark:text-zinc-300">{t('app.tagline')}</p>
          {eventCount !== undefined && (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('events.count', { count: eventCount })}</p>
          )}
        </div>
        <LanguageSwitcher value={language} onChange={onLanguageChange} />
      </div>
    </header>
  );
}
