import type { Participant } from '../model/corpus-schema.ts';
import { useLocale } from '../hooks/use-locale.ts';
import type { CorpusLookup } from '../model/corpus-lookup.ts';

interface ParticipantListProps {
  /** Who took part, in the corpus's order. */
  participants: readonly Participant[];
  /** Where people and countries are looked up. */
  index: CorpusLookup;
}

/** The participants of an event: "Vladimir Putin (caller, Russia)", or a country alone. */
export function ParticipantList({ participants, index }: ParticipantListProps) {
  const { t, lang } = useLocale();
  return (
    <ul aria-label={t('event.participants')} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {participants.map((participant, i) => {
        // Ids were checked by the schema; the fallbacks only keep a card readable if not.
        const country = index.countries.get(participant.country)?.name[lang] ?? participant.country;
        const role = t(`role.${participant.role}`);
        const person = participant.person === undefined ? undefined : index.people.get(participant.person);
        const label = participant.person
          ? t('participant.person', { name: person?.name[lang] ?? participant.person, role, country })
          : t('participant.country', { country, role });
        return <li key={`${participant.person ?? participant.country}-${i}`}>{label}</li>;
      })}
    </ul>
  );
}
