import type { EventType } from '../../model/corpus-schema.ts';
import { shapePath } from '../timeline/mark-style.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The rendered timeline's drawing surface: Timeline.tsx marks its scrolling element with this
 * attribute. Its SVGs, top to bottom (axis, milestone strip, lanes), are what the image shows.
 */
export const TIMELINE_SURFACE_SELECTOR = '[data-timeline-surface]';

/** The rendered timeline's surface, or null when the timeline is not on the page. */
export function findTimelineSurface(root: ParentNode = document): Element | null {
  return root.querySelector(TIMELINE_SURFACE_SELECTOR);
}

/** Reads an element's computed style; tests pass their own, since jsdom computes no SVG styles. */
export type StyleResolver = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

export interface TimelineImageOptions {
  /** The view's title, in the UI language: what, which filters, which period. */
  title: string;
  /** The source line: where the events come from. */
  source: string;
  /** The event types and their names, for the legend. */
  legend: readonly { type: EventType; label: string }[];
  /** Arabic: text and legend run from the right. */
  rtl: boolean;
  resolveStyle?: StyleResolver;
}

export interface TimelineImage {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

// Classes do not travel with a copied SVG: these are resolved and written as attributes instead.
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'paint-order',
  'visibility',
] as const;
const NOT_INHERITED: Readonly<Record<string, string>> = { opacity: '1', 'dominant-baseline': 'auto' };
/** What only matters on the page: focus, roles, the classes now written out, and inline styles (see inlineStyles). */
const DROPPED_ATTRIBUTES = /^(class|style|tabindex|role|focusable|aria-.*)$/;

/** The type colours of the marks (Tailwind's 700 shades), for a legend when no mark of a type is drawn. */
const TYPE_COLOURS: Record<EventType, string> = {
  call: '#0369a1',
  meeting: '#047857',
  statement: '#b45309',
  milestone: '#6d28d9',
};

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;
const SOURCE_SIZE = 11;
const LEGEND_ROW = 20;
const LEGEND_COLUMN = 170;

const defaultResolver: StyleResolver = (element) => getComputedStyle(element);

function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/**
 * Writes the resolved styles of `original` and its subtree onto `copy` (its clone) as SVG
 * presentation attributes. Not as style attributes: the page's CSP (style-src 'self') blocks
 * inline styles, and it applies to elements made in the page even before they are attached.
 */
function inlineStyles(original: Element, copy: Element, resolve: StyleResolver, parent: Map<string, string>): void {
  const style = resolve(original);
  if (style.getPropertyValue('display') === 'none') {
    copy.remove();
    return;
  }
  for (const name of copy.getAttributeNames()) if (DROPPED_ATTRIBUTES.test(name)) copy.removeAttribute(name);
  const own = new Map<string, string>();
  for (const property of INHERITED) {
    const value = style.getPropertyValue(property).trim();
    own.set(property, value || (parent.get(property) ?? ''));
    // Inherited values are written where they change, not on every element.
    if (value && value !== parent.get(property)) copy.setAttribute(property, value);
  }
  for (const [property, initial] of Object.entries(NOT_INHERITED)) {
    const value = style.getPropertyValue(property).trim();
    if (value && value !== initial) copy.setAttribute(property, value);
  }
  const originals = [...original.children];
  const copies = [...copy.children];
  originals.forEach((child, i) => {
    const twin = copies[i];
    if (twin) inlineStyles(child, twin, resolve, own);
  });
}

function numberAttribute(element: Element, name: string): number {
  const value = Number.parseFloat(element.getAttribute(name) ?? '');
  return Number.isFinite(value) ? value : 0;
}

/**
 * The part of each SVG the reader sees: the surface scrolls its lanes under a sticky axis, so an
 * SVG is cut to the surface's box and to below the SVGs before it. Without layout (jsdom) every
 * SVG is taken whole.
 */
function visibleBands(surface: Element, svgs: SVGSVGElement[]): { svg: SVGSVGElement; top: number; bottom: number }[] {
  const box = surface.getBoundingClientRect();
  let covered = box.top;
  return svgs.flatMap((svg) => {
    const height = numberAttribute(svg, 'height');
    const rect = svg.getBoundingClientRect();
    if (box.height <= 0 || rect.height <= 0) return [{ svg, top: 0, bottom: height }];
    const top = Math.max(rect.top, covered);
    const bottom = Math.min(rect.bottom, box.bottom);
    if (bottom <= top) return [];
    covered = Math.max(covered, bottom);
    return [{ svg, top: top - rect.top, bottom: bottom - rect.top }];
  });
}

