/** The one action of an alert about something that failed: try again, reset the view. */
export const ALERT_ACTION_CLASS =
  'min-h-11 rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100';
