import { useId } from 'react';

interface SearchBoxProps {
  /** The visible label, e.g. "Search events". */
  label: string;
  /** A line under the label saying what is searched. */
  hint?: string;
  /** The text now in the box. */
  value: string;
  /** Called on every keystroke with the new text. */
  onChange: (value: string) => void;
  /** Called when the reader comes to the box (focus, the pointer, a finger): a search may follow. */
  onIntent?: () => void;
}

/** A labelled `type="search"` box; controlled, so its text lives wherever its owner keeps it. */
export function SearchBox({ label, hint, value, onChange, onIntent }: SearchBoxProps) {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={inputId} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <input
        id={inputId}
        type="search"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onFocus={onIntent}
        onPointerEnter={onIntent}
        aria-describedby={hint ? hintId : undefined}
        // Names and quotes come in three scripts: let the browser pick the direction per entry.
        dir="auto"
        autoComplete="off"
        spellCheck={false}
        className="block min-h-10 w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-start touch:min-h-11 dark:border-zinc-700 dark:bg-zinc-900"
      />
    </div>
  );
}
