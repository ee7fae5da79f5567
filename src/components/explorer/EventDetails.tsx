import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import type { CorpusTables, EventSkeleton } from '../../model/corpus-parts.ts';
import type { CorpusEvent } from '../../model/corpus-schema.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import { buildCorpusLookup, type CorpusLookup } from '../../model/corpus-lookup.ts';
import type { Language } from '../../model/corpus-vocabulary.ts';
import { relatedPositions, skeletonAt, type EventIndex } from '../../model/event-index.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { useReturnFocus } from '../../hooks/use-return-focus.ts';
import { useTextsVersion } from '../../hooks/use-texts.ts';
import { DateProvenance } from '../DateProvenance.tsx';
import { EventDateText } from '../EventDateText.tsx';
import { EventTypeLabel } from '../EventTypeLabel.tsx';
import { ParticipantList } from '../ParticipantList.tsx';
import { SourceQuote } from '../SourceQuote.tsx';
import { DetailsNavigation } from './DetailsNavigation.tsx';
import { CloseButton } from '../CloseButton.tsx';
import { CopyLinkButton } from '../CopyLinkButton.tsx';
import { TextsPending } from '../TextsPending.tsx';

interface EventDetailsProps {
  /** Every event's skeleton. */
  index: EventIndex;
  /** The events' texts, asked for as the details need them (the event's, its related events' titles). */
  texts: EventTexts;
  /** The selected event's position. */
  selected: number;
  /** Where people, countries and articles are looked up. */
  corpus: CorpusTables;
  /** Closes the panel (the close button and Escape). */
  onClose: () => void;
  /** Selects the previous filtered event in time order; absent at the first. */
  onPrevious?: (() => void) | undefined;
  /** Selects the next filtered event in time order; absent at the last. */
  onNext?: (() => void) | undefined;
  /** The event's place among the filtered events: `index` from 0, or -1 when it is filtered out. */
  position: { index: number; total: number };
  /** Selects a related event by id. */
  onSelectRelated: (id: string) => void;
  /** The control that opened the panel: focus returns to it when the panel closes. */
  opener?: HTMLElement | SVGElement | null | undefined;
  /** Where focus goes instead when the opener has left the page by the time the panel closes. */
  onOpenerGone?: ((id: string) => void) | undefined;
  /** The address of the event's share page, when it has one: "Copy link" copies it. */
  shareLink?: string | undefined;
}

/**
 * The selected event in full: what, when (and how the date was worked out), where, who, the
 * summary, related events and every source quoted verbatim. A non-modal dialog: focus moves to
 * its title when it opens, Escape closes it, and focus goes back to the opener.
 */
