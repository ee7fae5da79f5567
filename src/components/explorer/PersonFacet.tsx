import { memo, useId, useMemo, useState } from 'react';
import type { Corpus } from '../../model/corpus-schema.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { FilterOutcome } from '../../model/filter-events.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { FacetCheckbox, ShowAllToggle } from './FacetGroup.tsx';
import { personGroups, personMatches, visibleOptions, type PersonGroup } from './filter-options.ts';
import { SearchBox } from './SearchBox.tsx';

interface PersonFacetProps {
  /** Where people's names, aliases and countries are looked up. */
  corpus: Pick<Corpus, 'people' | 'countries'>;
  /** The people that events refer to. */
  index: EventIndex;
  /** The faceted counts under the other filters. */
  outcome: FilterOutcome;
  /** The people selected now. */
  selected: readonly string[];
  /** Called when a person is ticked (`on`) or unticked. */
  onToggle: (id: string, on: boolean) => void;
}

/**
 * The people facet: checkboxes grouped under their country, with a box that finds a person by
 * any of their names or aliases in any of the three languages ("Путин", "بوتين", "putin").
 * Drawn again only when its own props change (not on a keystroke in the events' search box).
 */
export const PersonFacet = memo(function PersonFacet({ corpus, index, outcome, selected, onToggle }: PersonFacetProps) {
  const { t, lang } = useLocale();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const groups = useMemo(
    () => personGroups(corpus, index, outcome, selected, lang),
    [corpus, index, outcome, selected, lang],
  );
  const people = useMemo(() => new Map(corpus.people.map((p) => [p.id, p])), [corpus]);
  const searching = query.trim() !== '';
  const all = groups.flatMap((group) => group.people);
  // The busiest people over every country, not per country: the limit is on the whole list.
  const visible = new Set(visibleOptions(all, showAll));
  // A name typed in the box is a request for that person: matches show even when they would
  // give no events under the other filters, so that the search never seems to fail.
  const shown: PersonGroup[] = groups
    .map((group) => ({
      ...group,
      people: group.people.filter((o) =>
        searching ? personMatches(people.get(o.value), o.value, query) : visible.has(o),
      ),
    }))
    .filter((group) => group.people.length > 0);

  return (
    <fieldset className="min-w-0 space-y-2">
      <legend className="mb-1 text-sm font-semibold">{t('explorer.filters.people')}</legend>
      <SearchBox
        label={t('explorer.filters.personSearch')}
        hint={t('explorer.filters.personSearchHint')}
        value={query}
        onChange={setQuery}
      />
      <div id={listId} className="space-y-2">
        {shown.map((group) => (
          <CountryPeople key={group.country} group={group} onToggle={onToggle} />
        ))}
      </div>
      <p role="status" className="text-sm text-zinc-600 empty:hidden dark:text-zinc-400">
        {searching && shown.length === 0 ? t('explorer.filters.noPersonMatch', { query: query.trim() }) : ''}
      </p>
      {!searching && <ShowAllToggle options={all} showAll={showAll} onShowAllChange={setShowAll} controls={listId} />}
    </fieldset>
  );
});

function CountryPeople({ group, onToggle }: { group: PersonGroup; onToggle: (id: string, on: boolean) => void }) {
  const headingId = useId();
  return (
    <div role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="px-2 text-xs font-semibold text-zinc-600 dark:text-zinc-400">
        {group.label}
      </h3>
      <ul className="space-y-0.5">
        {group.people.map((option) => (
          <li key={option.value}>
            <FacetCheckbox option={option} onToggle={onToggle} />
          </li>
        ))}
      </ul>
    </div>
  );
}
