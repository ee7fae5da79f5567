import { useId, useRef, useState, type KeyboardEvent, type PointerEvent, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkEdge } from '../../model/contact-network.ts';
import type { Point } from '../../model/network-layout.ts';
import { edgeDash, edgePath, labelSide, type LabelSide } from './network-style.ts';
import { useNetworkZoom } from './use-network-zoom.ts';

/** A node as drawn: where the layout put it, how big, and what it is called. */
export interface DrawnNode {
  key: string;
  kind: 'person' | 'country';
  radius: number;
  /** The fill of a person's circle: their country's colour. */
  colour: string;
  /** The country code written in the node, so the colour is never the only cue. */
  code: string;
  /** The visible label, in the UI language. */
  label: string;
  /** The accessible name, with the counts. */
  name: string;
}

/** An edge as drawn. */
export interface DrawnEdge {
  key: string;
  from: string;
  to: string;
  type: NetworkEdge['type'];
  width: number;
  /** 0 straight; ±1 bent apart from an edge that joins the same two nodes. */
  lane: number;
  name: string;
}

interface NetworkGraphProps {
  nodes: readonly DrawnNode[];
  edges: readonly DrawnEdge[];
  /** Node places from the layout, in layout coordinates (x grows to the right before mirroring). */
  positions: ReadonlyMap<string, Point>;
  width: number;
  height: number;
  /** In Arabic the drawing is mirrored: x runs from the right, and labels sit to the left. */
  rtl: boolean;
  onActivateNode: (key: string) => void;
  onActivateEdge: (key: string) => void;
}

/** How far a pointer must move before a press on a node is a drag, not a click. */
const DRAG_THRESHOLD = 4;
/** How far an arrow key moves a focused node; with Shift, five times that. */
const KEY_STEP = 10;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const BUTTON =
  'inline-flex items-center gap-1 rounded-md border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800';

interface Drag {
  key: string;
  pointerId: number;
  startX: number;
  startY: number;
  origin: Point;
  moved: boolean;
}

/**
 * The network drawing: edges under nodes, every node and edge a focusable button with a name.
 * d3-zoom pans and zooms the whole; nodes are dragged with pointer events (or moved with the
 * arrow keys) and keep their new place until the layout changes.
 */
