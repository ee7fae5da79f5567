import { memo, useId, useState, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format-number.ts';
import { useLocale } from '../../hooks/use-locale.ts';
import { visibleOptions, type FacetOption } from './filter-options.ts';
import { optionLabel } from './option-label.ts';

interface FacetGroupProps<V extends string> {
  /** The group's name, e.g. "Countries". */
  legend: string;
  /** Every option, in display order; those with no events are hidden until the reader asks. */
  options: readonly FacetOption<V>[];
  /** Called when an option is ticked (`on`) or unticked. */
  onToggle: (value: V, on: boolean) => void;
  /** What to show for an option instead of its label, e.g. a type's icon and name. */
  renderLabel?: (option: FacetOption<V>) => ReactNode;
}

/**
 * A multi-select facet: a fieldset of checkboxes with their faceted counts and a "Show all"
 * toggle. Drawn again only when its own props change.
 */
export const FacetGroup = memo(function FacetGroup<V extends string>({
  legend,
  options,
  onToggle,
  renderLabel,
}: FacetGroupProps<V>) {
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  const shown = visibleOptions(options, showAll);
  return (
    <fieldset className="min-w-0 space-y-1">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <ul id={listId} className="space-y-0.5">
        {shown.map((option) => (
          <li key={option.value}>
            <FacetCheckbox option={option} onToggle={onToggle}>
              {renderLabel?.(option)}
            </FacetCheckbox>
          </li>
        ))}
      </ul>
      <ShowAllToggle options={options} showAll={showAll} onShowAllChange={setShowAll} controls={listId} />
    </fieldset>
  );
}) as <V extends string>(props: FacetGroupProps<V>) => ReactNode;

interface FacetCheckboxProps<V extends string> {
  /** The option this checkbox stands for. */
  option: FacetOption<V>;
  /** Called when the checkbox is ticked (`on`) or unticked. */
  onToggle: (value: V, on: boolean) => void;
  /** The visible label, when it is more than the option's text. */
  children?: ReactNode;
}

/** One option: a checkbox, its name and how many events it would give. */
export function FacetCheckbox<V extends string>({ option, onToggle, children }: FacetCheckboxProps<V>) {
  const { t, lang } = useLocale();
  return (
    <label
      className={`flex min-h-9 cursor-pointer items-center gap-2 rounded-md px-2 py-1 hover:bg-zinc-100 touch:min-h-11 dark:hover:bg-zinc-800 ${
        option.count === 0 ? 'text-zinc-500 dark:text-zinc-400' : ''
      }`}
    >
      <input
        type="checkbox"
        checked={option.selected}
        onChange={(e) => onToggle(option.value, e.currentTarget.checked)}
        // The name says the count in words ("Russia (5 events)"); the figure beside it is for the eye.
        aria-label={optionLabel(t, option.label, option.count)}
        className="size-4 shrink-0 accent-sky-700 touch:size-5 dark:accent-sky-300"
      />
      <span className="min-w-0 flex-1 text-start break-words">{children ?? option.label}</span>
      <span aria-hidden="true" className="shrink-0 text-sm text-zinc-600 tabular-nums dark:text-zinc-400">
        {formatNumber(option.count, lang)}
      </span>
    </label>
  );
}

interface ShowAllToggleProps {
  /** Every option of the group, to tell whether any is hidden and how many there are. */
  options: readonly FacetOption[];
  /** Whether options with no events are shown now. */
  showAll: boolean;
  /** Called with the new setting. */
  onShowAllChange: (showAll: boolean) => void;
  /** The id of the list the toggle reveals. */
  controls: string;
}

/**
 * "Show all (n)", then "Show fewer" (or "Hide options with no events" when those are all it
 * hid); absent when nothing is hidden.
 */
export function ShowAllToggle({ options, showAll, onShowAllChange, controls }: ShowAllToggleProps) {
  const { t } = useLocale();
  const collapsed = visibleOptions(options, false);
  if (collapsed.length === options.length) return null;
  const onlyEmptyHidden = collapsed.length === options.filter((o) => o.count > 0 || o.selected).length;
  return (
    <button
      type="button"
      aria-expanded={showAll}
      aria-controls={controls}
      onClick={() => onShowAllChange(!showAll)}
      className="min-h-9 rounded-md px-2 text-sm text-sky-800 underline decoration-1 underline-offset-2 hover:decoration-2 touch:min-h-11 dark:text-sky-300"
    >
      {showAll
        ? t(onlyEmptyHidden ? 'explorer.filters.hideEmpty' : 'explorer.filters.showFewer')
        : t('explorer.filters.showAll', { count: options.length })}
    </button>
  );
}
