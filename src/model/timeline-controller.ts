import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { DenseLayout } from './crowded-lane.ts';
import type { EventIndex } from './event-index.ts';
import {
  centreDomainOn,
  centreOfEvent,
  eventBeyond,
  itemOfEvent,
  stepShown,
  walkItems,
  zoomDomainAbout,
  type TimelineCommand,
  type WalkItem,
  type WalkPart,
} from './keyboard-navigation.ts';
import { buildLanes, groupEvents, type EventGroups, type Lane, type LaneMode, type LaneSet } from './lane-groups.ts';
import {
  DEFAULT_LAYOUT,
  eventsOfCount,
  LayoutBuffers,
  layoutLanes,
  type LaneLayout,
  type LayoutInput,
  type LayoutOptions,
} from './lane-layout.ts';
import {
  centreWindowOn,
  clampDomain,
  constrainTransform,
  domainOfTransform,
  domainOfWindow,
  fitWindow,
  panBounds,
  sameWindow,
  scaleExtentFor,
  transformOfDomain,
  translateExtentFor,
  windowOfDomain,
  type DayDomain,
  type TimeWindow,
  type Viewport,
} from './time-scale.ts';

/** How the view changed: a frame of a gesture, one step (a button, a key, the end of a brush), or a brush's preview. */
export type ViewChange = 'continuous' | 'discrete' | 'preview';

/** What the timeline shows: the corpus, the filter result, the lanes and the selected event. */
export interface TimelineData {
  index: EventIndex;
  /** The filter result: 1 for an event to draw. */
  shown: Uint8Array;
  lanes: LaneMode;
  /** A lane's name in the UI language, to order lanes of equal counts. */
  nameOf: (key: string) => string;
  locale: string;
  /** The selected event's position: always drawn, as its own mark. */
  selected: number | undefined;
  /** The layout of far too crowded lanes, for a corpus large enough to have them (lane-layout.ts). */
  dense?: DenseLayout;
}

/** The key of the milestone strip's one lane: not a slug, so it meets no country or person. */
export const MILESTONE_LANE = '#milestones';

const STRIP_LAYOUT: LayoutOptions = { ...DEFAULT_LAYOUT, maxRows: 3, labelRows: 2, crowdedRows: 1 };

/** Everything a view draws from, made anew on every change (so React can compare by identity). */
export interface TimelineSnapshot {
  viewport: Viewport;
  /** The only record of the visible window: pixels per day (k) and offset (x). */
  transform: ZoomTransform;
  domain: DayDomain;
  window: TimeWindow;
  /** A gesture is under way: lanes keep their heights, and labels wait. */
  moving: boolean;
  /** The days of every event of the corpus, and where panning may go. */
  extent: DayDomain;
  bounds: DayDomain;
  laneSet: LaneSet | null;
  layout: LaneLayout;
  /** The milestone strip, laid out as a lane of its own; null without milestones. */
  strip: LaneLayout | null;
  /** The key of the one item (mark or count) that takes Tab. */
  tabStop: string | null;
  /** Where the keyboard asked focus to go: the view moves focus when `seq` changes. */
  focus: { key: string; seq: number } | null;
  /** Every lane is shown, none folded into "other". */
  unfolded: boolean;
  /** The selected event. */
  selected: number | undefined;
  /** The filter result the lanes were laid out from. */
  shown: Uint8Array;
}

export interface TimelineControllerOptions {
  /** The window the link opened on. Without one the view fits the shown events, and refits when they change, until it is moved. */
  window?: TimeWindow | undefined;
  /** Called once a change by the reader has come to rest: the URL follows the window. */
  onCommit?: (window: TimeWindow) => void;
  /** How long a stream of changes must pause to be over. */
  restMs?: number;
}

// Until the view is measured, transforms are kept against this width; the domain carries over.
const NOMINAL_VIEWPORT: Viewport = { width: 1000, rtl: false };
const REST_MS = 150;
const NONE_SHOWN = new Uint8Array(0);
const EMPTY_LAYOUT: LaneLayout = { lanes: [], height: 0, marks: [], counts: [], links: [] };

