import { useId, useMemo } from 'react';
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
  /** A click on marked text picks the first proposal it backs. */
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
            // A pointer shortcut only: the keyboard reaches each proposal's evidence from its card.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/click-events-have-key-events
            <mark
              key={k}
              data-proposals={segment.proposals.join(' ')}
              aria-current={active !== null && segment.proposals.includes(active) ? 'true' : undefined}
              onClick={() => onPick(segment.proposals[0]!)}
              className="cursor-pointer rounded-sm bg-amber-100 text-inherit aria-current:bg-amber-300 aria-current:outline-2 aria-current:outline-amber-700 dark:bg-amber-900/60 dark:aria-current:bg-amber-700"
            >
              <sup
                className="px-0.5 text-xs font-semibold text-amber-900 select-none dark:text-amber-200"
                aria-hidden="true"
              >
                {segment.proposals.join(',')}
              </sup>
              {segment.text}
            </mark>
          ),
        )}
      </div>
    </section>
  );
}
