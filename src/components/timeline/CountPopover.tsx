import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventType } from '../../model/corpus-schema.ts';
import { CloseButton } from '../CloseButton.tsx';
import { EventTypeIcon } from '../EventTypeIcon.tsx';

/** One event of a count, as its list shows it. */
export interface CountItem {
  id: string;
  type: EventType;
  date: string;
  title: string;
}

interface CountPopoverProps {
  /** "4 events, 11–13 February 2025". */
  heading: string;
  /** The first of the count's events. */
  items: readonly CountItem[];
  /** How many events the count stands for. */
  total: number;
  /** Where the count's box is, in the positioned container the list is drawn in. */
  anchor: { x: number; bottom: number };
  containerWidth: number;
  rtl: boolean;
  /** An event was picked: select it (the list closes). */
  onPick: (id: string) => void;
  /** Zoom in to the counted events (the list closes). */
  onZoom: () => void;
  /** Closed without a choice; `returnFocus` when focus should go back to the count. */
  onClose: (returnFocus: boolean) => void;
}

const WIDTH = 288;

/**
 * The list a count opens: its events, each a button that selects it, and a button that zooms in
 * to them. A non-modal dialog under the count: focus moves into it; Escape, a click outside or
 * focus leaving it closes it.
 */
export function CountPopover({
  heading,
  items,
  total,
  anchor,
  containerWidth,
  rtl,
  onPick,
  onZoom,
  onClose,
}: CountPopoverProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    node.querySelector<HTMLElement>('[data-event-id]')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !node.contains(event.target)) close.current(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close.current(true);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node) || !node.contains(event.relatedTarget)) close.current(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    node.addEventListener('keydown', onKeyDown);
    node.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      node.removeEventListener('keydown', onKeyDown);
      node.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  const width = Math.min(WIDTH, containerWidth);
  const start = Math.min(Math.max(anchor.x - width / 2, 0), Math.max(0, containerWidth - width));
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-labelledby={headingId}
      data-count-list=""
      style={{
        insetInlineStart: rtl ? containerWidth - start - width : start,
        insetBlockStart: anchor.bottom + 6,
        width,
      }}
      className="absolute z-30 rounded-lg border border-zinc-300 bg-white p-2 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="px-1 pt-1 text-sm font-semibold">
          {heading}
        </h3>
        <CloseButton label={t('timeline.countList.close')} onClick={() => onClose(true)} className="size-8 shrink-0" />
      </div>
      <ul className="mt-1 max-h-64 overflow-y-auto">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              data-event-id={item.id}
              onClick={() => onPick(item.id)}
              className="flex min-h-11 w-full items-start gap-2 rounded-md px-2 py-1.5 text-start text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800"
            >
              <span className="mt-1">
                <EventTypeIcon type={item.type} />
              </span>
              <span>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {t(`eventType.${item.type}`)} · {item.date}
                </span>
                <span className="block">{item.title}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="px-2 py-1 text-xs text-zinc-600 dark:text-zinc-400">
          {t('timeline.countList.more', { count: total - items.length })}
        </p>
      )}
      <button
        type="button"
        onClick={onZoom}
        className="mt-1 inline-flex min-h-9 w-full items-center justify-center gap-1 rounded-md border border-zinc-300 px-3 text-sm hover:bg-zinc-100 touch:min-h-11 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true">+</span>
        {t('timeline.countList.zoom')}
      </button>
    </div>
  );
}