export function NetworkGraph({
  nodes,
  edges,
  positions,
  width,
  height,
  rtl,
  onActivateNode,
  onActivateEdge,
}: NetworkGraphProps) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  const { transform, zoomBy, reset } = useNetworkZoom(svg, width, height);
  const arrowId = `network-arrow-${useId().replace(/[^\w-]/g, '')}`;
  const hintId = useId();
  // Moved nodes belong to one layout: a new layout (other filters) starts from its own places.
  const [moved, setMoved] = useState<{ of: ReadonlyMap<string, Point>; places: Map<string, Point> }>({
    of: positions,
    places: new Map(),
  });
  const movedPlaces = moved.of === positions ? moved.places : null;
  const drag = useRef<Drag | null>(null);
  const suppressClick = useRef<string | null>(null);

  const placeOf = (key: string): Point | undefined => movedPlaces?.get(key) ?? positions.get(key);
  const toScreen = (p: Point): Point => ({ x: rtl ? width - p.x : p.x, y: p.y });
  const moveTo = (key: string, place: Point) =>
    setMoved((current) => ({
      of: positions,
      places: new Map(current.of === positions ? current.places : []).set(key, place),
    }));

  const radii = new Map(nodes.map((n) => [n.key, n.radius]));
  // Each name on the side of its node that no edge leaves by, so that no line crosses it.
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.from, [...(neighbours.get(edge.from) ?? []), edge.to]);
    neighbours.set(edge.to, [...(neighbours.get(edge.to) ?? []), edge.from]);
  }
  const sideOf = (key: string, at: Point): LabelSide =>
    labelSide(
      at,
      (neighbours.get(key) ?? []).flatMap((other) => {
        const place = placeOf(other);
        return place ? [toScreen(place)] : [];
      }),
      rtl ? 'left' : 'right',
    );

  function pointerDown(event: PointerEvent<SVGGElement>, key: string) {
    const origin = placeOf(key);
    if (event.button !== 0 || !origin) return;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = {
      key,
      pointerId: event.pointerId,
      startX: event.clientX,
      startY: event.clientY,
      origin,
      moved: false,
    };
  }

  function pointerMove(event: PointerEvent<SVGGElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const [dx, dy] = [event.clientX - current.startX, event.clientY - current.startY];
    if (!current.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    current.moved = true;
    // Screen pixels to layout units: undo the zoom, and the mirroring in Arabic.
    const k = transform.k;
    moveTo(current.key, { x: current.origin.x + (rtl ? -dx : dx) / k, y: current.origin.y + dy / k });
  }

  function pointerUp(event: PointerEvent<SVGGElement>) {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    if (current.moved) suppressClick.current = current.key;
    drag.current = null;
  }

  function clickNode(key: string) {
    // The click that ends a drag is not a choice.
    if (suppressClick.current === key) {
      suppressClick.current = null;
      return;
    }
    onActivateNode(key);
  }

  function nodeKey(event: KeyboardEvent<SVGGElement>, key: string) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivateNode(key);
      return;
    }
    const arrow = ARROWS[event.key];
    const place = placeOf(key);
    if (!arrow || !place) return;
    event.preventDefault();
    const step = (event.shiftKey ? 5 : 1) * KEY_STEP;
    // Arrows move on screen: left is left in Arabic too, which in layout units is to the right.
    moveTo(key, { x: place.x + arrow[0] * step * (rtl ? -1 : 1), y: place.y + arrow[1] * step });
  }

  function edgeKey(event: KeyboardEvent<SVGGElement>, key: string) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onActivateEdge(key);
  }

  return (
    <div className="space-y-2">
      <div role="group" aria-label={t('features.network.controls')} className="flex flex-wrap gap-1.5">
        <button type="button" onClick={() => zoomBy(1.5)} className={BUTTON}>
          <span aria-hidden="true">+</span>
          {t('features.network.zoomIn')}
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} className={BUTTON}>
          <span aria-hidden="true">−</span>
          {t('features.network.zoomOut')}
        </button>
        <button type="button" onClick={reset} className={BUTTON}>
          <span aria-hidden="true">⟲</span>
          {t('features.network.resetZoom')}
        </button>
      </div>
      <p id={hintId} className="text-sm text-zinc-600 dark:text-zinc-400">
        {t('features.network.graphHint')}
      </p>
      <svg
        ref={svg}
        role="group"
        aria-label={t('features.network.graph')}
        aria-describedby={hintId}
        width={width}
        height={height}
        direction={rtl ? 'rtl' : 'ltr'}
        data-network=""
        className="block cursor-move touch-none overflow-hidden rounded-lg border border-zinc-200 select-none dark:border-zinc-800"
      >
        <defs>
          <marker
            id={arrowId}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            // A fixed size: in stroke widths (the default) a thick edge would get a huge head.
            markerUnits="userSpaceOnUse"
            markerWidth="11"
            markerHeight="11"
            orient="auto-start-reverse"
          >
            <path d="M0,0L10,5L0,10Z" className="fill-zinc-600 dark:fill-zinc-300" />
          </marker>
        </defs>
        <g transform={transform.toString()}>
          <g data-layer="edges">
            {edges.map((edge) => {
              const [a, b] = [placeOf(edge.from), placeOf(edge.to)];
              if (!a || !b) return null;
              const d = edgePath(
                toScreen(a),
                toScreen(b),
                radii.get(edge.from) ?? 0,
                radii.get(edge.to) ?? 0,
                edge.lane,
              );
              return (
                <g
                  key={edge.key}
                  role="button"
                  tabIndex={0}
                  aria-label={edge.name}
                  data-edge={edge.key}
                  data-type={edge.type}
                  onClick={() => onActivateEdge(edge.key)}
                  onKeyDown={(event) => edgeKey(event, edge.key)}
                  className="group cursor-pointer focus:outline-none"
                >
                  {/* A wide invisible stroke, so a thin line is easy to hit. */}
                  <path d={d} fill="none" stroke="transparent" strokeWidth={Math.max(14, edge.width + 10)} />
                  <path
                    d={d}
                    fill="none"
                    strokeWidth={edge.width}
                    strokeDasharray={edgeDash(edge.type, edge.width)}
                    strokeLinecap={edge.type === 'statement' ? 'round' : 'butt'}
                    markerEnd={edge.type === 'statement' ? `url(#${arrowId})` : undefined}
                    className="stroke-zinc-500 group-hover:stroke-zinc-900 group-focus-visible:stroke-sky-600 dark:stroke-zinc-400 dark:group-hover:stroke-white dark:group-focus-visible:stroke-sky-300"
                  />
                </g>
              );
            })}
          </g>
          <g data-layer="nodes">
            {nodes.map((node) => {
              const place = placeOf(node.key);
              if (!place) return null;
              const { x, y } = toScreen(place);
              const r = node.radius;
              return (
                <g
                  key={node.key}
                  role="button"
                  tabIndex={0}
                  aria-label={node.name}
                  data-node={node.key}
                  transform={`translate(${Math.round(x * 10) / 10},${Math.round(y * 10) / 10})`}
                  onPointerDown={(event) => pointerDown(event, node.key)}
                  onPointerMove={pointerMove}
                  onPointerUp={pointerUp}
                  onPointerCancel={pointerUp}
                  onClick={() => clickNode(node.key)}
                  onKeyDown={(event) => nodeKey(event, node.key)}
                  className="group cursor-grab focus:outline-none active:cursor-grabbing"
                >
                  <circle
                    r={r + 4}
                    fill="none"
                    strokeWidth={2.5}
                    className="stroke-transparent group-focus-visible:stroke-sky-600 dark:group-focus-visible:stroke-sky-300"
                  />
                  {node.kind === 'person' ? (
                    <circle r={r} fill={node.colour} strokeWidth={1.5} className="stroke-white dark:stroke-zinc-100" />
                  ) : (
                    <rect
                      x={-r}
                      y={-r}
                      width={2 * r}
                      height={2 * r}
                      rx={3}
                      strokeWidth={1.5}
                      className="fill-white stroke-zinc-700 dark:fill-zinc-900 dark:stroke-zinc-200"
                    />
                  )}
                  <text
                    aria-hidden="true"
                    textAnchor="middle"
                    dy="0.35em"
                    fontSize={Math.min(11, Math.max(8, r * 0.8))}
                    fill={node.kind === 'person' ? '#ffffff' : undefined}
                    className={`font-semibold ${node.kind === 'country' ? 'fill-zinc-900 dark:fill-zinc-100' : ''}`}
                  >
                    {node.code}
                  </text>
                  <text
                    aria-hidden="true"
                    {...labelPlacement(sideOf(node.key, { x, y }), r, rtl)}
                    paintOrder="stroke"
                    strokeWidth={3}
                    strokeLinejoin="round"
                    className="fill-zinc-900 stroke-white text-xs dark:fill-zinc-100 dark:stroke-zinc-900"
                  >
                    {node.label}
                  </text>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}

/**
 * Where a name is written beside its node. An SVG in Arabic runs right to left, where a text's
 * start is its right edge: the anchor is chosen so that the name's near edge touches the node.
 */
function labelPlacement(side: LabelSide, r: number, rtl: boolean): SVGProps<SVGTextElement> {
  const gap = 5;
  const [leftEdge, rightEdge] = rtl ? (['end', 'start'] as const) : (['start', 'end'] as const);
  switch (side) {
    case 'right':
      return { x: r + gap, dy: '0.35em', textAnchor: leftEdge };
    case 'left':
      return { x: -(r + gap), dy: '0.35em', textAnchor: rightEdge };
    case 'below':
      return { y: r + gap, dy: '0.8em', textAnchor: 'middle' };
    case 'above':
      return { y: -(r + gap), dy: '-0.2em', textAnchor: 'middle' };
  }
}
