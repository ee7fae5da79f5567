import type { EventType } from '../../model/corpus-schema.ts';
import { barPath, shapePath, TYPE_COLOUR } from '../timeline/mark-style.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The rendered timeline's drawing surface: Timeline.tsx marks it with this attribute. Its SVGs,
 * top to bottom (axis, milestone strip, lanes), are what the image shows.
 */
export const TIMELINE_SURFACE_SELECTOR = '[data-timeline-surface]';

/** The rendered timeline's surface, or null when the timeline is not on the page. */
export function findTimelineSurface(root: ParentNode = document): Element | null {
  return root.querySelector(TIMELINE_SURFACE_SELECTOR);
}

/** Reads an element's computed style; tests pass their own, since jsdom computes no SVG styles. */
export type StyleResolver = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** What a legend entry explains: a type's shape, a period's bar, a count, or a connector between lanes. */
export type LegendKind = EventType | 'period' | 'count' | 'link';

export interface TimelineImageOptions {
  /** The view's title, in the UI language: what, which filters, which period. */
  title: string;
  /** The source line: where the events come from. */
  source: string;
  /** Every kind of mark and its meaning: the legend keeps those drawn. */
  legend: readonly { kind: LegendKind; label: string }[];
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

function backgroundOf(element: Element, resolve: StyleResolver): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = resolve(node).getPropertyValue('background-color').trim();
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** The selector that finds a kind of mark in the drawing: the legend explains only what is there. */
const DRAWN: Record<LegendKind, string> = {
  call: '[data-type="call"]',
  meeting: '[data-type="meeting"]',
  statement: '[data-type="statement"]',
  milestone: '[data-type="milestone"]',
  period: '[data-period]',
  count: '[data-count]',
  link: '[data-part="links"]:not([d=""])',
};

/**
 * A standalone SVG of the timeline as drawn (the current zoom and filters, every lane whole, the
 * whole axis), with the view's title above, a legend of every kind of mark drawn and the source
 * line below. Each SVG of the surface is cloned with its computed styles written on it, since the
 * page's CSS stays behind.
 */
export function composeTimelineImage(surface: Element, options: TimelineImageOptions): TimelineImage {
  const resolve = options.resolveStyle ?? defaultResolver;
  const svgs = [...surface.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg'));
  const width = Math.max(320, ...svgs.map((svg) => numberAttribute(svg, 'width')));
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

  for (const svg of svgs) {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, copy, resolve, new Map());
    const height = numberAttribute(svg, 'height');
    const drawnWidth = numberAttribute(svg, 'width');
    copy.setAttribute('x', String(options.rtl ? width - drawnWidth : 0));
    copy.setAttribute('y', String(y));
    copy.setAttribute('height', String(height));
    copy.setAttribute('viewBox', `0 0 ${drawnWidth} ${height}`);
    root.append(copy);
    y += height;
  }

  const entries = options.legend.filter((entry) => surface.querySelector(DRAWN[entry.kind]) !== null);
  const legend = svgElement('g', { 'data-part': 'legend' });
  // As many columns as the longest label leaves room for.
  const column = Math.max(LEGEND_COLUMN, ...entries.map((entry) => 24 + entry.label.length * 6.5));
  const columns = Math.max(1, Math.min(entries.length, Math.floor((width - 2 * PAD) / column)));
  y += PAD;
  entries.forEach((entry, i) => {
    const [row, col] = [Math.floor(i / columns), i % columns];
    const x = start + inward * col * column;
    const rowY = y + row * LEGEND_ROW;
    legend.append(
      legendSymbol(entry.kind, x + inward * 8, rowY - 4, surface, resolve, ink),
      text(entry.label, x + inward * 22, rowY, TEXT_SIZE, 'legend'),
    );
  });
  root.append(legend);
  y += Math.ceil(entries.length / columns) * LEGEND_ROW + 4;

  root.append(text(options.source, start, y, SOURCE_SIZE, 'source'));
  const height = Math.ceil(y + PAD);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: root, width, height };
}

/** A legend's symbol centred on (x, y): drawn as the timeline draws that kind, in its colours. */
function legendSymbol(
  kind: LegendKind,
  x: number,
  y: number,
  surface: Element,
  resolve: StyleResolver,
  ink: string,
): SVGElement {
  const drawn = surface.querySelector(DRAWN[kind]);
  const style = drawn ? resolve(drawn) : null;
  const paint = (property: string, fallback: string) => style?.getPropertyValue(property).trim() || fallback;
  switch (kind) {
    case 'period':
      return svgElement('path', {
        d: barPath(18),
        transform: `translate(${x - 9},${y})`,
        fill: 'none',
        stroke: ink,
        'data-kind': kind,
      });
    case 'count': {
      const group = svgElement('g', { transform: `translate(${x},${y})`, 'data-kind': kind });
      group.append(svgElement('rect', { x: -9, y: -7, width: 18, height: 14, fill: 'none', stroke: ink }));
      const figure = svgElement('text', { 'font-size': 9, 'text-anchor': 'middle', dy: '0.35em', fill: ink });
      figure.textContent = '+3';
      group.append(figure);
      return group;
    }
    case 'link':
      return svgElement('path', {
        d: `M${x},${y - 7}V${y + 7}`,
        stroke: paint('stroke', ink),
        'stroke-width': 1.5,
        'data-kind': kind,
      });
    default:
      return svgElement('path', {
        d: shapePath(kind, 12),
        transform: `translate(${x},${y})`,
        fill: paint('fill', TYPE_COLOUR[kind]),
        'data-type': kind,
      });
  }
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
