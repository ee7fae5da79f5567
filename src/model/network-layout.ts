import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import { randomLcg } from 'd3-random';

/** A node to place: its key and the radius it is drawn with. */
export interface LayoutNode {
  key: string;
  radius: number;
}

/** A link between two node keys; heavier links pull harder. */
export interface LayoutLink {
  from: string;
  to: string;
  weight: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface NetworkLayoutOptions {
  width: number;
  height: number;
  /** The seed of the simulation's random source, in [0, 1). */
  seed?: number;
  /** How many steps the simulation runs, all at once: there is no animation. */
  ticks?: number;
  /** Room kept free at each edge of the box. */
  padding?: number;
  /** More room on the right (the inline end before mirroring), where labels run. */
  labelRoom?: number;
}

/** Any fixed value will do: what matters is that it never changes between two runs. */
export const DEFAULT_SEED = 0.2718;
export const DEFAULT_TICKS = 300;
/** A small network is spread out to fill the box, but no more than this: two nodes need not sit a page apart. */
const MAX_SPREAD = 2;

interface SimNode extends SimulationNodeDatum {
  key: string;
  radius: number;
}

/** A node's radius by its count: area grows with the count, so the scale is a square root. */
export function nodeRadius(count: number, maxCount: number): number {
  return Math.round((7 + 13 * Math.sqrt(Math.max(0, count) / Math.max(1, maxCount))) * 10) / 10;
}

/** An edge's stroke width by its count. */
export function edgeWidth(count: number, maxCount: number): number {
  return Math.round((1.5 + 4.5 * Math.sqrt(Math.max(0, count) / Math.max(1, maxCount))) * 10) / 10;
}

/**
 * Places the nodes with d3-force: links pull, nodes repel and do not overlap, and a weak pull to
 * the centre keeps loose parts near. Seeded and run a fixed number of steps synchronously, so
 * the same nodes and links (in the same order) always get the same places. The result is scaled
 * to fit the box (spread up to twice as wide, so labels have room) and centred in it.
 */
export function layoutNetwork(
  nodes: readonly LayoutNode[],
  links: readonly LayoutLink[],
  options: NetworkLayoutOptions,
): Map<string, Point> {
  const { width, height, seed = DEFAULT_SEED, ticks = DEFAULT_TICKS, padding = 40, labelRoom = 100 } = options;
  const simNodes: SimNode[] = nodes.map((n) => ({ key: n.key, radius: n.radius }));
  const known = new Set(simNodes.map((n) => n.key));
  const simLinks: (SimulationLinkDatum<SimNode> & { weight: number })[] = links
    .filter((l) => known.has(l.from) && known.has(l.to) && l.from !== l.to)
    .map((l) => ({ source: l.from, target: l.to, weight: l.weight }));

  forceSimulation(simNodes)
    .randomSource(randomLcg(seed))
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode> & { weight: number }>(simLinks)
        .id((n) => n.key)
        .distance((l) => 70 + (l.source as SimNode).radius + (l.target as SimNode).radius),
    )
    .force('charge', forceManyBody<SimNode>().strength(-260))
    // Labels sit beside nodes: keep a label's length of room around each.
    .force(
      'collide',
      forceCollide<SimNode>((n) => n.radius + 18),
    )
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    .stop()
    .tick(ticks);

  const xs = simNodes.map((n) => n.x ?? 0);
  const ys = simNodes.map((n) => n.y ?? 0);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  const room = (size: number, span: number) => (span > 0 ? Math.max(0, size) / span : Infinity);
  const scale = Math.min(
    MAX_SPREAD,
    room(width - 2 * padding - labelRoom, maxX - minX),
    room(height - 2 * padding, maxY - minY),
  );
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  // The middle of the room left once the labels' strip on the right is set aside.
  const [mx, my] = [(width - labelRoom) / 2, height / 2];
  const round = (n: number) => Math.round(n * 10) / 10;
  return new Map(
    simNodes.map((n) => [
      n.key,
      { x: round(mx + ((n.x ?? 0) - cx) * scale), y: round(my + ((n.y ?? 0) - cy) * scale) },
    ]),
  );
}
