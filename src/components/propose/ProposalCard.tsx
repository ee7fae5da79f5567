import { memo, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { personKey } from '../../extract/person-key.ts';
import type { PersonNames } from '../../extract/names.ts';
import { blockedFromAccepting, type Decision } from '../../extract/review.ts';
import type { Proposal } from '../../extract/types.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { formatEventDate, toDateTimeAttribute } from '../../i18n/format-date.ts';
import type { Language } from '../../model/corpus-vocabulary.ts';
import { EventTypeLabel } from '../EventTypeLabel.tsx';
import { countryName, cueText, formatPercent } from './proposal-text.ts';
import { BUTTON, PRESSED_BUTTON } from './propose-styles.ts';

interface ProposalCardProps {
  proposal: Proposal;
  /** Its number on the page, as its evidence is marked in the text. */
  number: number;
  /** The title in the UI language (the editor's, else the template's). */
  title: string;
  decision: Decision;
  names: Readonly<Record<string, PersonNames>>;
  /** The article's language: the quote is shown in it. */
  articleLanguage: Language;
  /** Its evidence is the one highlighted in the text. */
  active: boolean;
  /** Called with the card's number. */
  onShowInText: (number: number) => void;
  /** Called with the proposal's id and the new decision. */
  onDecide: (id: string, decision: Decision) => void;
  /** The editor is open (the card shows it in place of the decision buttons' row). */
  editing: boolean;
  /** Called with the proposal's id to open the editor, or null to close it. */
  onEdit: (id: string | null) => void;
  /** The editor, when open. */
  children?: ReactNode;
}

const STATUS_STYLE: Record<Decision, string> = {
  open: 'border-zinc-200 dark:border-zinc-700',
  accepted: 'border-green-700 dark:border-green-400',
  rejected: 'border-zinc-300 opacity-75 dark:border-zinc-700',
};

/** One proposal: what, when, who, where, the evidence and the reasons, and the editor's decision. */
export const ProposalCard = memo(function ProposalCard(props: ProposalCardProps) {
  const { proposal, number, title, decision, names, articleLanguage, active, editing } = props;
  const { t } = useTranslation();
  const { lang } = useLocale();
  const headingId = useId();
  const [whyOpen, setWhyOpen] = useState(false);
  const blocked = blockedFromAccepting(proposal);
  const personName = (id: string) => names[id]?.full[lang] ?? id;
  const percent = formatPercent(proposal.confidence, lang);

  return (
    <article
      aria-labelledby={headingId}
      data-proposal={number}
      aria-current={active ? 'true' : undefined}
      className={`space-y-3 rounded-lg border-2 bg-white p-4 dark:bg-zinc-900 ${STATUS_STYLE[decision]} aria-current:ring-2 aria-current:ring-amber-500`}
    >
      {/* Focused when its evidence is picked in the text. */}
      <h3 id={headingId} tabIndex={-1} className="text-base font-semibold">
        {t('propose.proposal.heading', { number, title })}
      </h3>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <EventTypeLabel type={proposal.type} />
        <span className={proposal.status === 'planned' ? 'font-medium text-amber-800 dark:text-amber-300' : ''}>
          {t(`propose.proposal.${proposal.status}`)}
        </span>
        <span>
          {t('propose.proposal.confidence')}: {percent}
        </span>
        <span className="font-medium">
          {t(
            `propose.proposal.status${decision === 'open' ? 'Open' : decision === 'accepted' ? 'Accepted' : 'Rejected'}`,
          )}
        </span>
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">{t('propose.proposal.date')}</dt>
        <dd>
          {proposal.date?.start ? (
            <>
              <time
                dateTime={toDateTimeAttribute({
                  start: proposal.date.start,
                  end: proposal.date.end!,
                  precision: proposal.date.precision!,
                })}
              >
                {formatEventDate(
                  { start: proposal.date.start, end: proposal.date.end!, precision: proposal.date.precision! },
                  lang,
                )}
              </time>
              {proposal.date.expression && (
                <>
                  {t('date.expressionSeparator')}
                  <q lang={articleLanguage}>{proposal.date.expression}</q>
                </>
              )}
              {proposal.date.rule && ` (${t(`dateRule.${proposal.date.rule}`)})`}
            </>
          ) : proposal.date ? (
            t('propose.proposal.unresolved', { expression: proposal.date.expression })
          ) : (
            t('propose.proposal.noDate')
          )}
          {proposal.date?.ambiguous && (
            <strong className="ms-2 text-amber-800 dark:text-amber-300">{t('propose.proposal.ambiguous')}</strong>
          )}
        </dd>
        <dt className="font-medium">{t('propose.proposal.people')}</dt>
        <dd>
          <ul>
            {proposal.people.map((person) => {
              const known = names[personKey(person)];
              const shown = known?.full[lang] ?? person.name;
              return (
                <li key={personKey(person)}>
                  {shown}
                  {shown !== person.name && (
                    <>
                      {' '}
                      (<span lang={articleLanguage}>{person.name}</span>)
                    </>
                  )}
                  {' — '}
                  {t(`role.${person.role}`)}
                  {person.country && `, ${countryName(person.country, lang)}`}
                  {!person.id && (
                    <span className="ms-2 rounded bg-amber-100 px-1 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                      {t('propose.proposal.newPerson')}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </dd>
        <dt className="font-medium">{t('propose.proposal.countries')}</dt>
        <dd>{proposal.countries.map((code) => countryName(code, lang)).join(', ')}</dd>
        {proposal.location && (
          <>
            <dt className="font-medium">{t('propose.proposal.place')}</dt>
            <dd>
              {proposal.location.names[lang]}
              {!proposal.location.id && <span className="ms-2 text-xs">({t('propose.proposal.newPlace')})</span>}
            </dd>
          </>
        )}
      </dl>
      <figure className="space-y-1">
        <figcaption className="text-sm font-medium">{t('propose.proposal.evidence')}</figcaption>
        <blockquote lang={articleLanguage} dir="auto" className="border-s-4 border-amber-400 ps-3 text-sm">
          {proposal.quote.text}
        </blockquote>
        <button type="button" onClick={() => props.onShowInText(number)} className={`${BUTTON} min-h-8`}>
          {t('propose.proposal.showInText')}
        </button>
      </figure>
      {/* The reasons are written out when opened: a long article has hundreds of them. */}
      <details className="text-sm" onToggle={(event) => setWhyOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer font-medium">{t('propose.proposal.why')}</summary>
        {whyOpen && (
          <ul className="ms-4 list-disc space-y-0.5 pt-1">
            {proposal.why.map((cue, k) => (
              <li key={k}>{cueText(t, cue, lang, personName)}</li>
            ))}
          </ul>
        )}
      </details>
      {blocked && (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          {t(blocked === 'planned' ? 'propose.proposal.plannedNote' : 'propose.proposal.needsDate')}
        </p>
      )}
      <div role="group" aria-label={t('propose.proposal.decision', { number })} className="flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={decision === 'accepted'}
          disabled={blocked !== null && decision !== 'accepted'}
          onClick={() => props.onDecide(proposal.id, decision === 'accepted' ? 'open' : 'accepted')}
          className={`${BUTTON} ${PRESSED_BUTTON}`}
        >
          {t('propose.proposal.accept')}
        </button>
        <button
          type="button"
          aria-expanded={editing}
          disabled={proposal.status === 'planned'}
          onClick={() => props.onEdit(editing ? null : proposal.id)}
          className={BUTTON}
        >
          {t('propose.proposal.edit')}
        </button>
        <button
          type="button"
          aria-pressed={decision === 'rejected'}
          onClick={() => props.onDecide(proposal.id, decision === 'rejected' ? 'open' : 'rejected')}
          className={`${BUTTON} ${PRESSED_BUTTON}`}
        >
          {t('propose.proposal.reject')}
        </button>
      </div>
      {props.children}
    </article>
  );
});
