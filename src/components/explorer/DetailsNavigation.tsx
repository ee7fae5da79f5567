import { useTranslation } from 'react-i18next';

interface DetailsNavigationProps {
  /** The event's place among the filtered events: `index` from 0, or -1 when it is filtered out. */
  position: { index: number; total: number };
  /** Selects the previous event; absent at the first. */
  onPrevious?: (() => void) | undefined;
  /** Selects the next event; absent at the last. */
  onNext?: (() => void) | undefined;
}

const BUTTON =
  'inline-flex min-h-10 items-center gap-1 rounded-md border border-zinc-300 px-3 text-sm font-medium hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 disabled:hover:bg-transparent touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** Previous and next through the filtered events in time order, and "3 of 8" between them. */
export function DetailsNavigation({ position, onPrevious, onNext }: DetailsNavigationProps) {
  const { t } = useTranslation();
  return (
    <div className="flex items-center justify-between gap-2">
      <button type="button" onClick={onPrevious} disabled={!onPrevious} className={BUTTON}>
        {/* Flipped in Arabic so that each points outward, toward the events it steps to: alone in
            its flex item, the character is not mirrored by the bidi algorithm. */}
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          ‹
        </span>
        {t('explorer.details.previous')}
      </button>
      {/* Announced when it changes, since focus stays on the button that was pressed. */}
      <p
        aria-live="polite"
        className="shrink-0 text-sm whitespace-nowrap text-zinc-600 tabular-nums dark:text-zinc-400"
      >
        {position.index >= 0 && t('explorer.details.position', { position: position.index + 1, total: position.total })}
      </p>
      <button type="button" onClick={onNext} disabled={!onNext} className={BUTTON}>
        {t('explorer.details.next')}
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
          ›
        </span>
      </button>
    </div>
  );
}
