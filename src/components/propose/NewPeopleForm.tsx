import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale.ts';
import { languageName as nameOfLanguage } from './proposal-text.ts';
import type { PersonNames } from '../../extract/names.ts';
import { LANGUAGES, type Language } from '../../model/corpus-vocabulary.ts';
import { HINT, INPUT, LABEL, SECTION } from './propose-styles.ts';

interface NewPeopleFormProps {
  /** People the gazetteer lacks, by person key, with their names now. */
  people: { key: string; written: string; names: PersonNames }[];
  onRename: (key: string, names: PersonNames) => void;
}

/** The names of people the gazetteer lacks, in the three languages, guesses marked. */
export function NewPeopleForm({ people, onRename }: NewPeopleFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { lang: uiLanguage } = useLocale();
  const languageName = (lang: Language) => nameOfLanguage(lang, uiLanguage);
  if (people.length === 0) return null;
  return (
    <section className={SECTION} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t('propose.people.heading')}
      </h2>
      <p className={HINT}>{t('propose.people.intro')}</p>
      {people.map(({ key, written, names }, k) => (
        <fieldset key={key} className="grid gap-2 sm:grid-cols-3">
          <legend className="mb-1 font-medium" dir="auto">
            {written}
          </legend>
          {LANGUAGES.map((lang) => {
            const guessed = names.guessed.includes(lang);
            const inputId = `${id}-${k}-${lang}`;
            return (
              <div key={lang} className="space-y-1">
                <label htmlFor={inputId} className={LABEL}>
                  {t('propose.people.name', { person: written, language: languageName(lang) })}
                  {guessed && (
                    <span className="ms-1 font-normal text-amber-800 dark:text-amber-300">
                      ({t('propose.people.guessed')})
                    </span>
                  )}
                </label>
                <input
                  id={inputId}
                  lang={lang}
                  dir={lang === 'ar' ? 'rtl' : 'ltr'}
                  value={names.full[lang]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    onRename(key, {
                      full: { ...names.full, [lang]: value },
                      short: { ...names.short, [lang]: value },
                      guessed: names.guessed.filter((g) => g !== lang),
                    });
                  }}
                  className={INPUT}
                />
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
