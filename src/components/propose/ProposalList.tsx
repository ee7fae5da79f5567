import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { personKey } from '../../extract/person-key.ts';
import type { PersonNames } from '../../extract/names.ts';
import { currentProposal, decisionOf, tally, type Decision, type Review } from '../../extract/review.ts';
import type { Proposal } from '../../extract/types.ts';
import type { Localized } from '../../model/corpus-schema.ts';
import type { Language } from '../../model/corpus-vocabulary.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { ProposalCard } from './ProposalCard.tsx';
import { ProposalEditor } from './ProposalEditor.tsx';
import { templateTexts } from './proposal-text.ts';
import { SECTION } from './propose-styles.ts';

interface ProposalListProps {
  proposals: readonly Proposal[];
  /** How long the assistant took, in milliseconds. */
  ms: number;
  review: Review;
  /** Names of everyone proposed: the assistant's, with the editor's changes over them. */
  names: Readonly<Record<string, PersonNames>>;
  articleLanguage: Language;
  active: number | null;
  onActivate: (number: number) => void;
  onDecide: (id: string, decision: Decision) => void;
  editing: string | null;
  onEdit: (id: string | null) => void;
  onSaveEdit: (proposal: Proposal, texts: { title: Localized; summary: Localized } | null) => void;
}

/** The proposals in the order the article tells them, each with its decision and, open, its editor. */
export function ProposalList(props: ProposalListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { lang } = useLocale();
  const { proposals, review, names } = props;
  const counts = tally(review, proposals);
  // The templates' titles, worked out again only when a proposal or a name changes.
  const current = useMemo(() => proposals.map((p) => currentProposal(review, p)), [proposals, review]);
  const templates = useMemo(() => current.map((p) => templateTexts(p, names)), [current, names]);
  return (
    <section className={SECTION} aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {t('propose.results.heading')}
      </h2>
      <p role="status" className="text-sm">
        {proposals.length === 0
          ? t('propose.results.none')
          : `${t('propose.results.count', { count: proposals.length, ms: Math.round(props.ms) })} ${t('propose.results.decided', counts)}`}
      </p>
      <ol className="space-y-4">
        {current.map((proposal, k) => {
          const number = k + 1;
          const texts = review.texts[proposal.id] ?? templates[k]!;
          const editing = props.editing === proposal.id;
          return (
            // Cards out of view are not laid out or painted until scrolled to (a long article has dozens).
            <li key={proposal.id} className="[contain-intrinsic-size:auto_32rem] [content-visibility:auto]">
              <ProposalCard
                proposal={proposal}
                number={number}
                title={texts.title[lang]}
                decision={decisionOf(review, proposal.id)}
                names={names}
                articleLanguage={props.articleLanguage}
                active={props.active === number}
                onShowInText={props.onActivate}
                onDecide={props.onDecide}
                editing={editing}
                onEdit={props.onEdit}
              >
                {editing && (
                  <ProposalEditor
                    proposal={proposal}
                    number={number}
                    texts={texts}
                    personLabels={proposal.people.map((p) => names[personKey(p)]?.full[lang] ?? p.name)}
                    onSave={(edited, newTexts) => {
                      // Texts the editor has not written stay the templates', which follow the edit.
                      const written =
                        review.texts[proposal.id] !== undefined || JSON.stringify(newTexts) !== JSON.stringify(texts);
                      props.onSaveEdit(edited, written ? newTexts : null);
                    }}
                    onCancel={() => props.onEdit(null)}
                  />
                )}
              </ProposalCard>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
