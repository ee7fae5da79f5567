import { useRef } from 'react';

interface FileButtonProps {
  /** The button's words, and the file input's name. */
  label: string;
  /** File types offered by the browser's picker. */
  accept: string;
  /** The id of the words that say what the file should be. */
  describedBy: string;
  className: string;
  onFile: (file: File) => void;
}

/**
 * A button that opens the browser's file picker. The file input itself is hidden (it cannot be
 * styled like the page's buttons) and out of the tab order: the button is the one control.
 */
export function FileButton({ label, accept, describedBy, className, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" aria-describedby={describedBy} onClick={() => input.current?.click()} className={className}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so that choosing the same file again (after fixing it) reads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
