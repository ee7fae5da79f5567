import type { EventType } from '../../model/corpus-schema.ts';
import { countRowY, rowY } from '../../model/lane-layout.ts';
import { labelText, type DrawInput } from './draw-marks.ts';
import {
  BAR_CLASS,
  barHeight,
  COUNT_CLASS,
  COUNT_TEXT_CLASS,
  HIGHLIGHT_CLASS,
  LABEL_CLASS,
  LANE_NAME_CLASS,
  MARK_CLASS,
  shapePath,
} from './mark-style.ts';

// The gesture's rehearsal comes with the drawing it rehearses, not with the first view.
export { rehearseGesture } from './rehearse-gesture.ts';

// Labels drawn on a gesture's frame, at most: past this many the view is too dense to read them anyway.
const MAX_FRAME_LABELS = 300;

export interface CanvasOptions {
  /**
   * Labels cut with an ellipsis to their room, as the SVG draws them, rather than clipped: for a
   * view at rest, which the SVG replaces a frame later. A gesture's frames clip them (measuring
   * costs a frame's time).
   */
  fitLabels?: boolean;
}

/**
 * The lanes drawn on a canvas, from the same layout and scale as `drawMarks`, looking the same:
 * what a frame of a zoom or pan gesture shows, and the first frame of other events shown.
 * Hundreds of SVG elements re-joined 60 times a second cost more style, layout and paint than the
 * frame has; a canvas costs one bitmap. The SVG (focusable, named, clickable) is drawn again once
 * the view rests.
 */
export function drawMarksOnCanvas(
  canvas: HTMLCanvasElement,
  input: DrawInput,
  palette: Palette,
  { fitLabels = false }: CanvasOptions = {},
): void {
  const { lanes, layout, width, rtl, selected, hovered, eventOf } = input;
  const height = layout.height;
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.ceil(width * ratio), Math.ceil(height * ratio)];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const top = (lane: number) => layout.lanes[lane]?.top ?? 0;

  ctx.font = palette.laneName.font;
  ctx.fillStyle = palette.laneName.fill;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  for (const lane of lanes) ctx.fillText(lane.name, rtl ? width - 4 : 4, lane.top + 12);

  ctx.lineWidth = 1;
  for (const mark of layout.marks) {
    const type = eventOf(mark.position).type;
    const y = top(mark.lane) + rowY(mark.row);
    const outlined = mark.position === selected || mark.position === hovered;
    if (mark.bar) {
      const style = palette.bar[type];
      const x0 = Math.max(-4, mark.bar.x0);
      const x1 = Math.min(width + 4, mark.bar.x1);
      if (x1 <= x0) continue;
      const height = barHeight(mark);
      ctx.beginPath();
      ctx.roundRect(x0, y - height / 2, x1 - x0, height, 3);
      ctx.fillStyle = style.fill;
      ctx.globalAlpha = style.fillOpacity;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = outlined ? palette.highlight.width : 1;
      ctx.strokeStyle = outlined ? palette.highlight.stroke : style.stroke;
      ctx.stroke();
      continue;
    }
    ctx.translate(mark.x, y);
    ctx.fillStyle = palette.mark[type];
    ctx.fill(palette.shape[type]);
    if (outlined) {
      ctx.lineWidth = palette.highlight.width;
      ctx.strokeStyle = palette.highlight.stroke;
      ctx.stroke(palette.shape[type]);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  const labelled = layout.marks.filter((mark) => mark.label);
  if (fitLabels || labelled.length <= MAX_FRAME_LABELS) {
    ctx.font = palette.label.font;
    ctx.fillStyle = palette.label.fill;
    ctx.textBaseline = 'middle';
    for (const mark of labelled) {
      const label = mark.label!;
      const y = top(mark.lane) + rowY(mark.row);
      ctx.textAlign = label.align;
      if (fitLabels) {
        ctx.fillText(labelText(mark, input), label.anchor, y);
        continue;
      }
      ctx.save();
      ctx.beginPath();
      ctx.rect(label.x0, y - 8, label.x1 - label.x0, 16);
      ctx.clip();
      ctx.fillText(labelText(mark, input, Infinity), label.anchor, y);
      ctx.restore();
    }
  }

  const boxHeight = 14;
  ctx.beginPath();
  for (const count of layout.counts) {
    const y = top(count.lane) + countRowY(layout.lanes[count.lane]?.rows ?? 1);
    ctx.rect(count.x - count.width / 2, y - boxHeight / 2, count.width, boxHeight);
  }
  ctx.fillStyle = palette.count.fill;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = palette.count.stroke;
  ctx.stroke();
  ctx.font = palette.countText.font;
  ctx.fillStyle = palette.countText.fill;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const count of layout.counts) {
    const y = top(count.lane) + countRowY(layout.lanes[count.lane]?.rows ?? 1);
    ctx.fillText(input.words.countText(count), count.x, y);
  }
}

