// @vitest-environment jsdom
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  composeTimelineImage,
  findTimelineSurface,
  rasterizeSvg,
  serializeSvg,
  svgDataUrl,
  type StyleResolver,
  type TimelineImageOptions,
} from './export-timeline-image.ts';

const STYLES: Record<string, Record<string, string>> = {
  surface: { color: 'rgb(24, 24, 27)', 'font-family': 'system-ui', 'background-color': 'rgb(255, 255, 255)' },
  tick: { fill: 'rgb(24, 24, 27)', 'font-size': '12px' },
  call: { fill: 'rgb(3, 105, 161)' },
  statement: { fill: 'rgb(180, 83, 9)' },
  band: { fill: 'rgb(250, 250, 250)', opacity: '0.5' },
  hidden: { display: 'none' },
};

/** jsdom computes no SVG styles: each element's class names a style set above. */
const resolveStyle: StyleResolver = (element) => ({
  getPropertyValue: (property: string) => STYLES[element.getAttribute('class') ?? '']?.[property] ?? '',
});

/** A surface shaped like Timeline.tsx's: a sticky axis, then the lanes with marks, a bar and a count. */
function buildSurface(): HTMLElement {
  const surface = document.createElement('div');
  surface.setAttribute('data-timeline-surface', '');
  surface.setAttribute('class', 'surface');
  surface.innerHTML = `
    <div class="sticky"><svg width="600" height="24" aria-hidden="true"><g data-tick="month"><line></line><text class="tick">February</text></g></svg></div>
    <svg width="600" height="504">
      <path class="band" d="M0,0H600V48H0Z"></path>
      <path data-part="links" d=""></path>
      <g data-lane="RU" role="group" aria-label="Russia">
        <text class="tick">Russia</text>
        <g data-layer="marks">
          <path class="call" data-event-id="putin-call" data-type="call" role="button" tabindex="0" aria-label="Phone call" d="M0,0"></path>
          <path class="statement" data-event-id="kremlin-statement" data-type="statement" role="button" tabindex="0" d="M1,1"></path>
          <path class="statement" data-event-id="january-statement" data-type="statement" data-period="" d="M2,2"></path>
          <path class="hidden" data-event-id="not-drawn" d="M2,2"></path>
        </g>
        <g data-layer="counts"><text data-count="3" role="button">+3</text></g>
      </g>
    </svg>`;
  document.body.append(surface);
  return surface;
}

const options: TimelineImageOptions = {
  title: 'Tarikh: timeline, 1 January – 1 March 2025 (Russia)',
  source: 'Source: Tarikh (bundled corpus), from reports by Kremlin and SANA.',
  legend: [
    { kind: 'call', label: 'Phone call' },
    { kind: 'meeting', label: 'Meeting' },
    { kind: 'statement', label: 'Statement' },
    { kind: 'milestone', label: 'Milestone' },
    { kind: 'period', label: 'Known only to the month' },
    { kind: 'count', label: 'Events with no room' },
    { kind: 'link', label: 'The same event in several lanes' },
  ],
  rtl: false,
  resolveStyle,
};

