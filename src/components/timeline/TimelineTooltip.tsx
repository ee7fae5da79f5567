interface TimelineTooltipProps {
  title: string;
  date: string;
  /** The mark's box, relative to the positioned container the tooltip is drawn in. */
  anchor: { x: number; top: number; bottom: number };
  /** Width of that container, to keep the tooltip inside it. */
  containerWidth: number;
  rtl: boolean;
}

const GAP = 6;
const MAX_WIDTH = 240;

/**
 * A short text tooltip above the mark (below it when there is no room), so it never covers the
 * mark the pointer is on. Decorative for assistive technology: the mark's name says the same.
 */
export function TimelineTooltip({ title, date, anchor, containerWidth, rtl }: TimelineTooltipProps) {
  const above = anchor.top > 48;
  // Centred on the mark, slid to stay inside the container; the inline-start inset is measured
  // from the right in Arabic.
  const width = Math.min(MAX_WIDTH, containerWidth);
  const start = Math.min(Math.max(anchor.x - width / 2, 0), Math.max(0, containerWidth - width));
  return (
    <div
      aria-hidden="true"
      data-tooltip=""
      style={{
        insetInlineStart: rtl ? containerWidth - start - width : start,
        insetBlockStart: above ? anchor.top - GAP : anchor.bottom + GAP,
        width,
        translate: above ? '0 -100%' : undefined,
      }}
      className="pointer-events-none absolute z-20 flex justify-center"
    >
      <div className="rounded-md bg-zinc-900 px-2 py-1 text-xs text-white shadow-md dark:bg-zinc-100 dark:text-zinc-900">
        <div className="font-medium">{title}</div>
        <div className="opacity-90">{date}</div>
      </div>
    </div>
  );
}
