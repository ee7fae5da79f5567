import type { EventType } from '../../model/corpus-schema.ts';
import { laneTop, rowY } from './lane-geometry.ts';
import type { DrawInput } from './draw-marks.ts';
import {
  BAR_CLASS,
  COUNT_CLASS,
  COUNT_TEXT_CLASS,
  HIGHLIGHT_CLASS,
  LANE_LABEL_CLASS,
  MARK_CLASS,
  shapePath,
} from './mark-style.ts';

/**
 * The lanes drawn on a canvas, from the same layout and scale as `drawMarks`, looking the same:
 * what a frame of a zoom or pan gesture shows. Hundreds of SVG elements re-joined 60 times a
 * second cost more style, layout and paint than the frame has; a canvas costs one bitmap. The SVG
 * (focusable, named, clickable) is drawn again once the view rests.
 */
export function drawMarksOnCanvas(canvas: HTMLCanvasElement, input: DrawInput, palette: Palette): void {
  const { lanes, layout, geometry, width, rtl, highlighted } = input;
  const first = Math.min(...lanes.map((lane) => lane.index));
  const last = Math.max(...lanes.map((lane) => lane.index)) + 1;
  const top = lanes.length ? laneTop(first, geometry) : 0;
  const height = lanes.length ? laneTop(last, geometry) - top : 0;
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.ceil(width * ratio), Math.ceil(height * ratio)];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  canvas.style.top = `${top}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  const yOf = (lane: number, row: number) => laneTop(lane, geometry) - top + rowY(row, geometry);
  const barHeight = geometry.markSize * 0.7;

  ctx.font = palette.label.font;
  ctx.fillStyle = palette.label.fill;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  for (const lane of lanes) {
    ctx.fillText(lane.label, rtl ? width - 4 : 4, laneTop(lane.index, geometry) - top + geometry.labelHeight - 4);
  }

  ctx.lineWidth = 1;
  for (const mark of layout.marks) {
    if (!mark.bar) continue;
    const style = palette.bar[input.typeOf(mark.position)];
    const x0 = Math.max(-4, mark.bar.x0);
    const x1 = Math.min(width + 4, mark.bar.x1);
    if (x1 <= x0) continue;
    ctx.beginPath();
    ctx.roundRect(x0, yOf(mark.lane, mark.row) - barHeight / 2, x1 - x0, barHeight, 2);
    ctx.fillStyle = style.fill;
    ctx.globalAlpha = style.fillOpacity;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = style.stroke;
    ctx.stroke();
  }

  for (const mark of layout.marks) {
    const type = input.typeOf(mark.position);
    const y = yOf(mark.lane, mark.row);
    ctx.translate(mark.x, y);
    ctx.fillStyle = palette.mark[type];
    ctx.fill(palette.shape[type]);
    if (highlighted.has(mark.position)) {
      ctx.lineWidth = palette.highlight.width;
      ctx.strokeStyle = palette.highlight.stroke;
      ctx.stroke(palette.shape[type]);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  const boxHeight = geometry.rowHeight - 2;
  ctx.beginPath();
  for (const count of layout.counts) {
    ctx.rect(count.x - count.width / 2, yOf(count.lane, count.row) - boxHeight / 2, count.width, boxHeight);
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
    ctx.fillText(input.countText(count), count.x, yOf(count.lane, count.row));
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
}

const TYPES = Object.keys(MARK_CLASS) as EventType[];
const SVG = 'http://www.w3.org/2000/svg';

/**
 * Reads the palette off sample elements styled with the marks' classes inside `svg` (so that
 * the dark scheme and any stylesheet change apply), then removes them.
 */
export function readPalette(svg: SVGSVGElement, markSize: number): Palette {
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
  const label = style('text', LANE_LABEL_CLASS);
  const byType = <T>(value: (k: number) => T) =>
    Object.fromEntries(TYPES.map((type, k) => [type, value(k)])) as Record<EventType, T>;
  const palette: Palette = {
    mark: byType((k) => marks[k]!.fill),
    bar: byType((k) => ({
      fill: bars[k]!.fill,
      fillOpacity: opacityOf(bars[k]!.fillOpacity),
      stroke: bars[k]!.stroke,
    })),
    shape: byType((k) => new Path2D(shapePath(TYPES[k]!, markSize))),
    highlight: { stroke: highlight.stroke, width: parseFloat(highlight.strokeWidth) || 2.5 },
    count: { fill: count.fill, stroke: count.stroke },
    countText: { fill: countText.fill, font: fontOf(countText) },
    label: { fill: label.fill, font: fontOf(label) },
  };
  sample.remove();
  return palette;
}

function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

function opacityOf(value: string): number {
  const opacity = parseFloat(value);
  return Number.isFinite(opacity) ? opacity : 1;
}
