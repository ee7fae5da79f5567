import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from '../../model/corpus-vocabulary.ts';
import { EventTypeIcon } from '../EventTypeIcon.tsx';

/**
 * What the marks mean: the four types by shape and colour (the icons of the event list), a
 * period's bar, the connector of an event in several lanes, and a count. Memoized: it has no props, and the timeline renders on every frame
 * of a gesture.
 */
export const TimelineLegend = memo(function TimelineLegend() {
  const { t } = useTranslation();
  return (
    <ul
      aria-label={t('timeline.legend.label')}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-700 dark:text-zinc-300"
    >
      {EVENT_TYPES.map((type) => (
        <li key={type} className="inline-flex items-center gap-1.5">
          <EventTypeIcon type={type} />
          {t(`eventType.${type}`)}
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <svg width="22" height="10" aria-hidden="true" focusable="false" className="shrink-0">
          <rect
            x="0.5"
            y="0.5"
            width="21"
            height="9"
            rx="3"
            className="fill-zinc-700/15 stroke-zinc-700 dark:fill-zinc-300/20 dark:stroke-zinc-300"
          />
        </svg>
        {t('timeline.legend.range')}
      </li>
      <li className="inline-flex items-center gap-1.5">
        <svg width="10" height="16" aria-hidden="true" focusable="false" className="shrink-0">
          <path d="M5,1V15" className="stroke-zinc-500 dark:stroke-zinc-400" strokeWidth="1.5" />
        </svg>
        {t('timeline.legend.link')}
      </li>
      <li className="inline-flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="rounded-sm border border-zinc-600 px-1 text-[10px] font-medium text-zinc-900 dark:border-zinc-400 dark:text-zinc-100"
        >
          +3
        </span>
        {t('timeline.legend.count')}
      </li>
    </ul>
  );
});