export function EventDetails({
  index,
  texts,
  selected,
  corpus,
  onClose,
  onPrevious,
  onNext,
  position,
  onSelectRelated,
  opener,
  onOpenerGone,
  shareLink,
}: EventDetailsProps) {
  addLaterWords(useTranslation().i18n);
  const { t, lang } = useLocale();
  const titleId = useId();
  const skeleton = skeletonAt(index, selected);
  const panelRef = useReturnFocus<HTMLElement>(opener, onOpenerGone && (() => onOpenerGone(skeleton.id)));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lookup = useMemo(() => buildCorpusLookup(corpus), [corpus]);
  useTextsVersion(texts);
  const event = texts.at(selected, lang);
  const textsState = texts.state(selected, lang);
  // Those it names and those that name it, in time order: their titles come with their shards.
  const relatedAt = useMemo(() => relatedPositions(index, selected), [index, selected]);
  useEffect(() => {
    texts.want(selected, lang);
    for (const position of relatedAt) texts.want(position, lang);
  }, [texts, selected, relatedAt, lang]);
  const related = relatedAt.map((position) => ({
    skeleton: skeletonAt(index, position),
    event: texts.at(position, lang),
  }));
  // A date expression is quoted from the event's first source, so it is in that article's language.
  const firstArticle = event?.sources[0] && lookup.articles.get(event.sources[0].article);

  useEffect(() => {
    // On opening, and whenever another event shows and focus went with the control that chose it
    // (a related event's button, or "Next" now disabled at the end), the title takes focus.
    const active = document.activeElement;
    const lost = !active || active === document.body || (active instanceof HTMLButtonElement && active.disabled);
    if (lost || !panelRef.current?.contains(active)) headingRef.current?.focus();
  }, [skeleton.id, panelRef]);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    // On the panel, not the document: the dialog is not modal, and Escape elsewhere is not for it.
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      onClose();
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, [onClose, panelRef]);

  return (
    <section
      ref={panelRef}
      role="dialog"
      aria-labelledby={titleId}
      className="space-y-4 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-start justify-between gap-3">
        {/* Focused by script, not by the reader: its ring stands off the text, unlike a field's. */}
        <h2
          id={titleId}
          ref={headingRef}
          tabIndex={-1}
          className="rounded-sm text-xl leading-snug font-semibold text-balance focus-visible:outline-offset-4"
        >
          {event ? event.title[lang] : <EventTypeLabel type={skeleton.type} />}
        </h2>
        <CloseButton
          label={t('explorer.details.close')}
          onClick={onClose}
          className="-me-2 -mt-1 size-10 shrink-0 touch:size-11"
        />
      </div>
      <DetailsNavigation position={position} onPrevious={onPrevious} onNext={onNext} />
      {shareLink && (
        <CopyLinkButton
          text={() => shareLink}
          labels={{ copy: t('share.copyEvent'), copied: t('share.eventCopied'), field: t('share.eventField') }}
        />
      )}
      {event ? (
        <EventText
          event={event}
          related={related}
          firstArticleLanguage={firstArticle?.language ?? lang}
          lookup={lookup}
          onSelectRelated={onSelectRelated}
        />
      ) : (
        <>
          <EventDateText date={skeleton.date} />
          <TextsPending failed={textsState === 'failed'} />
        </>
      )}
    </section>
  );
}

interface EventTextProps {
  event: CorpusEvent;
  /** Related events, each with its texts once they are in. */
  related: readonly { skeleton: EventSkeleton; event: CorpusEvent | undefined }[];
  firstArticleLanguage: Language;
  lookup: CorpusLookup;
  onSelectRelated: (id: string) => void;
}

/** What the details say once the event's texts are in. */
function EventText({ event, related, firstArticleLanguage, lookup, onSelectRelated }: EventTextProps) {
  const { t, lang } = useLocale();
  const relatedId = useId();
  const sourcesId = useId();
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t('explorer.details.type')}</dt>
        <dd>
          <EventTypeLabel type={event.type} />
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t('explorer.details.date')}</dt>
        <dd className="space-y-0.5">
          <EventDateText date={event.date} />
          <DateProvenance date={event.date} expressionLang={firstArticleLanguage} />
        </dd>
        {event.location && (
          <>
            <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t('explorer.details.place')}</dt>
            <dd>{event.location.name[lang]}</dd>
          </>
        )}
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t('explorer.details.people')}</dt>
        <dd>
          <ParticipantList participants={event.participants} index={lookup} />
        </dd>
      </dl>
      <p className="leading-relaxed">{event.summary[lang]}</p>
      {related.length > 0 && (
        <section aria-labelledby={relatedId} className="space-y-1">
          <h3 id={relatedId} className="font-semibold">
            {t('explorer.details.related')}
          </h3>
          <ul className="space-y-1">
            {related.map(({ skeleton: other, event: texts }) => (
              <li key={other.id}>
                <button
                  type="button"
                  onClick={() => onSelectRelated(other.id)}
                  className="min-h-9 rounded-md text-start text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 touch:min-h-11 dark:text-sky-300"
                >
                  {/* Its type until its title comes in with its shard. */}
                  {texts ? texts.title[lang] : <EventTypeLabel type={other.type} />}
                </button>{' '}
                <span className="text-sm whitespace-nowrap text-zinc-600 dark:text-zinc-400">
                  <EventDateText date={other.date} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby={sourcesId} className="space-y-2">
        <h3 id={sourcesId} className="font-semibold">
          {t('explorer.details.sources')}
        </h3>
        <ul className="space-y-4">
          {event.sources.map((source) => (
            <li key={`${source.article}-${source.start}`}>
              <SourceQuote source={source} index={lookup} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
