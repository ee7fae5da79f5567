import { Fragment, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../model/corpus-vocabulary.ts';
import { evidenceSegments } from './evidence-segments.ts';
import { SECTION } from './propose-styles.ts';

interface EvidenceTextProps {
  text: string;
  language: Language;
  /** Evidence spans (code points) and the number of the proposal each backs. */
  spans: readonly { start: number; end: number; proposal: number }[];
  /** The proposal whose evidence is shown strongest. */
  active: number | null;
  /** A proposal's number in the text was activated: go to its card. */
  onPick: (proposal: number) => void;
}

/**
 * The article as given, its evidence sentences highlighted and numbered by proposal. The text is
 * data: shown as text nodes, never as markup.
 */
export function EvidenceText({ text, language, spans, active, onPick }: EvidenceTextProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const segments = useMemo(() => evidenceSegments(text, spans), [text, spans]);
  return (
    // Beside a long list of proposals, the text stays in view (its own box scrolls).
    // The scrolling box is the named region (one landmark, not two of one name).
    <section className={`${SECTION} lg:sticky lg:top-4`}>
      <h2 id={headingId} className="text-lg font-semibold">
        {t('propose.results.textHeading')}
      </h2>
      {/* A box that scrolls is a tab stop, so that the keyboard can scroll it too. */}
      <div
        tabIndex={0}
        role="region"
        aria-labelledby={headingId}
        lang={language}
        dir="auto"
        className="max-h-[70vh] overflow-y-auto leading-loose whitespace-pre-wrap break-words"
      >
        {segments.map((segment, k) =>
          segment.proposals.length === 0 ? (
            <span key={k}>{segment.text}</span>
          ) : (
            <mark
              key={k}
              data-proposals={segment.proposals.join(' ')}
              aria-current={active !== null && segment.proposals.includes(active) ? 'true' : undefined}
              className="rounded-sm bg-amber-100 text-inherit aria-current:bg-amber-300 aria-current:outline-2 aria-current:outline-amber-700 dark:bg-amber-900/60 dark:aria-current:bg-amber-700"
            >
              {/* Each number goes to its proposal's card, by pointer or by keyboard. */}
              <sup className="px-0.5 text-xs font-semibold text-amber-900 select-none dark:text-amber-200">
                {segment.proposals.map((proposal, i) => (
                  <Fragment key={proposal}>
                    {i > 0 && ','}
                    <button
                      type="button"
                      aria-label={t('propose.results.goToProposal', { number: proposal })}
                      onClick={() => onPick(proposal)}
                      className="cursor-pointer rounded-sm px-0.5 underline decoration-dotted underline-offset-2 hover:bg-amber-200 dark:hover:bg-amber-800"
                    >
                      {proposal}
                    </button>
                  </Fragment>
                ))}
              </sup>
              {segment.text}
            </mark>
          ),
        )}
      </div>
    </section>
  );
}