/**
 * The timeline's one owner of interaction state, framework-free, in the manner of d3-zoom's
 * behaviour object: the zoom transform (the only record of the visible window), the lanes and
 * marks laid out for it, and the keyboard's place. Views subscribe and draw what it holds; d3-zoom
 * reports gestures to it and mirrors its transform; the URL is written from it once a change
 * rests, and read into it only when a link is opened or history moves (`showWindow`).
 */
export class TimelineController {
  private data: TimelineData | null = null;
  private viewport: Viewport = NOMINAL_VIEWPORT;
  private transform: ZoomTransform;
  private follow: boolean;
  private framed = false;
  private moving = false;
  private restTimer: ReturnType<typeof setTimeout> | undefined;
  private frozen: Map<string, number> | null = null;
  private labelWidth: ((position: number) => number) | undefined;
  private unfolded = false;
  private active: { key: string; position: number } | null = null;
  private focus: { key: string; seq: number } | null = null;
  private committed: TimeWindow | null;
  private movedByReader = false;
  private readonly buffers = new LayoutBuffers();
  private readonly listeners = new Set<() => void>();
  private onCommit: ((window: TimeWindow) => void) | undefined;
  private readonly restMs: number;
  // The corpus's events in their groups, the lanes of the last filter, and those of every event
  // apart (see laneSet).
  private groups: { index: EventIndex; value: EventGroups } | null = null;
  private lanes: { key: unknown[]; value: LaneSet } | null = null;
  private wholeLanes: { key: unknown[]; value: LaneSet } | null = null;
  private everyShown: { shown: Uint8Array; value: boolean } | null = null;
  private extent: { index: EventIndex; value: DayDomain } | null = null;
  private laidOut: { key: unknown[]; layout: LaneLayout; strip: LaneLayout | null } | null = null;
  private items: WalkItem[] | null = null;
  private snapshot: TimelineSnapshot;

  constructor({ window, onCommit, restMs = REST_MS }: TimelineControllerOptions = {}) {
    this.onCommit = onCommit;
    this.restMs = restMs;
    this.follow = window === undefined;
    this.committed = window ?? null;
    this.transform = window ? transformOfDomain(clampDomain(domainOfWindow(window)), this.viewport) : zoomIdentity;
    this.snapshot = this.build();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): TimelineSnapshot => this.snapshot;

  /** The visible window alone: the same object until its days change. */
  readonly getWindow = (): TimeWindow => this.snapshot.window;

  /** Where the reader's windows are written (the URL): called once a change by the reader rests. */
  setCommit(onCommit: ((window: TimeWindow) => void) | undefined): void {
    this.onCommit = onCommit;
  }

  /** New data (a filter, the lanes, the selection): laid out again; refits while the view follows the filters. */
  setData(data: TimelineData): void {
    const previous = this.data;
    this.data = data;
    if (this.follow && (previous?.shown !== data.shown || previous.index !== data.index || !this.framed)) {
      this.transform = transformOfDomain(this.fittedDomain(), this.viewport);
    }
    this.changed();
  }

  /** The measured width and the direction time runs; the days in view stay. */
  setViewport(viewport: Viewport): void {
    if (viewport.width <= 0 || (viewport.width === this.viewport.width && viewport.rtl === this.viewport.rtl)) return;
    const domain = this.domain();
    this.viewport = viewport;
    this.transform = transformOfDomain(domain, viewport);
    this.changed();
  }

  /** How wide each event's label is (0: none); a new function when the labels change (language, texts). */
  setLabels(width: ((position: number) => number) | undefined): void {
    if (width === this.labelWidth) return;
    this.labelWidth = width;
    this.changed();
  }

  /** Shows every lane, or folds the quietest into "other" again. */
  setUnfolded(unfolded: boolean): void {
    if (unfolded === this.unfolded) return;
    this.unfolded = unfolded;
    this.changed();
  }

  // --- The window -------------------------------------------------------------------------

