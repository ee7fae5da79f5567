import { EVENT_TYPES } from './corpus-vocabulary.ts';
import type { EventIndex } from './event-index.ts';
import { shownPositions } from './window-selection.ts';

/** How events are grouped into horizontal lanes. */
export type LaneMode = 'country' | 'person' | 'none';

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
  /** The shown milestones, in time order: they have a strip of their own above the lanes. */
  milestones: Uint32Array;
  /** Lanes folded into the "other" lane (0 when every lane is shown). */
  folded: number;
}

const MILESTONE = EVENT_TYPES.indexOf('milestone');

/** Past this many lanes, the quietest are folded into one "other" lane (one fewer are kept). */
export const MAX_LANES = 10;

export interface LaneOrderOptions {
  /** Lanes shown before the rest are folded into "other". */
  maxLanes?: number;
  /** Show every lane, folding none. */
  unfolded?: boolean;
}

/**
 * Every event of the corpus in its group (a country, a person, or none), each group's events in
 * time order, milestones apart: what the lanes are made of after each filter. Made once for a
 * corpus and a way of grouping, so that a filter reads each group's events in order and keeps the
 * shown ones, rather than grouping every shown event again.
 */
export interface EventGroups {
  mode: LaneMode;
  /** Each group's key: a country code, a person id; the last is '' (events naming nobody, or every event by no ref). */
  keys: readonly string[];
  /** Group g's events are `positions[from[g]]` to `positions[from[g + 1] - 1]`. */
  from: Uint32Array;
  positions: Uint32Array;
  /** The milestones, in time order: they have a strip of their own above the lanes. */
  milestones: Uint32Array;
}

/**
 * The corpus's events by country or person (by person, events that name nobody in a group of
 * their own). An event naming one country twice is once in its group. Two passes over the events
 * in typed arrays with no call per event: the first counts each group's events, the second writes
 * them into one buffer.
 */
export function groupEvents(index: EventIndex, mode: LaneMode): EventGroups {
  const refKeys = mode === 'country' ? index.countryCodes : mode === 'person' ? index.personIds : [];
  const keys = [...refKeys, ''];
  const nobody = refKeys.length;
  const byRef = mode !== 'none';
  const refStart = mode === 'country' ? index.countryStart : index.personStart;
  const refs = mode === 'country' ? index.countryRefs : index.personRefs;
  const { type, count: n } = index;
  // The last event seen in each group, so that a repeated ref does not count twice.
  const seen = new Int32Array(keys.length).fill(-1);
  const next = new Uint32Array(keys.length + 1);
  let milestoneCount = 0;
  for (let i = 0; i < n; i++) {
    if (type[i] === MILESTONE) {
      milestoneCount++;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      next[nobody]!++;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      next[group]!++;
    }
  }
  // Counts into where each group's run begins: `from`, and `next`, the place each group writes to.
  let total = 0;
  for (let g = 0; g < keys.length; g++) {
    const size = next[g]!;
    next[g] = total;
    total += size;
  }
  next[keys.length] = total;
  const from = next.slice();
  const positions = new Uint32Array(total);
  const milestones = new Uint32Array(milestoneCount);
  let milestone = 0;
  seen.fill(-1);
  for (let i = 0; i < n; i++) {
    if (type[i] === MILESTONE) {
      milestones[milestone++] = i;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      positions[next[nobody]!++] = i;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      positions[next[group]!++] = i;
    }
  }
  return { mode, keys, from, positions, milestones };
}

/**
 * The shown events (`shown[i]` is 1; every event when `shown` is null) in lanes, each lane's
 * events in time order, in display order: busiest first, then by name in the UI language. Busiest
 * first puts the main actors at the top, where they are seen first, and keeps the lanes still
 * while the reader zooms (counts are over the whole corpus, not the window). By person, events
 * that name nobody get a last lane of their own rather than vanish. Past `maxLanes` lanes, the
 * quietest are folded into one "other" lane (which holds each of their events once) until the
 * reader unfolds them: sixty lanes of a few events each are read better as nine and the rest.
 *
 * This runs on every filter change: each group's events are read in order and the shown ones
 * kept, with no branch per event, then the folded groups' events are merged into the "other" lane.
 */
