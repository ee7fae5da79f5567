import { EVENT_TYPES } from './corpus-vocabulary.ts';
import type { EventIndex } from './event-index.ts';

/** How events are grouped into horizontal lanes. */
export type LaneMode = 'country' | 'person' | 'none';

/**
 * The shown events grouped by country or person, each group's events in time order (CSR form, as
 * in the index), so that a frame touches only the lanes it draws. O(events), once per filter result.
 */
export interface LaneGroups {
  mode: LaneMode;
  /** Group g holds the events of keys[g]; the last group (key '') those naming nobody, or, with no lanes, all. */
  keys: readonly string[];
  /** Group g's events are positions[groupStart[g] .. groupStart[g + 1]), in time order. */
  groupStart: Uint32Array;
  positions: Uint32Array;
  /** The shown milestones, in time order: they have a strip of their own above the lanes. */
  milestones: Uint32Array;
}

/** The key of the lane that holds the events of the lanes folded away. */
export const OTHER_LANE = '*';

export interface Lane {
  /** A country code, a person id, '' for the single lane (or, by person, events naming nobody), or OTHER_LANE. */
  key: string;
  /** Shown events in the lane over the whole corpus, milestones aside. */
  count: number;
  /** The lane's events, in time order. */
  positions: Uint32Array;
  /** For the "other" lane: how many lanes it stands for. */
  folded?: number;
}

/** The lanes in display order. */
export interface LaneSet {
  mode: LaneMode;
  lanes: readonly Lane[];
  groups: LaneGroups;
  /** Lanes folded into the "other" lane (0 when every lane is shown). */
  folded: number;
}

const MILESTONE = EVENT_TYPES.indexOf('milestone');

/** Groups the shown events by lane; an event naming one country twice is once in its group. */
export function groupEvents(index: EventIndex, shown: Uint8Array, mode: LaneMode): LaneGroups {
  const n = index.count;
  const refKeys = mode === 'country' ? index.countryCodes : mode === 'person' ? index.personIds : [];
  const refStart = mode === 'country' ? index.countryStart : index.personStart;
  const refs = mode === 'country' ? index.countryRefs : index.personRefs;
  const type = index.type;
  const nobody = refKeys.length;
  const keys = [...refKeys, ''];
  const byRef = mode !== 'none';
  // The last event seen in each group, so that a repeated ref does not count twice. Two passes
  // (count, then fill) over typed arrays, with no call per event: this runs on every filter change.
  const seen = new Int32Array(keys.length).fill(-1);
  const groupStart = new Uint32Array(keys.length + 1);
  let milestoneCount = 0;
  for (let i = 0; i < n; i++) {
    if (!shown[i]) continue;
    if (type[i] === MILESTONE) {
      milestoneCount++;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      groupStart[nobody + 1]!++;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      groupStart[group + 1]!++;
    }
  }
  for (let g = 0; g < keys.length; g++) groupStart[g + 1]! += groupStart[g]!;
  const positions = new Uint32Array(groupStart[keys.length]!);
  const milestones = new Uint32Array(milestoneCount);
  const fill = groupStart.slice(0, keys.length);
  let milestone = 0;
  seen.fill(-1);
  for (let i = 0; i < n; i++) {
    if (!shown[i]) continue;
    if (type[i] === MILESTONE) {
      milestones[milestone++] = i;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      positions[fill[nobody]!++] = i;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      positions[fill[group]!++] = i;
    }
  }
  return { mode, keys, groupStart, positions, milestones };
}

/** Past this many lanes, the quietest are folded into one "other" lane (one fewer are kept). */
export const MAX_LANES = 10;

export interface LaneOrderOptions {
  /** Lanes shown before the rest are folded into "other". */
  maxLanes?: number;
  /** Show every lane, folding none. */
  unfolded?: boolean;
}

/**
 * The lanes that have shown events, busiest first, then by name in the UI language. Busiest first
 * puts the main actors at the top, where they are seen first, and keeps the lanes still while the
 * reader zooms (counts are over the whole corpus, not the window). By person, events that name
 * nobody get a last lane of their own rather than vanish. Past `maxLanes` lanes, the quietest are
 * folded into one "other" lane (which holds each of their events once) until the reader unfolds
 * them: sixty lanes of a few events each are read better as nine and the rest.
 */
export function orderLanes(
  groups: LaneGroups,
  nameOf: (key: string) => string,
  locale: string,
  { maxLanes = MAX_LANES, unfolded = false }: LaneOrderOptions = {},
): LaneSet {
  const { keys, groupStart, positions } = groups;
  const nobody = keys.length - 1;
  const count = (g: number) => groupStart[g + 1]! - groupStart[g]!;
  const collator = new Intl.Collator(locale);
  const names = keys.map((key, g) => (g === nobody ? '' : nameOf(key)));
  const order = keys
    .map((_, g) => g)
    .filter((g) => g !== nobody && count(g) > 0)
    .sort((a, b) => count(b) - count(a) || collator.compare(names[a]!, names[b]!) || (keys[a]! < keys[b]! ? -1 : 1));
  if (count(nobody) > 0) order.push(nobody);
  const lane = (g: number): Lane => ({
    key: keys[g]!,
    count: count(g),
    positions: positions.subarray(groupStart[g], groupStart[g + 1]),
  });
  if (unfolded || order.length <= maxLanes) return { mode: groups.mode, lanes: order.map(lane), groups, folded: 0 };
  const kept = order.slice(0, maxLanes - 1);
  const rest = order.slice(maxLanes - 1);
  const other = mergePositions(rest.map((g) => positions.subarray(groupStart[g], groupStart[g + 1])));
  return {
    mode: groups.mode,
    lanes: [...kept.map(lane), { key: OTHER_LANE, count: other.length, positions: other, folded: rest.length }],
    groups,
    folded: rest.length,
  };
}

/** The union of time-ordered position lists, in time order, each position once. */
function mergePositions(lists: readonly Uint32Array[]): Uint32Array {
  let last = 0;
  for (const list of lists) if (list.length) last = Math.max(last, list[list.length - 1]! + 1);
  const present = new Uint8Array(last);
  let n = 0;
  for (const list of lists) {
    for (const position of list) {
      if (present[position]) continue;
      present[position] = 1;
      n++;
    }
  }
  const merged = new Uint32Array(n);
  for (let i = 0, k = 0; i < last; i++) if (present[i]) merged[k++] = i;
  return merged;
}

/** `orderLanes(groupEvents(…))`, for when both change together. */
export function buildLanes(
  index: EventIndex,
  shown: Uint8Array,
  mode: LaneMode,
  nameOf: (key: string) => string,
  locale: string,
  options?: LaneOrderOptions,
): LaneSet {
  return orderLanes(groupEvents(index, shown, mode), nameOf, locale, options);
}
