import { useId, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import type { ExportExtension } from '../../model/export-filename.ts';
import { downloadBlob } from './download-file.ts';
import type { ExportMenuProps } from './ExportMenu.tsx';

interface ExportListProps extends ExportMenuProps {
  id: string;
  /** Escape and focus leaving the menu close it. */
  dismissal: { onKeyDown: (event: KeyboardEvent) => void; onBlur: (event: FocusEvent) => void };
  /** A format was chosen: the menu closes while the file is made. */
  onChosen: () => void;
  /** What to say in the menu's live region. */
  onStatus: (status: string) => void;
}

const FORMATS: readonly ExportExtension[] = ['csv', 'json', 'ics', 'svg', 'png'];

const ITEM =
  'flex min-h-11 w-full items-center px-3 py-1.5 text-start text-sm hover:bg-zinc-100 aria-disabled:text-zinc-500 dark:hover:bg-zinc-800 dark:aria-disabled:text-zinc-400';

/** The export menu's list of formats, and the making and saving of the chosen file. */
export function ExportList(props: ExportListProps) {
  const { timelineShown } = props;
  const { id, dismissal, onChosen, onStatus } = props;
  const { t, i18n } = useTranslation();
  addLaterWords(i18n);
  const hintId = useId();
  const save = props.save ?? downloadBlob;

  async function run(format: ExportExtension) {
    if ((format === 'svg' || format === 'png') && !timelineShown)
      return onStatus(t('features.export.imageUnavailable'));
    onChosen();
    // Making a file (and bringing in its events' texts) is a chunk of its own, fetched when used.
    const { exportView } = await import('./make-export.ts');
    await exportView(format, { ...props, t, save }, onStatus);
  }

  return (
    <>
      <ul
        id={id}
        aria-label={t('features.export.menu')}
        className="absolute end-0 z-20 mt-1 min-w-56 rounded-md border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {FORMATS.map((format) => {
          const unavailable = (format === 'svg' || format === 'png') && !timelineShown;
          return (
            <li key={format}>
              <button
                type="button"
                aria-disabled={unavailable || undefined}
                aria-describedby={unavailable ? hintId : undefined}
                onClick={() => void run(format)}
                className={ITEM}
                {...dismissal}
              >
                {t(`features.export.${format}`)}
              </button>
            </li>
          );
        })}
      </ul>
      <span id={hintId} hidden>
        {t('features.export.imageUnavailable')}
      </span>
    </>
  );
}
