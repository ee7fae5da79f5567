import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_MODES, VIEWS, type LaneMode, type ViewMode } from '../../model/view-state.ts';

const LANE_LABELS = {
  country: 'explorer.view.lanesCountry',
  person: 'explorer.view.lanesPerson',
  none: 'explorer.view.lanesNone',
} as const satisfies Record<LaneMode, string>;

interface ViewControlsProps {
  /** The view now. */
  view: ViewMode;
  /** The timeline's lanes now. */
  lanes: LaneMode;
  /** Called with the view the reader picks. */
  onViewChange: (view: ViewMode) => void;
  /** Called with the lanes the reader picks. */
  onLanesChange: (lanes: LaneMode) => void;
}

/** The view, as radio buttons drawn as a segmented control; and, with the timeline, its lanes. */
export const ViewControls = memo(function ViewControls({
  view,
  lanes,
  onViewChange,
  onLanesChange,
}: ViewControlsProps) {
  const { t } = useTranslation();
  const name = useId();
  const lanesId = useId();
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2 print:hidden">
      <fieldset className="min-w-0">
        <legend className="mb-1 text-sm text-zinc-600 max-sm:sr-only dark:text-zinc-400">
          {t('explorer.view.label')}
        </legend>
        <div className="inline-flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
          {VIEWS.map((option) => (
            <label
              key={option}
              className="flex min-h-10 cursor-pointer items-center px-3 text-sm sm:px-4 font-medium not-first:border-s not-first:border-zinc-300 hover:bg-zinc-100 has-checked:bg-zinc-900 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:-outline-offset-4 has-focus-visible:outline-sky-500 touch:min-h-11 dark:not-first:border-zinc-700 dark:hover:bg-zinc-800 dark:has-checked:bg-zinc-100 dark:has-checked:text-zinc-900"
            >
              {/* A real radio: arrow keys move between the views, and it is read as one of two. */}
              <input
                type="radio"
                name={name}
                value={option}
                checked={view === option}
                onChange={() => onViewChange(option)}
                className="sr-only"
              />
              {t(`explorer.view.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {/* The lanes are the timeline's: the list and the network have none. */}
      {view === 'timeline' && (
        <div className="flex flex-col">
          <label htmlFor={lanesId} className="mb-1 text-sm text-zinc-600 max-sm:sr-only dark:text-zinc-400">
            {t('explorer.view.lanes')}
          </label>
          <select
            id={lanesId}
            value={lanes}
            onChange={(e) => onLanesChange(LANE_MODES.find((mode) => mode === e.currentTarget.value) ?? 'country')}
            className="min-h-10 rounded-md border border-zinc-300 bg-white px-2 text-sm touch:min-h-11 dark:border-zinc-700 dark:bg-zinc-900"
          >
            {LANE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(LANE_LABELS[mode])}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
});
