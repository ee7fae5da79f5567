import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus } from '../model/corpus-schema.ts';
import { buildCorpusLookup } from '../model/corpus-lookup.ts';
import { EventCard } from './EventCard.tsx';
import { sortEvents } from '../model/event-order.ts';

interface EventListProps {
  /** The validated corpus whose events to list. */
  corpus: Corpus;
}

/** Every event of the corpus in date order, as an ordered list of cards. */
export function EventList({ corpus }: EventListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const events = useMemo(() => sortEvents(corpus.events), [corpus]);
  const index = useMemo(() => buildCorpusLookup(corpus), [corpus]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">
        {t('events.heading')}
      </h2>
      {events.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">{t('events.empty')}</p>
      ) : (
        <ol aria-labelledby={headingId} className="space-y-4">
          {events.map((event) => (
            <li key={event.id}>
              <EventCard event={event} index={index} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
