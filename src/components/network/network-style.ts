import type { NetworkEdge } from '../../model/contact-network.ts';
import type { Point } from '../../model/network-layout.ts';

/**
 * Country colours as hex values, not Tailwind classes, so that they travel into an exported
 * image unchanged. Dark enough for white letters on them (WCAG AA, held by network-style.test.ts)
 * and for the fill against a white page; the outline carries them on a dark one.
 */
export const COUNTRY_PALETTE = [
  '#0369a1',
  '#b91c1c',
  '#047857',
  '#6d28d9',
  '#b45309',
  '#be185d',
  '#0f766e',
  '#4338ca',
  '#a16207',
  '#475569',
] as const;

/**
 * A colour per country by its place among all the corpus's countries, so that a country keeps its
 * colour whatever the filters show. Past ten countries colours repeat: the letters tell them apart.
 */
export function countryColours(allCodes: readonly string[]): (code: string) => string {
  const order = new Map([...allCodes].sort().map((code, i) => [code, i]));
  return (code) => COUNTRY_PALETTE[(order.get(code) ?? 0) % COUNTRY_PALETTE.length]!;
}

/**
 * The line style of each kind of edge, so the type reads without colour: calls dashed, meetings
 * solid, statements dotted. Scaled with the stroke width, or a thick line's dashes would merge
 * (statements are drawn with round caps: a zero-length dash is a dot as wide as the line).
 */
export function edgeDash(type: NetworkEdge['type'], width: number): string | undefined {
  const round = (n: number) => Math.round(n * 10) / 10;
  if (type === 'call') return `${round(Math.max(7, 2.5 * width))} ${round(Math.max(4, 1.5 * width))}`;
  if (type === 'statement') return `0 ${round(Math.max(4, 2.2 * width))}`;
  return undefined;
}

/** How far apart two edges joining the same two nodes (a call and a meeting) are drawn, at their middle. */
const PARALLEL_GAP = 12;

/**
 * The path of an edge from the rim of one node to the rim of the other. `lane` bends it
 * sideways (0 straight, ±1 for a pair with both a call and a meeting edge), so parallel edges
 * stay apart.
 */
export function edgePath(from: Point, to: Point, fromRadius: number, toRadius: number, lane = 0): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const round = (n: number) => Math.round(n * 10) / 10;
  const start = { x: from.x + ux * fromRadius, y: from.y + uy * fromRadius };
  const end = { x: to.x - ux * toRadius, y: to.y - uy * toRadius };
  if (lane === 0) return `M${round(start.x)},${round(start.y)}L${round(end.x)},${round(end.y)}`;
  // A quadratic curve's middle lies halfway to its control point: two edges in lanes -1 and 1 are
  // PARALLEL_GAP apart there.
  const control = {
    x: (start.x + end.x) / 2 - uy * lane * PARALLEL_GAP,
    y: (start.y + end.y) / 2 + ux * lane * PARALLEL_GAP,
  };
  return `M${round(start.x)},${round(start.y)}Q${round(control.x)},${round(control.y)} ${round(end.x)},${round(end.y)}`;
}

/** For each edge, its lane: a lone edge 0, two that share both ends -1 and 1 (three: -2, 0, 2). */
export function edgeLanes(edges: readonly Pick<NetworkEdge, 'key' | 'from' | 'to'>[]): Map<string, number> {
  const byEnds = new Map<string, string[]>();
  for (const edge of edges) {
    const ends = [edge.from, edge.to].sort().join('\u0000');
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), edge.key]);
  }
  const lanes = new Map<string, number>();
  for (const keys of byEnds.values()) {
    keys.forEach((key, i) => lanes.set(key, 2 * i - (keys.length - 1)));
  }
  return lanes;
}

/** Where a node's name is written, on screen. */
export type LabelSide = 'right' | 'left' | 'below' | 'above';

// Each side's direction on screen (y grows downward) and how wide an angle its label covers: a
// name beside a node is a long, thin box; above or below, a box centred on the node.
const SIDES: Record<LabelSide, { angle: number; spread: number }> = {
  right: { angle: 0, spread: Math.PI / 8 },
  left: { angle: Math.PI, spread: Math.PI / 8 },
  below: { angle: Math.PI / 2, spread: Math.PI / 3 },
  above: { angle: -Math.PI / 2, spread: Math.PI / 3 },
};

/**
 * The side of `node` to write its name on, so that no edge runs through it: the side whose label
 * box is farthest (in angle) from every edge leaving the node toward `neighbours`, the reading
 * side (`inlineEnd`) first when several are clear.
 */
export function labelSide(node: Point, neighbours: readonly Point[], inlineEnd: 'right' | 'left'): LabelSide {
  const order: LabelSide[] = [inlineEnd, 'below', 'above', inlineEnd === 'right' ? 'left' : 'right'];
  const edgeAngles = neighbours
    .filter((p) => p.x !== node.x || p.y !== node.y)
    .map((p) => Math.atan2(p.y - node.y, p.x - node.x));
  const clearance = (side: LabelSide) => {
    const { angle, spread } = SIDES[side];
    let least = Math.PI;
    for (const edge of edgeAngles) {
      const apart = Math.abs(((edge - angle + 3 * Math.PI) % (2 * Math.PI)) - Math.PI);
      least = Math.min(least, apart - spread);
    }
    return least;
  };
  // Clear enough is clear: a side in the reading order wins over a slightly clearer one.
  const CLEAR = Math.PI / 8;
  return (
    order.find((side) => clearance(side) >= CLEAR) ?? order.reduce((a, b) => (clearance(b) > clearance(a) ? b : a))
  );
}

/**
 * The letters written in a person's node for their country, so that colour is never the only
 * cue. The ISO code in English and Russian; in Arabic, whose readers do not read Latin codes, the
 * first two letters of the country's Arabic name, without the article (سو, رو, ول).
 */
export function countryBadge(code: string, name: string, lang: 'ar' | 'en' | 'ru'): string {
  if (lang !== 'ar') return code;
  const letters = [...name.replace(/^ال/, '').replace(/[\u064B-\u0652\u0640\s]/g, '')];
  return letters.length >= 2 ? letters.slice(0, 2).join('') : code;
}