export function buildLanes(
  groups: EventGroups,
  shown: Uint8Array | null,
  nameOf: (key: string) => string,
  locale: string,
  { maxLanes = MAX_LANES, unfolded = false }: LaneOrderOptions = {},
): LaneSet {
  const { keys, from } = groups;
  const nobody = keys.length - 1;
  const kept = shown ? new Uint32Array(groups.positions.length) : groups.positions;
  const counts = shown
    ? keepShown(groups.positions, from, shown, kept)
    : from.subarray(1).map((end, g) => end - from[g]!);
  const run = (g: number) => kept.subarray(from[g]!, from[g]! + counts[g]!);

  // Names and a collator only for lanes of equal count: making them costs more than the passes.
  let collator: Intl.Collator | undefined;
  const names: string[] = [];
  const byName = (a: number, b: number) => {
    collator ??= new Intl.Collator(locale);
    names[a] ??= nameOf(keys[a]!);
    names[b] ??= nameOf(keys[b]!);
    return collator.compare(names[a], names[b]);
  };
  const order = keys
    .map((_, g) => g)
    .filter((g) => g !== nobody && counts[g]! > 0)
    .sort((a, b) => counts[b]! - counts[a]! || byName(a, b) || (keys[a]! < keys[b]! ? -1 : 1));
  if (counts[nobody]! > 0) order.push(nobody);
  const folding = !unfolded && order.length > maxLanes;
  const own = folding ? order.slice(0, maxLanes - 1) : order;
  const folded = order.length - own.length;

  const lanes: Lane[] = own.map((g) => ({ key: keys[g]!, count: counts[g]!, positions: run(g) }));
  if (folding) {
    const other = unionOf(order.slice(own.length).map(run));
    lanes.push({ key: OTHER_LANE, count: other.length, positions: other, folded });
  }
  return { mode: groups.mode, lanes, milestones: shownOf(groups.milestones, shown), folded };
}

/**
 * Keeps the shown events of each run (`runs[g]` to `runs[g + 1]` of `positions`), in order, at
 * the start of the same run in `into`; returns how many each run kept.
 */
function keepShown(positions: Uint32Array, runs: Uint32Array, shown: Uint8Array, into: Uint32Array): Uint32Array {
  const counts = new Uint32Array(runs.length - 1);
  for (let g = 0; g < counts.length; g++) counts[g] = keepRun(positions, runs[g]!, runs[g + 1]!, shown, into);
  return counts;
}

/**
 * Keeps the shown events of `positions[start]` to `positions[end - 1]` at `into[start]` on;
 * returns how many. Each event is written, and the place moves on only when it is shown: no
 * branch that a scattered answer (a search's) would send the wrong way half the time. A function
 * of its own, as markAll is: a first filter ran this loop nested in keepShown's unoptimized, its
 * code compiled on the stack thrown away at the end of every run.
 */
function keepRun(positions: Uint32Array, start: number, end: number, shown: Uint8Array, into: Uint32Array): number {
  let k = start;
  for (let j = start; j < end; j++) {
    const i = positions[j]!;
    into[k] = i;
    k += shown[i]!;
  }
  return k - start;
}

/** The shown events of a list in time order (the list itself when every event is shown). */
function shownOf(list: Uint32Array, shown: Uint8Array | null): Uint32Array {
  if (!shown) return list;
  const into = new Uint32Array(list.length);
  return into.subarray(0, keepShown(list, Uint32Array.of(0, list.length), shown, into)[0]);
}

/**
 * The events of several lists in time order, each once (an event of two folded groups is in the
 * "other" lane once): each is marked in a byte per event up to the last, and the marked ones are
 * listed in order.
 */
function unionOf(lists: Uint32Array[]): Uint32Array {
  let last = -1;
  for (const list of lists) if (list.length) last = Math.max(last, list[list.length - 1]!);
  const marked = new Uint8Array(last + 1);
  for (const list of lists) markAll(list, marked);
  return shownPositions(marked);
}

/**
 * Marks the events of a list. A function of its own, not a loop nested in unionOf's: V8 compiles
 * a long loop while it runs, and code compiled for an inner loop is thrown away each time that
 * loop ends, so the marking ran unoptimized in some page loads (docs/performance.md).
 */
function markAll(list: Uint32Array, marked: Uint8Array): void {
  for (let j = 0; j < list.length; j++) marked[list[j]!] = 1;
}
