import { select } from 'd3';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { CountMark, EventMark } from '../../model/lane-layout.ts';
import { drawMarks, type DrawInput } from './draw-marks.ts';

/** What a pointer or keyboard did to a mark. */
export interface MarkHandlers {
  /** A mark was clicked, tapped, or activated with Enter or Space. */
  onActivate: (mark: EventMark, element: SVGElement) => void;
  /** A count was activated: zoom to its events. */
  onActivateCount: (count: CountMark) => void;
  /** The pointer or focus entered a mark (or left it: null). */
  onHover: (mark: EventMark | null, element: SVGElement | null) => void;
}

interface TimelineMarksProps extends DrawInput, MarkHandlers {
  /** Height of the drawing. */
  height: number;
  /** Drawn under the marks: grid lines, milestone lines, connectors. */
  children?: ReactNode;
}

interface Found {
  kind: 'event' | 'count';
  element: SVGElement;
}

function find(target: EventTarget | null): Found | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<SVGElement>('[data-event-id], [data-count]');
  if (!element) return null;
  return { kind: element.hasAttribute('data-count') ? 'count' : 'event', element };
}

/**
 * An SVG of lanes whose marks are drawn by `drawMarks` (d3 joins, not React elements, so a zoom
 * frame costs what is on screen). Events are delegated: one listener per kind for all marks,
 * which is also where a later roving-focus handler for arrow keys would go.
 */
export function TimelineMarks({ height, children, onActivate, onActivateCount, onHover, ...draw }: TimelineMarksProps) {
  const svg = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const handlers = useRef<MarkHandlers>({ onActivate, onActivateCount, onHover });

  useLayoutEffect(() => {
    handlers.current = { onActivate, onActivateCount, onHover };
  });

  useLayoutEffect(() => {
    if (layer.current) drawMarks(layer.current, draw);
  });

  useLayoutEffect(() => {
    const node = svg.current;
    if (!node) return;
    const activate = (found: Found) => {
      const datum = select(found.element).datum();
      if (found.kind === 'count') handlers.current.onActivateCount(datum as CountMark);
      else handlers.current.onActivate(datum as EventMark, found.element);
    };
    const hover = (event: Event) => {
      const found = find(event.target);
      if (found?.kind === 'event') handlers.current.onHover(select(found.element).datum() as EventMark, found.element);
      else handlers.current.onHover(null, null);
    };
    select(node)
      .on('click.marks', (event: MouseEvent) => {
        const found = find(event.target);
        if (found) activate(found);
      })
      .on('keydown.marks', (event: KeyboardEvent) => {
        const found = find(event.target);
        if (!found || (event.key !== 'Enter' && event.key !== ' ')) return;
        // Space would scroll the lanes: it activates, as on a button.
        event.preventDefault();
        activate(found);
      })
      .on('pointerover.marks focusin.marks', hover)
      .on('pointerout.marks focusout.marks', () => handlers.current.onHover(null, null));
    return () => {
      select(node).on('.marks', null);
    };
  }, []);

  return (
    <svg
      ref={svg}
      width={draw.width}
      height={height}
      direction={draw.rtl ? 'rtl' : 'ltr'}
      className="block overflow-hidden"
    >
      {children}
      <g ref={layer} />
    </svg>
  );
}