/** The colours and fonts of the SVG marks, read from the stylesheet, so the canvas matches them. */
export interface Palette {
  mark: Record<EventType, string>;
  bar: Record<EventType, { fill: string; fillOpacity: number; stroke: string }>;
  shape: Record<EventType, Path2D>;
  highlight: { stroke: string; width: number };
  count: { fill: string; stroke: string };
  countText: { fill: string; font: string };
  label: { fill: string; font: string };
  laneName: { fill: string; font: string };
}

const TYPES = Object.keys(MARK_CLASS) as EventType[];
const SVG = 'http://www.w3.org/2000/svg';

let dark: boolean | undefined;

/**
 * Whether the dark colour scheme applies now: the palette is read again when it changes. Kept
 * from the media query's change events: reading `matches` on every gesture frame brings the
 * page's style up to date in the middle of the frame.
 */
function prefersDark(): boolean {
  if (dark === undefined) {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    dark = query?.matches ?? false;
    query?.addEventListener?.('change', (event) => (dark = event.matches));
  }
  return dark;
}

// Each timeline's palette, and the colour scheme it was read in.
const palettes = new WeakMap<SVGSVGElement, { dark: boolean; palette: Palette }>();

/** The palette of the marks in `svg`, read again only when the colour scheme has changed. */
export function paletteOf(svg: SVGSVGElement): Palette {
  const scheme = prefersDark();
  let held = palettes.get(svg);
  if (held?.dark !== scheme) palettes.set(svg, (held = { dark: scheme, palette: readPalette(svg) }));
  return held.palette;
}

/**
 * Reads the palette off sample elements styled with the marks' classes inside `svg` (so that
 * the dark scheme and any stylesheet change apply), then removes them.
 */
function readPalette(svg: SVGSVGElement): Palette {
  const sample = document.createElementNS(SVG, 'g');
  sample.setAttribute('aria-hidden', 'true');
  svg.append(sample);
  const style = (tag: string, className: string) => {
    const element = document.createElementNS(SVG, tag);
    element.setAttribute('class', className);
    sample.append(element);
    return getComputedStyle(element);
  };
  const marks = TYPES.map((type) => style('path', MARK_CLASS[type]));
  const bars = TYPES.map((type) => style('rect', BAR_CLASS[type]));
  const highlight = style('path', HIGHLIGHT_CLASS);
  const count = style('path', COUNT_CLASS);
  const countText = style('text', COUNT_TEXT_CLASS);
  const label = style('text', LABEL_CLASS);
  const laneName = style('text', LANE_NAME_CLASS);
  const byType = <T>(value: (k: number) => T) =>
    Object.fromEntries(TYPES.map((type, k) => [type, value(k)])) as Record<EventType, T>;
  const palette: Palette = {
    mark: byType((k) => marks[k]!.fill),
    bar: byType((k) => ({
      fill: bars[k]!.fill,
      fillOpacity: opacityOf(bars[k]!.fillOpacity),
      stroke: bars[k]!.stroke,
    })),
    shape: byType((k) => new Path2D(shapePath(TYPES[k]!))),
    highlight: { stroke: highlight.stroke, width: parseFloat(highlight.strokeWidth) || 2.5 },
    count: { fill: count.fill, stroke: count.stroke },
    countText: { fill: countText.fill, font: fontOf(countText) },
    label: { fill: label.fill, font: fontOf(label) },
    laneName: { fill: laneName.fill, font: fontOf(laneName) },
  };
  sample.remove();
  return palette;
}

/** The font shorthand of a computed style, for a canvas. */
export function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

function opacityOf(value: string): number {
  const opacity = parseFloat(value);
  return Number.isFinite(opacity) ? opacity : 1;
}
