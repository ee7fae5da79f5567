import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import { useLocationSearch } from '../../hooks/use-location-search.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { ViewCaption } from './ViewCaption.tsx';

interface EmbedBarProps {
  /** The filters in force, in words; '' for none. */
  filters: string;
  /** The link's period, if it has one. */
  period?: TimeWindow | undefined;
}

/**
 * Above an embedded view: what it holds, in words, and a link that opens the same view, with its
 * filters and controls, in Tarikh in a new tab (the embedding page stays where it is).
 */
export function EmbedBar({ filters, period }: EmbedBarProps) {
  addLaterWords(useTranslation().i18n);
  const { t } = useTranslation();
  // The app's page beside this one, with the view as it is now.
  const search = useLocationSearch();
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
      <ViewCaption filters={filters} period={period} className="min-w-0 font-medium" />
      <a
        href={`./${search}`}
        target="_blank"
        rel="noopener"
        className="font-medium underline decoration-1 underline-offset-2 hover:decoration-2"
      >
        {t('share.open')}
        <span className="sr-only"> {t('explorer.link.newTab')}</span>
      </a>
    </div>
  );
}