  /** Zoom extents for d3-zoom: pixels per day at the widest and narrowest zoom. */
  scaleExtent(): [number, number] {
    return scaleExtentFor(this.viewport);
  }

  /** Where panning may go, for d3-zoom. */
  translateExtent(): [[number, number], [number, number]] {
    return translateExtentFor(this.snapshot.bounds, this.viewport);
  }

  /** A transform from a gesture (d3-zoom has applied the extents). */
  setTransform(transform: ZoomTransform, how: ViewChange): void {
    this.move(transform, how);
  }

  /** Shows `domain`, clamped to the zoom limits and the bounds. */
  showDomain(domain: DayDomain, how: ViewChange = 'discrete'): void {
    this.move(transformOfDomain(clampDomain(domain, this.snapshot.bounds), this.viewport), how);
  }

  /** Zooms about the middle of the view: 2 shows half as many days. */
  zoomBy(factor: number, how: ViewChange = 'continuous'): void {
    const domain = this.domain();
    this.showDomain(zoomDomainAbout(domain, (domain.start + domain.end) / 2, factor), how);
  }

  /** Moves later in time (negative: earlier) by a share of the window. */
  panBy(fraction: number, how: ViewChange = 'continuous'): void {
    const { start, end } = this.domain();
    const shift = fraction * (end - start);
    this.showDomain({ start: start + shift, end: end + shift }, how);
  }

  /** Shows every shown event. */
  fitAll(): void {
    if (this.data) this.showDomain(domainOfWindow(fitWindow(this.data.index, this.data.shown)), 'discrete');
  }

  /**
   * The window a link holds (on opening, or when history moves): shown as it is, without being
   * written back. No window: the view fits the shown events again, and follows the filters.
   */
  showWindow(window: TimeWindow | undefined): void {
    // History moved something else (a filter): the view stays where it is, to the fraction of a day.
    if (window && !this.follow && sameWindow(window, this.snapshot.window)) return;
    this.follow = window === undefined;
    this.framed = window !== undefined;
    this.committed = window ?? null;
    this.movedByReader = false;
    const domain = window ? clampDomain(domainOfWindow(window), this.snapshot.bounds) : this.fittedDomain();
    this.transform = transformOfDomain(domain, this.viewport);
    this.settle();
  }

  /** Ends a gesture now (d3-zoom's "end"), rather than after a pause. */
  rest(): void {
    clearTimeout(this.restTimer);
    this.restTimer = undefined;
    if (!this.moving) return;
    this.moving = false;
    this.frozen = null;
    this.settle();
  }

  // --- The keyboard -------------------------------------------------------------------------

  /** The reader focused a mark or a count (by key): it is the keyboard's place from now on. */
  activate(key: string): void {
    if (this.active?.key === key) return;
    const { layout, strip } = this.snapshot;
    const mark = [...layout.marks, ...(strip?.marks ?? [])].find((candidate) => candidate.key === key);
    const count = mark ? undefined : [...layout.counts, ...(strip?.counts ?? [])].find((c) => c.key === key);
    if (!mark && !count) return;
    this.active = { key, position: mark ? mark.position : (this.active?.position ?? -1) };
    this.changed();
  }