function backgroundOf(element: Element, resolve: StyleResolver): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = resolve(node).getPropertyValue('background-color').trim();
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * A standalone SVG of the timeline as drawn (the current zoom, filters and scroll), with the
 * view's title above, a legend of the event types and the source line below. Each SVG of the
 * surface is cloned with its computed styles written on it, since the page's CSS stays behind.
 */
export function composeTimelineImage(surface: Element, options: TimelineImageOptions): TimelineImage {
  const resolve = options.resolveStyle ?? defaultResolver;
  const svgs = [...surface.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  const bands = visibleBands(surface, svgs);
  const width = Math.max(320, ...bands.map((b) => numberAttribute(b.svg, 'width')));
  const surfaceStyle = resolve(surface);
  const ink = surfaceStyle.getPropertyValue('color').trim() || '#18181b';
  const font = surfaceStyle.getPropertyValue('font-family').trim() || 'system-ui, sans-serif';
  const start = options.rtl ? width - PAD : PAD;
  const inward = options.rtl ? -1 : 1;

  const root = svgElement('svg', { width, height: 0, direction: options.rtl ? 'rtl' : 'ltr', 'font-family': font });
  root.append(svgElement('rect', { width: '100%', height: '100%', fill: backgroundOf(surface, resolve) }));
  const text = (content: string, x: number, y: number, size: number, part: string, weight = 400) => {
    const element = svgElement('text', {
      x,
      y,
      'font-size': size,
      'font-weight': weight,
      fill: ink,
      'text-anchor': 'start',
      'data-part': part,
    });
    element.textContent = content;
    return element;
  };

  let y = PAD + TITLE_SIZE;
  root.append(text(options.title, start, y, TITLE_SIZE, 'title', 600));
  y += PAD / 2 + 4;

  for (const band of bands) {
    const copy = band.svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(band.svg, copy, resolve, new Map());
    const height = band.bottom - band.top;
    const drawnWidth = numberAttribute(band.svg, 'width');
    copy.setAttribute('x', String(options.rtl ? width - drawnWidth : 0));
    copy.setAttribute('y', String(y));
    copy.setAttribute('height', String(height));
    copy.setAttribute('viewBox', `0 ${band.top} ${drawnWidth} ${height}`);
    root.append(copy);
    y += height;
  }

  const legend = svgElement('g', { 'data-part': 'legend' });
  const columns = Math.max(1, Math.min(options.legend.length, Math.floor((width - 2 * PAD) / LEGEND_COLUMN)));
  y += PAD;
  options.legend.forEach((item, i) => {
    const [row, column] = [Math.floor(i / columns), i % columns];
    const x = start + inward * column * LEGEND_COLUMN;
    const rowY = y + row * LEGEND_ROW;
    const mark = surface.querySelector(`[data-type="${item.type}"]`);
    const colour = (mark && resolve(mark).getPropertyValue('fill').trim()) || TYPE_COLOURS[item.type];
    legend.append(
      svgElement('path', {
        d: shapePath(item.type, 12),
        transform: `translate(${x + inward * 6},${rowY - 4})`,
        fill: colour,
        'data-type': item.type,
      }),
      text(item.label, x + inward * 18, rowY, TEXT_SIZE, 'legend'),
    );
  });
  root.append(legend);
  y += Math.ceil(options.legend.length / columns) * LEGEND_ROW + 4;

  root.append(text(options.source, start, y, SOURCE_SIZE, 'source'));
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: root, width, height };
}

/** The SVG as a file's text. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** A data: URL of SVG text: the CSP allows data: images (img-src 'self' data:), not blob: ones. */
export function svgDataUrl(svgText: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
}

/** Loads an image from a URL, resolving once it can be drawn. */
export function loadImage(url: string): Promise<CanvasImageSource> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the SVG could not be drawn as an image'));
    image.src = url;
  });
}

export interface RasterOptions {
  /** Pixels per SVG unit: 2 for a sharp image on high-density screens. */
  scale?: number;
  /** How the SVG becomes a drawable image: tests replace it (jsdom loads no images). */
  load?: (url: string) => Promise<CanvasImageSource>;
}

// Browsers refuse canvases much bigger than this on a side.
const MAX_CANVAS_SIDE = 8192;

/** Draws SVG text onto a canvas (through an <img> of a data: URL) and encodes it as PNG. */
export async function rasterizeSvg(
  svgText: string,
  size: { width: number; height: number },
  { scale = 2, load = loadImage }: RasterOptions = {},
): Promise<Blob> {
  const image = await load(svgDataUrl(svgText));
  const factor = Math.min(scale, MAX_CANVAS_SIDE / size.width, MAX_CANVAS_SIDE / size.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size.width * factor);
  canvas.height = Math.round(size.height * factor);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw on a canvas');
  context.scale(factor, factor);
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}
