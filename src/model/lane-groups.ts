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
 * The shown events grouped into lanes by country or person, each lane's events in time order, in
 * display order: busiest first, then by name in the UI language. Busiest first puts the main
 * actors at the top, where they are seen first, and keeps the lanes still while the reader zooms
 * (counts are over the whole corpus, not the window). By person, events that name nobody get a
 * last lane of their own rather than vanish. Past `maxLanes` lanes, the quietest are folded into
 * one "other" lane (which holds each of their events once) until the reader unfolds them: sixty
 * lanes of a few events each are read better as nine and the rest. An event naming one country
 * twice is once in its lane.
 *
 * This runs on every filter change, over every event: the shown events are listed, then two
 * passes over them in typed arrays with no call per event (below). The first counts each lane's
 * events, which decides the order and the folding; the second writes the kept lanes' events and
 * the "other" lane's in the same sweep.
 */
export function buildLanes(
  index: EventIndex,
  shown: Uint8Array,
  mode: LaneMode,
  nameOf: (key: string) => string,
  locale: string,
  { maxLanes = MAX_LANES, unfolded = false }: LaneOrderOptions = {},
): LaneSet {
  const refKeys = mode === 'country' ? index.countryCodes : mode === 'person' ? index.personIds : [];
  const pass: LanePass = {
    list: shownPositions(shown),
    type: index.type,
    refStart: mode === 'country' ? index.countryStart : index.personStart,
    refs: mode === 'country' ? index.countryRefs : index.personRefs,
    byRef: mode !== 'none',
    nobody: refKeys.length,
  };
  const keys = [...refKeys, ''];
  const { counts, milestoneCount, shownCount } = countLanes(pass);
  const nobody = pass.nobody;

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
  const kept = folding ? order.slice(0, maxLanes - 1) : order;
  const folded = folding ? order.length - kept.length : 0;

  // Each kept lane's run in one buffer; a folded group writes to the "other" lane instead (-1).
  const fill = new Int32Array(keys.length).fill(-1);
  const runs = kept.map((g) => ({ g, from: 0 }));
  let total = 0;
  for (const run of runs) {
    run.from = total;
    fill[run.g] = total;
    total += counts[run.g]!;
  }
  const positions = new Uint32Array(total);
  const other = new Uint32Array(folding ? shownCount : 0);
  const milestones = new Uint32Array(milestoneCount);
  const otherCount = fillLanes(pass, fill, positions, other, milestones);

  const lanes: Lane[] = runs.map(({ g, from }) => ({
    key: keys[g]!,
    count: counts[g]!,
    positions: positions.subarray(from, from + counts[g]!),
  }));
  if (folding) lanes.push({ key: OTHER_LANE, count: otherCount, positions: other.slice(0, otherCount), folded });
  return { mode, lanes, milestones, folded };
}

/** What the passes over the shown events read: the shown events, their types, and the refs that group them. */
interface LanePass {
  list: Uint32Array;
  type: Uint8Array;
  refStart: Uint32Array;
  refs: Uint32Array;
  byRef: boolean;
  /** The group of events that name nobody (and of every event, by no ref). */
  nobody: number;
}

/** How many shown events each group has (a repeated ref counted once), and how many are milestones. */
function countLanes({ list, type, refStart, refs, byRef, nobody }: LanePass) {
  // The last event seen in each group, so that a repeated ref does not count twice.
  const seen = new Int32Array(nobody + 1).fill(-1);
  const counts = new Uint32Array(nobody + 1);
  let milestoneCount = 0;
  for (let j = 0; j < list.length; j++) {
    const i = list[j]!;
    if (type[i] === MILESTONE) {
      milestoneCount++;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      counts[nobody]!++;
      continue;
    }
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      counts[group]!++;
    }
  }
  return { counts, milestoneCount, shownCount: list.length - milestoneCount };
}

/**
 * Writes each shown event into its kept lanes' runs (`fill[group]`, the next free place, -1 for
 * a folded group), into `other` once when a group of its is folded, or into `milestones`.
 * Returns how many went into `other`.
 */
function fillLanes(
  { list, type, refStart, refs, byRef, nobody }: LanePass,
  fill: Int32Array,
  positions: Uint32Array,
  other: Uint32Array,
  milestones: Uint32Array,
): number {
  const seen = new Int32Array(nobody + 1).fill(-1);
  let otherCount = 0;
  let milestone = 0;
  for (let j = 0; j < list.length; j++) {
    const i = list[j]!;
    if (type[i] === MILESTONE) {
      milestones[milestone++] = i;
      continue;
    }
    const from = refStart[i]!;
    const to = refStart[i + 1]!;
    if (!byRef || from === to) {
      if (fill[nobody]! >= 0) positions[fill[nobody]!++] = i;
      else other[otherCount++] = i;
      continue;
    }
    let inOther = false;
    for (let k = from; k < to; k++) {
      const group = refs[k]!;
      if (seen[group] === i) continue;
      seen[group] = i;
      if (fill[group]! >= 0) positions[fill[group]!++] = i;
      else inOther = true;
    }
    if (inOther) other[otherCount++] = i;
  }
  return otherCount;
}
