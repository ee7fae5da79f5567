import type { EventType } from '../../model/corpus-schema.ts';
import { DEFAULT_LAYOUT, type EventMark } from '../../model/lane-layout.ts';

const MARK_SIZE = DEFAULT_LAYOUT.markSize;
/** Height of a period's bar: lower than a shape, so a bar never reads as one. */
export const BAR_HEIGHT = 10;
/**
 * Height of a bar that holds its label: room for the text's whole height, an Arabic label's
 * reach below its line too. Such a bar is at least a label's width, so it never reads as a shape.
 */
export const LABELLED_BAR_HEIGHT = 16;

/** The height a mark's bar is drawn at. */
export function barHeight(mark: Pick<EventMark, 'label'>): number {
  return mark.label?.inside ? LABELLED_BAR_HEIGHT : BAR_HEIGHT;
}

/**
 * A period's bar as a path from its start (0) to `width`, centred on the row: a rounded band with
 * no point on it, since the day within the period is unknown.
 */
export function barPath(width: number, height = BAR_HEIGHT): string {
  const w = Math.round(width * 10) / 10;
  const h = height / 2;
  const r = Math.min(3, w / 2);
  return `M${r},${-h}H${w - r}Q${w},${-h} ${w},${-h + r}V${h - r}Q${w},${h} ${w - r},${h}H${r}Q0,${h} 0,${h - r}V${-h + r}Q0,${-h} ${r},${-h}Z`;
}

/** The shapes as characters, leading a bar's label so its type reads without colour. */
export const TYPE_GLYPH: Record<EventType, string> = { call: '●', meeting: '■', statement: '▲', milestone: '◆' };

/**
 * The shape of each type as an SVG path centred on 0,0, `size` pixels across: the same
 * vocabulary as EventTypeIcon (circle, square, triangle, diamond), so a type reads without colour.
 */
export function shapePath(type: EventType, size = MARK_SIZE): string {
  const r = size / 2;
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (type) {
    case 'call':
      return `M${f(-r * 0.8)},0a${f(r * 0.8)},${f(r * 0.8)} 0 1,0 ${f(r * 1.6)},0a${f(r * 0.8)},${f(r * 0.8)} 0 1,0 ${f(-r * 1.6)},0Z`;
    case 'meeting':
      return `M${f(-r * 0.7)},${f(-r * 0.7)}H${f(r * 0.7)}V${f(r * 0.7)}H${f(-r * 0.7)}Z`;
    case 'statement':
      return `M0,${f(-r * 0.85)}L${f(r * 0.85)},${f(r * 0.7)}H${f(-r * 0.85)}Z`;
    case 'milestone':
      return `M0,${-r}L${r},0L0,${r}L${-r},0Z`;
  }
}

/**
 * The type colours as values (Tailwind's 700 shades), for drawings made away from the page's
 * stylesheet: link-preview cards, and an exported image's legend for a type not drawn.
 */
export const TYPE_COLOUR: Record<EventType, string> = {
  call: '#0369a1',
  meeting: '#047857',
  statement: '#b45309',
  milestone: '#6d28d9',
};

// The colours of EventTypeIcon (Tailwind's 700 shades on light, 300 on dark), which
// mark-style.test.ts holds to WCAG AA contrast against the timeline's backgrounds.
export const MARK_CLASS: Record<EventType, string> = {
  call: 'fill-sky-700 dark:fill-sky-300',
  meeting: 'fill-emerald-700 dark:fill-emerald-300',
  statement: 'fill-amber-700 dark:fill-amber-300',
  milestone: 'fill-violet-700 dark:fill-violet-300',
};

/** A period's band: a pale fill with an outline in the type's colour, so it reads as a span. */
export const BAR_CLASS: Record<EventType, string> = {
  call: 'fill-sky-700/15 stroke-sky-700 dark:fill-sky-300/20 dark:stroke-sky-300',
  meeting: 'fill-emerald-700/15 stroke-emerald-700 dark:fill-emerald-300/20 dark:stroke-emerald-300',
  statement: 'fill-amber-700/15 stroke-amber-700 dark:fill-amber-300/20 dark:stroke-amber-300',
  milestone: 'fill-violet-700/10 stroke-violet-700 dark:fill-violet-300/15 dark:stroke-violet-300',
};

/** The outline that marks the selected or hovered event in every lane it appears in. */
export const HIGHLIGHT_CLASS = 'stroke-zinc-950 dark:stroke-white [stroke-width:2.5]';

/** A count of events that did not fit: neutral, so it never reads as a type. */
export const COUNT_CLASS = 'fill-white stroke-zinc-600 dark:fill-zinc-900 dark:stroke-zinc-400';
export const COUNT_TEXT_CLASS = 'fill-zinc-900 dark:fill-zinc-100 text-[10px] font-medium';

/** A lane's name, above its rows. */
export const LANE_NAME_CLASS = 'fill-zinc-700 text-xs font-medium dark:fill-zinc-300';

/** A mark's short label. */
export const LABEL_CLASS = 'fill-zinc-800 text-[11px] dark:fill-zinc-200';

/** The backgrounds the marks sit on: the timeline panel and its alternate lane band. */
export const PANEL_CLASS = 'bg-white dark:bg-zinc-900';
export const LANE_BAND_CLASS = 'fill-zinc-50 dark:fill-zinc-950';
