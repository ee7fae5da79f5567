import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../hooks/use-locale.ts';
import { languageName as nameOfLanguage } from './proposal-text.ts';
import { applyChanges, changesOf, type ProposalChanges } from '../../extract/edit-proposal.ts';
import type { Proposal } from '../../extract/types.ts';
import type { DatePrecision } from '../../model/calendar-date.ts';
import type { Localized } from '../../model/corpus-schema.ts';
import { LANGUAGES, ROLES, type Language, type Role } from '../../model/corpus-vocabulary.ts';
import { BUTTON, INPUT, LABEL, PRIMARY_BUTTON } from './propose-styles.ts';

interface ProposalEditorProps {
  proposal: Proposal;
  number: number;
  /** The title and summary now (the editor's, else the templates'). */
  texts: { title: Localized; summary: Localized };
  /** How each person is named in the UI language, in the proposal's order. */
  personLabels: string[];
  onSave: (proposal: Proposal, texts: { title: Localized; summary: Localized }) => void;
  onCancel: () => void;
}

const PRECISIONS: (DatePrecision | 'none')[] = ['day', 'month', 'year', 'none'];
const PRECISION_KEY = {
  day: 'precisionDay',
  month: 'precisionMonth',
  year: 'precisionYear',
  none: 'precisionNone',
} as const;

/** Corrects a proposal: its type, date, each person's role (or leaves them out), titles and summaries. */
export function ProposalEditor({
  proposal,
  number,
  texts: initialTexts,
  personLabels,
  onSave,
  onCancel,
}: ProposalEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [changes, setChanges] = useState<ProposalChanges>(() => changesOf(proposal));
  const [texts, setTexts] = useState(initialTexts);
  const precision = changes.date?.precision ?? 'none';
  const { lang: uiLanguage } = useLocale();
  const languageName = (lang: Language) => nameOfLanguage(lang, uiLanguage);
  const setText = (field: 'title' | 'summary', lang: Language, value: string) =>
    setTexts((current) => ({ ...current, [field]: { ...current[field], [lang]: value } }));

  return (
    <form
      aria-labelledby={`${id}-heading`}
      className="space-y-3 border-t border-zinc-200 pt-3 dark:border-zinc-700"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(applyChanges(proposal, changes), texts);
      }}
    >
      <h4 id={`${id}-heading`} className="font-semibold">
        {t('propose.edit.heading', { number })}
      </h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor={`${id}-type`} className={LABEL}>
            {t('propose.edit.type')}
          </label>
          <select
            id={`${id}-type`}
            value={changes.type}
            onChange={(event) => setChanges({ ...changes, type: event.currentTarget.value as ProposalChanges['type'] })}
            className={INPUT}
          >
            {(['call', 'meeting', 'statement'] as const).map((type) => (
              <option key={type} value={type}>
                {t(`eventType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-precision`} className={LABEL}>
            {t('propose.edit.precision')}
          </label>
          <select
            id={`${id}-precision`}
            value={precision}
            onChange={(event) => {
              const next = event.currentTarget.value as DatePrecision | 'none';
              setChanges({ ...changes, date: next === 'none' ? null : { precision: next, value: '' } });
            }}
            className={INPUT}
          >
            {PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(`propose.edit.${PRECISION_KEY[p]}`)}
              </option>
            ))}
          </select>
        </div>
        {changes.date && (
          <div className="space-y-1">
            <label htmlFor={`${id}-date`} className={LABEL}>
              {t('propose.edit.date')}
            </label>
            <input
              id={`${id}-date`}
              type={precision === 'day' ? 'date' : precision === 'month' ? 'month' : 'number'}
              {...(precision === 'year' ? { min: 1900, max: 2100, inputMode: 'numeric' as const } : {})}
              value={changes.date.value}
              onChange={(event) =>
                setChanges({
                  ...changes,
                  date: { precision: changes.date!.precision, value: event.currentTarget.value },
                })
              }
              className={INPUT}
            />
          </div>
        )}
      </div>
      <fieldset className="space-y-2">
        <legend className={LABEL}>{t('propose.proposal.people')}</legend>
        {proposal.people.map((person, k) => {
          const name = personLabels[k] ?? person.name;
          const role = changes.roles[k] ?? null;
          return (
            <div key={k} className="flex flex-wrap items-end gap-2">
              <div className="min-w-48 flex-1 space-y-1">
                <label htmlFor={`${id}-role-${k}`} className={LABEL}>
                  {t('propose.edit.role', { name })}
                </label>
                <select
                  id={`${id}-role-${k}`}
                  value={role ?? person.role}
                  disabled={role === null}
                  onChange={(event) =>
                    setChanges({
                      ...changes,
                      roles: changes.roles.map((r, i) => (i === k ? (event.currentTarget.value as Role) : r)),
                    })
                  }
                  className={INPUT}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              </div>
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  checked={role === null}
                  onChange={(event) => {
                    const leaveOut = event.currentTarget.checked;
                    setChanges({
                      ...changes,
                      roles: changes.roles.map((r, i) => (i === k ? (leaveOut ? null : person.role) : r)),
                    });
                  }}
                  className="size-5"
                />
                {t('propose.edit.remove', { name })}
              </label>
            </div>
          );
        })}
      </fieldset>
      {(['title', 'summary'] as const).map((field) => (
        <fieldset key={field} className="space-y-2">
          {LANGUAGES.map((lang) => (
            <div key={lang} className="space-y-1">
              <label htmlFor={`${id}-${field}-${lang}`} className={LABEL}>
                {t(`propose.edit.${field}`, { language: languageName(lang) })}
              </label>
              <textarea
                id={`${id}-${field}-${lang}`}
                lang={lang}
                dir={lang === 'ar' ? 'rtl' : 'ltr'}
                rows={field === 'title' ? 1 : 2}
                value={texts[field][lang]}
                onChange={(event) => setText(field, lang, event.currentTarget.value)}
                className={INPUT}
              />
            </div>
          ))}
        </fieldset>
      ))}
      <div className="flex gap-2">
        <button type="submit" className={PRIMARY_BUTTON}>
          {t('propose.edit.done')}
        </button>
        <button type="button" onClick={onCancel} className={BUTTON}>
          {t('propose.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
