/** The propose page's controls, in the app's look: bordered buttons, one filled for the main action. */
export const BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md border border-zinc-300 bg-white px-3 py-1 text-sm hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800';
export const PRIMARY_BUTTON =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-sky-800 px-4 py-2 font-medium text-white hover:bg-sky-900 disabled:cursor-not-allowed disabled:opacity-60 dark:bg-sky-300 dark:text-sky-950 dark:hover:bg-sky-200';
export const PRESSED_BUTTON =
  'aria-pressed:border-zinc-900 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:aria-pressed:border-zinc-100 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900';
export const INPUT =
  'min-h-11 w-full rounded-md border border-zinc-400 bg-white px-2 py-1 dark:border-zinc-600 dark:bg-zinc-900';
export const LABEL = 'block text-sm font-medium';
export const HINT = 'text-sm text-zinc-600 dark:text-zinc-400';
export const SECTION = 'space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900';
