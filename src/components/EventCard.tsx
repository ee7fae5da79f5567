import { useId } from 'react';
import type { CorpusEvent } from '../model/corpus-schema.ts';
import { useLocale } from '../hooks/use-locale.ts';
import type { CorpusLookup } from '../model/corpus-lookup.ts';
import { DateProvenance } from './DateProvenance.tsx';
import { EventDateText } from './EventDateText.tsx';
import { EventTypeLabel } from './EventTypeLabel.tsx';
import { ParticipantList } from './ParticipantList.tsx';
import { SourceQuote } from './SourceQuote.tsx';

interface EventCardProps {
  /** The event to show. */
  event: CorpusEvent;
  /** Where its people, countries and articles are looked up. */
  index: CorpusLookup;
}

/** One event: title, date and type, how the date was reached, who took part, and its sources. */
export function EventCard({ event, index }: EventCardProps) {
  const { t, lang } = useLocale();
  const headingId = useId();
  // A date expression is quoted from the event's first source, so it is in that article's language.
  const firstArticle = event.sources[0] && index.articles.get(event.sources[0].article);
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="space-y-1">
        <h3 id={headingId} className="text-lg leading-snug font-semibold text-balance">
          {event.title[lang]}
        </h3>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-700 dark:text-zinc-300">
          <EventTypeLabel type={event.type} />
          <EventDateText date={event.date} />
          {event.location && <span>{t('event.location', { place: event.location.name[lang] })}</span>}
        </p>
        <DateProvenance date={event.date} expressionLang={firstArticle?.language ?? lang} />
      </header>
      <p>{event.summary[lang]}</p>
      <ParticipantList participants={event.participants} index={index} />
      <ul aria-label={t('event.sources')} className="space-y-3">
        {event.sources.map((source) => (
          <li key={`${source.article}-${source.start}`}>
            <SourceQuote source={source} index={index} />
          </li>
        ))}
      </ul>
    </article>
  );
}