  /** Carries out a key's command: a move to another item (panning to it if need be), a zoom or a fit. */
  command(command: TimelineCommand): void {
    const data = this.data;
    if (!data) return;
    if (command.kind === 'zoom') {
      const domain = this.domain();
      const active = this.active && this.active.position >= 0 ? this.active.position : undefined;
      const about = active !== undefined ? centreOfEvent(data.index, active) : (domain.start + domain.end) / 2;
      this.showDomain(zoomDomainAbout(domain, about, command.factor), 'discrete');
      return this.refocus();
    }
    if (command.kind === 'fit') {
      this.fitAll();
      return this.refocus();
    }
    const items = this.walk();
    const at = this.placeInWalk(items);
    const { to } = command;
    let target: WalkItem | undefined;
    let beyond: number | undefined;
    if (to === 'first' || to === 'last') {
      beyond = to === 'first' ? stepShown(data.shown, -1, 1) : stepShown(data.shown, data.shown.length, -1);
    } else if (at < 0) {
      target = to === 'later' ? items[0] : items.at(-1);
    } else {
      target = items[at + (to === 'later' ? 1 : -1)];
      if (!target) beyond = eventBeyond(data.index, data.shown, this.domain(), to);
    }
    if (beyond !== undefined) {
      // An event out of view (or the first or last): the view pans to it, then it is found drawn.
      const found = itemOfEvent(data.index, this.parts(), items, beyond, this.domain(), this.viewport);
      if (!found) this.showDomain(centreDomainOn(this.domain(), centreOfEvent(data.index, beyond)), 'discrete');
      target =
        found ?? itemOfEvent(data.index, this.parts(), this.walk(), beyond, this.domain(), this.viewport) ?? undefined;
      if (target && target.position < 0) target = { ...target, position: beyond };
    }
    if (!target) return;
    this.active = { key: target.key, position: target.position };
    this.focus = { key: target.key, seq: (this.focus?.seq ?? 0) + 1 };
    this.changed();
  }

  /** Where the keyboard is among the walk's items: its own item, or the one that stands for its event. */
  private placeInWalk(items: WalkItem[]): number {
    const active = this.active;
    if (!active || !this.data) return -1;
    const own = items.findIndex((item) => item.key === active.key);
    if (own >= 0 || active.position < 0) return own;
    const item = itemOfEvent(this.data.index, this.parts(), items, active.position, this.domain(), this.viewport);
    return item ? items.indexOf(item) : -1;
  }

  /** Puts the keyboard on an event (its mark, or the count that holds it) and asks for focus there. */
  focusEvent(id: string): void {
    const data = this.data;
    const position = data?.index.ids.positionOf(id);
    if (!data || position === undefined) return;
    const item = itemOfEvent(data.index, this.parts(), this.walk(), position, this.domain(), this.viewport);
    if (!item) return;
    this.active = { key: item.key, position };
    this.focus = { key: item.key, seq: (this.focus?.seq ?? 0) + 1 };
    this.changed();
  }

  /** The events a count stands for, in time order. */
  eventsOfCount(key: string): number[] {
    const { layout, strip } = this.snapshot;
    const data = this.data;
    if (!data) return [];
    for (const [part, lanes] of [
      [layout, this.laneSet()?.lanes ?? []],
      [strip, this.stripLanes()],
    ] as const) {
      const count = part?.counts.find((c) => c.key === key);
      if (count) return eventsOfCount(this.layoutInput(lanes, this.domain()), count);
    }
    return [];
  }

  /**
   * Lays the lanes out at another zoom without showing it: the first gesture then runs warm code.
   * Without labels: a label asks for its event's texts, and what no one sees must fetch nothing.
   */
  rehearse(domain: DayDomain): void {
    const lanes = this.laneSet()?.lanes;
    if (lanes)
      layoutLanes({ ...this.layoutInput(lanes, domain, this.restRows()), labelWidth: undefined }, this.buffers);
  }

  // --- Inside -------------------------------------------------------------------------

  private domain(): DayDomain {
    return domainOfTransform(this.transform, this.viewport);
  }

  private move(transform: ZoomTransform, how: ViewChange): void {
    const constrained = constrain(transform, this.viewport, this.snapshot.bounds);
    const same = constrained.k === this.transform.k && constrained.x === this.transform.x;
    this.transform = constrained;
    this.follow = false;
    this.framed = true;
    if (how !== 'preview') this.movedByReader = true;
    if (how === 'discrete') {
      clearTimeout(this.restTimer);
      this.restTimer = undefined;
      this.moving = false;
      this.frozen = null;
      this.settle();
      return;
    }
    if (!this.moving) {
      this.moving = true;
      this.frozen = this.restRows();
    }
    clearTimeout(this.restTimer);
    this.restTimer = setTimeout(() => this.rest(), this.restMs);
    if (!same) this.changed();
  }

