import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../i18n/later-words.ts';
import { useLocale } from '../hooks/use-locale.ts';
import { CloseButton } from './CloseButton.tsx';

interface KeyboardShortcutsProps {
  /** Called when the reader closes the list: its button, Escape, or a click beside it. */
  onClose: () => void;
}

/** The keys of the timeline and the details, each with what it does, in the order one meets them. */
const SHORTCUTS = [
  { keys: ['←', '→'], action: 'horizontal' },
  { keys: ['↑', '↓'], action: 'vertical' },
  { keys: ['Home', 'End'], action: 'ends' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['Escape'], action: 'close' },
  { keys: ['+', '−'], action: 'zoom' },
  { keys: ['0'], action: 'fit' },
  { keys: ['?'], action: 'help' },
] as const;

/**
 * The keyboard shortcuts, opened with "?" from anywhere but a text field: a modal <dialog>, so
 * that focus moves into it and stays there, Escape closes it, and focus goes back where it was.
 */
export function KeyboardShortcuts({ onClose }: KeyboardShortcutsProps) {
  const { i18n } = useTranslation();
  addLaterWords(i18n);
  const { t, lang } = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    // Not in every DOM (jsdom lacks it): the dialog is then shown by its `open` attribute.
    if (typeof node.showModal === 'function') node.showModal();
    else node.setAttribute('open', '');
    const close = (event: Event) => {
      event.preventDefault();
      latest.current();
    };
    // A click on the backdrop lands on the dialog itself.
    const clickBeside = (event: MouseEvent) => {
      if (event.target === node) latest.current();
    };
    node.addEventListener('cancel', close);
    node.addEventListener('click', clickBeside);
    return () => {
      node.removeEventListener('cancel', close);
      node.removeEventListener('click', clickBeside);
      if (typeof node.close === 'function') node.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-xl bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="space-y-3 p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id={titleId} className="text-lg font-semibold">
            {t('shortcuts.title')}
          </h2>
          <CloseButton label={t('shortcuts.dismiss')} onClick={onClose} className="-me-2 -mt-1 size-10 touch:size-11" />
        </div>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t('shortcuts.where')}</p>
        <table className="w-full text-sm">
          <tbody>
            {SHORTCUTS.map(({ keys, action }) => (
              <tr key={action} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-2 pe-4 text-start font-normal whitespace-nowrap">
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' '}
                      <kbd className="rounded border border-zinc-300 bg-zinc-100 px-1.5 py-0.5 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-800">
                        {key}
                      </kbd>
                    </span>
                  ))}
                </th>
                <td className="py-2">
                  {action === 'horizontal' && lang === 'ar' ? t('shortcuts.horizontalRtl') : t(`shortcuts.${action}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