function parse(text: string): Document {
  const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(parsed.querySelector('parsererror')).toBeNull();
  return parsed;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('composeTimelineImage', () => {
  test('finds the surface that Timeline.tsx marks', () => {
    const surface = buildSurface();
    expect(findTimelineSurface()).toBe(surface);
  });

  test('serializes a standalone SVG with the title, the marks, a legend of what is drawn and the source line', () => {
    const { svg, width, height } = composeTimelineImage(buildSurface(), options);
    const text = serializeSvg(svg);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    const image = parse(text).documentElement;
    expect(image.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(image.querySelector('[data-part="title"]')?.textContent).toBe(options.title);
    expect(image.querySelector('[data-part="source"]')?.textContent).toBe(options.source);
    // No meeting, milestone or connector is drawn: the legend leaves them out; a period's bar and a count are in it.
    expect([...image.querySelectorAll('text[data-part="legend"]')].map((t) => t.textContent)).toEqual([
      'Phone call',
      'Statement',
      'Known only to the month',
      'Events with no room',
    ]);
    expect([...image.querySelectorAll('[data-event-id]')].map((m) => m.getAttribute('data-event-id'))).toEqual([
      'putin-call',
      'kremlin-statement',
      'january-statement',
    ]);
    expect(image.textContent).toContain('February');
    expect(image.textContent).toContain('Russia');
  });

  test('writes the computed styles as attributes (no style attribute: the CSP forbids them) and drops classes, roles and focus', () => {
    const image = parse(serializeSvg(composeTimelineImage(buildSurface(), options).svg)).documentElement;
    const call = image.querySelector('[data-event-id="putin-call"]')!;
    expect(call.getAttribute('fill')).toBe('rgb(3, 105, 161)');
    const band = image.querySelector('svg > svg > path')!;
    expect([band.getAttribute('fill'), band.getAttribute('opacity')]).toEqual(['rgb(250, 250, 250)', '0.5']);
    expect(image.querySelector('[data-lane] > text')?.getAttribute('font-size')).toBe('12px');
    for (const element of image.querySelectorAll('*')) {
      for (const name of ['class', 'style', 'tabindex', 'role', 'aria-label', 'aria-hidden'])
        expect(element.hasAttribute(name), `${element.tagName} ${name}`).toBe(false);
    }
    expect(image.querySelector('rect')?.getAttribute('fill')).toBe('rgb(255, 255, 255)');
  });

  test('stacks the axis above every lane whole, and colours the legend like the marks', () => {
    const { svg, height } = composeTimelineImage(buildSurface(), options);
    const image = parse(serializeSvg(svg)).documentElement;
    const [axis, lanes] = [...image.querySelectorAll(':scope > svg')];
    expect(Number(lanes!.getAttribute('y'))).toBe(Number(axis!.getAttribute('y')) + 24);
    expect(lanes!.getAttribute('viewBox')).toBe('0 0 600 504');
    expect(lanes!.getAttribute('height')).toBe('504');
    expect(height).toBeGreaterThan(Number(lanes!.getAttribute('y')) + 504);
    const legendShape = (type: string) =>
      image.querySelector(`[data-part="legend"] path[data-type="${type}"]`)!.getAttribute('fill');
    expect(legendShape('call')).toBe('rgb(3, 105, 161)');
    expect(legendShape('statement')).toBe('rgb(180, 83, 9)');
  });

  test('in Arabic the text starts at the right', () => {
    const { svg, width } = composeTimelineImage(buildSurface(), { ...options, rtl: true });
    expect(svg.getAttribute('direction')).toBe('rtl');
    expect(Number(svg.querySelector('[data-part="title"]')!.getAttribute('x'))).toBe(width - 16);
  });
});

describe('rasterizeSvg', () => {
  test('draws the SVG from a data: URL onto a canvas twice its size and encodes a PNG', async () => {
    const drawImage = vi.fn();
    const sizes: [number, number][] = [];
    const scale = vi.fn();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
      drawImage,
      scale,
    } as unknown as CanvasRenderingContext2D);
    const toBlob = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (
      this: HTMLCanvasElement,
      callback: BlobCallback,
      type?: string,
    ) {
      sizes.push([this.width, this.height]);
      callback(new Blob(['png'], { type }));
    });
    const image = {} as CanvasImageSource;
    const load = vi.fn(() => Promise.resolve(image));
    const svgText = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text>Путин #1</text></svg>';

    const blob = await rasterizeSvg(svgText, { width: 300, height: 100 }, { load });

    expect(load).toHaveBeenCalledWith(svgDataUrl(svgText));
    expect(decodeURIComponent(svgDataUrl(svgText).split(',')[1]!)).toBe(svgText);
    expect(scale).toHaveBeenCalledWith(2, 2);
    expect(drawImage).toHaveBeenCalledWith(image, 0, 0, 300, 100);
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png');
    expect(blob.type).toBe('image/png');
    expect(sizes).toEqual([[600, 200]]);
  });

  test('fails with a reason when there is no canvas to draw on', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    await expect(
      rasterizeSvg('<svg/>', { width: 10, height: 10 }, { load: () => Promise.resolve({} as CanvasImageSource) }),
    ).rejects.toThrow('cannot draw on a canvas');
  });
});