  /** At rest: laid out with the lanes' own heights, and the window written if the reader moved it. */
  private settle(): void {
    this.changed();
    const window = this.snapshot.window;
    if (this.movedByReader && !(this.committed && sameWindow(this.committed, window))) {
      this.committed = window;
      this.onCommit?.(window);
    }
    this.movedByReader = false;
  }

  private refocus(): void {
    const position = this.active?.position;
    const data = this.data;
    if (!data || position === undefined || position < 0) return;
    const item = itemOfEvent(data.index, this.parts(), this.walk(), position, this.domain(), this.viewport);
    if (!item) return;
    this.active = { key: item.key, position };
    this.focus = { key: item.key, seq: (this.focus?.seq ?? 0) + 1 };
    this.changed();
  }

  private fittedDomain(): DayDomain {
    const data = this.data;
    if (!data) return this.domain();
    const fitted = fitWindow(data.index, data.shown);
    if (data.selected === undefined || this.framed) {
      this.framed = true;
      return clampDomain(domainOfWindow(fitted));
    }
    // A link to an event opens on it, with the span the whole view would have.
    this.framed = true;
    const { start, end } = domainOfWindow(fitted);
    return clampDomain(domainOfWindow(centreWindowOn(data.index, data.selected, end - start)));
  }

  /** The days of every event of the corpus (fitted, with a margin): fixed for the corpus. */
  private corpusExtent(): DayDomain | null {
    const index = this.data?.index;
    if (!index) return null;
    if (this.extent?.index !== index) {
      const all = new Uint8Array(index.count).fill(1);
      this.extent = { index, value: domainOfWindow(fitWindow(index, all)) };
    }
    return this.extent.value;
  }

  /**
   * The shown events in lanes, made again only when what they depend on changes. With every event
   * shown (no filter, or a query that every event matches) they are the whole corpus's lanes,
   * kept apart from the last filter's: clearing a filter regroups nothing, which at a million
   * events saves reading every group again.
   */
  private laneSet(): LaneSet | null {
    const data = this.data;
    if (!data) return null;
    if (this.everyShown?.shown !== data.shown)
      this.everyShown = { shown: data.shown, value: data.shown.indexOf(0) === -1 };
    const whole = this.everyShown.value;
    const key = [data.index, whole || data.shown, data.lanes, data.nameOf, data.locale, this.unfolded];
    const held = whole ? this.wholeLanes : this.lanes;
    if (held && held.key.every((part, i) => part === key[i])) return held.value;
    if (this.groups?.index !== data.index || this.groups.value.mode !== data.lanes)
      this.groups = { index: data.index, value: groupEvents(data.index, data.lanes) };
    const value = buildLanes(this.groups.value, whole ? null : data.shown, data.nameOf, data.locale, {
      unfolded: this.unfolded,
    });
    if (whole) this.wholeLanes = { key, value };
    else this.lanes = { key, value };
    return value;
  }

  private stripLanes(): Lane[] {
    const milestones = this.laneSet()?.milestones;
    return milestones?.length ? [{ key: MILESTONE_LANE, count: milestones.length, positions: milestones }] : [];
  }

  /** Each lane's rows as last laid out at rest, which a gesture keeps. */
  private restRows(): Map<string, number> {
    const rows = new Map<string, number>();
    for (const part of [this.snapshot.layout, this.snapshot.strip]) {
      for (const lane of part?.lanes ?? []) rows.set(lane.key, lane.rows);
    }
    return rows;
  }

  private layoutInput(lanes: readonly Lane[], domain: DayDomain, frozen = this.frozen): LayoutInput {
    const data = this.data!;
    return {
      index: data.index,
      lanes,
      domain,
      viewport: this.viewport,
      forced: data.selected === undefined ? [] : [data.selected],
      labelWidth: this.labelWidth,
      frozenRows: frozen ?? undefined,
      options: lanes[0]?.key === MILESTONE_LANE ? STRIP_LAYOUT : DEFAULT_LAYOUT,
      dense: data.dense,
    };
  }

