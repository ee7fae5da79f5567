import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** How far the network can be zoomed out and in. */
export const NETWORK_SCALE_EXTENT: [number, number] = [0.25, 6];

export interface NetworkZoom {
  /** d3-zoom's transform: the drawing is shown through it. */
  transform: ZoomTransform;
  /** Zooms about the centre (2: twice as close). */
  zoomBy: (factor: number) => void;
  /** Back to the whole network, unzoomed. */
  reset: () => void;
}

/** Runs `act` on the SVG once it is in the page: buttons may be pressed before the first layout. */
function onNode(
  svg: RefObject<SVGSVGElement | null>,
  act: (selection: Selection<SVGSVGElement, unknown, null, undefined>) => void,
) {
  if (svg.current) act(select(svg.current));
}

/**
 * d3-zoom on the network's SVG (wheel, drag on the background, pinch, double-click), with its
 * transform kept as state. A gesture that starts on a node is left to the node's own drag.
 */
export function useNetworkZoom(svg: RefObject<SVGSVGElement | null>, width: number, height: number): NetworkZoom {
  const [behaviour] = useState(() =>
    zoom<SVGSVGElement, unknown>()
      .scaleExtent(NETWORK_SCALE_EXTENT)
      .filter((event: Event & { button?: number; ctrlKey?: boolean }) => {
        const onNode = event.target instanceof Element && event.target.closest('[data-node]') !== null;
        if (onNode) return false;
        // Ctrl and the wheel is a pinch on a touchpad; a ctrl-drag or a right-click is not ours.
        if (event.type === 'wheel') return true;
        // A drag listens on the event's window; a synthetic event without one cannot start it.
        const windowless = event instanceof MouseEvent && event.view === null;
        return !event.ctrlKey && !event.button && !windowless;
      })
      .clickDistance(4),
  );
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);

  useLayoutEffect(() => {
    const node = svg.current;
    if (!node) return;
    // An explicit extent: jsdom has no layout for d3 to measure the SVG with.
    behaviour.extent([
      [0, 0],
      [Math.max(1, width), Math.max(1, height)],
    ]);
    behaviour.on('zoom', (event: { transform: ZoomTransform }) => setTransform(event.transform));
    select(node).call(behaviour);
    return () => {
      select(node).on('.zoom', null);
    };
  }, [behaviour, svg, width, height]);

  const zoomBy = useCallback((factor: number) => onNode(svg, (s) => behaviour.scaleBy(s, factor)), [behaviour, svg]);
  const reset = useCallback(() => onNode(svg, (s) => behaviour.transform(s, zoomIdentity)), [behaviour, svg]);

  return { transform, zoomBy, reset };
}
