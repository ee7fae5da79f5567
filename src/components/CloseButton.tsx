interface CloseButtonProps {
  /** What it closes, for screen readers ("Close the filters"). */
  label: string;
  onClick: () => void;
  /** Size and placement in its panel. */
  className: string;
}

/** The × that closes a panel or a drawer, named for what it closes. */
export function CloseButton({ label, onClick, className }: CloseButtonProps) {
  return (
    <button
      type="button"
      onClick={onClick}
      className={`flex items-center justify-center rounded-md hover:bg-zinc-100 dark:hover:bg-zinc-800 ${className}`}
    >
      <span aria-hidden="true" className="text-2xl leading-none">
        ×
      </span>
      <span className="sr-only">{label}</span>
    </button>
  );
}