  private parts(): WalkPart[] {
    const { layout, strip } = this.snapshot;
    const parts: WalkPart[] = [];
    if (strip) parts.push({ layout: strip, lanes: this.stripLanes() });
    parts.push({ layout, lanes: this.laneSet()?.lanes ?? [] });
    return parts;
  }

  private walk(): WalkItem[] {
    this.items ??= this.data ? walkItems(this.data.index, this.parts()) : [];
    return this.items;
  }

  private changed(): void {
    this.snapshot = this.build();
    this.listeners.forEach((listener) => listener());
  }

  private build(): TimelineSnapshot {
    const data = this.data;
    const extent = this.corpusExtent();
    const bounds = extent ? panBounds(extent) : clampDomain({ start: -1e6, end: 1e6 });
    const previous = this.snapshot as TimelineSnapshot | undefined;
    // The same view keeps the same objects: a move of the keyboard's place lays nothing out again.
    const sameView = previous?.transform === this.transform && previous.viewport === this.viewport;
    const domain = sameView ? previous.domain : this.domain();
    const laneSet = this.laneSet();
    const key = [laneSet, domain, this.frozen, data?.selected, this.labelWidth];
    let layout: LaneLayout;
    let strip: LaneLayout | null;
    if (this.laidOut && this.laidOut.key.every((part, i) => part === key[i])) ({ layout, strip } = this.laidOut);
    else {
      layout = laneSet ? layoutLanes(this.layoutInput(laneSet.lanes, domain), this.buffers) : EMPTY_LAYOUT;
      const stripLanes = this.stripLanes();
      strip = stripLanes.length ? layoutLanes(this.layoutInput(stripLanes, domain), this.buffers) : null;
      this.laidOut = { key, layout, strip };
    }
    const window = windowOfDomain(domain);
    const snapshot: TimelineSnapshot = {
      viewport: this.viewport,
      transform: this.transform,
      domain,
      window: previous && sameWindow(previous.window, window) ? previous.window : window,
      moving: this.moving,
      extent: extent ?? domain,
      bounds,
      laneSet,
      layout,
      strip,
      tabStop: null,
      focus: this.focus,
      unfolded: this.unfolded,
      selected: data?.selected,
      shown: data?.shown ?? NONE_SHOWN,
    };
    this.snapshot = snapshot;
    this.items = null;
    // The marks take their tab stop when the view rests: a gesture's frames draw a canvas.
    snapshot.tabStop = this.moving && previous ? previous.tabStop : this.tabStop();
    return snapshot;
  }

  /** The active item if it is drawn; else the selected event's; else the earliest item in view. */
  private tabStop(): string | null {
    const data = this.data;
    if (!data) return null;
    const items = this.walk();
    const { layout, strip } = this.snapshot;
    const drawn = (key: string) =>
      [layout, strip].some((part) => part?.marks.some((m) => m.key === key) || part?.counts.some((c) => c.key === key));
    if (this.active && drawn(this.active.key)) return this.active.key;
    const domain = this.domain();
    for (const position of [this.active?.position, data.selected]) {
      if (position === undefined || position < 0) continue;
      const item = itemOfEvent(data.index, this.parts(), items, position, domain, this.viewport);
      if (item) return item.key;
    }
    return (items.find((item) => item.day + 1 > domain.start) ?? items[0])?.key ?? null;
  }
}

/** A transform held to the zoom limits and to where panning may go, as d3-zoom holds a gesture's. */
function constrain(transform: ZoomTransform, viewport: Viewport, bounds: DayDomain): ZoomTransform {
  const [min, max] = scaleExtentFor(viewport);
  const k = Math.min(max, Math.max(min, transform.k));
  const scaled = k === transform.k ? transform : zoomIdentity.translate(transform.x, 0).scale(k);
  return constrainTransform(
    scaled,
    [
      [0, 0],
      [viewport.width, 1],
    ],
    translateExtentFor(bounds, viewport),
  );
}
