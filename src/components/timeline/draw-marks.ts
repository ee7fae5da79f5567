import { select, type Selection } from 'd3-selection';
import type { EventType } from '../../model/corpus-schema.ts';
import type { CountMark, EventMark, LaneLayout } from '../../model/lane-layout.ts';
import { laneTop, rowY, type LaneGeometry } from './lane-geometry.ts';
import {
  BAR_CLASS,
  COUNT_CLASS,
  COUNT_TEXT_CLASS,
  HIGHLIGHT_CLASS,
  LANE_LABEL_CLASS,
  MARK_CLASS,
  shapePath,
} from './mark-style.ts';

/** A lane as drawn: its row in the lane list and its label in the UI language. */
export interface DrawnLane {
  index: number;
  key: string;
  label: string;
}

export interface DrawInput {
  lanes: readonly DrawnLane[];
  layout: LaneLayout;
  geometry: LaneGeometry;
  width: number;
  rtl: boolean;
  /** Positions of the events to outline: the selected one and the one under the pointer. */
  highlighted: ReadonlySet<number>;
  /** Id, type and accessible name of the event at a position. */
  describe: (position: number) => { id: string; type: EventType; label: string };
  /** The type of the event at a position, without naming it (the canvas needs no names). */
  typeOf: (position: number) => EventType;
  /** A count's visible figure, "+12". */
  countText: (count: CountMark) => string;
  /** A count's short accessible name, "12 events". */
  countShort: (count: CountMark) => string;
  /** The full accessible name of a count, with its days: costly, so given once the view rests. */
  nameCount: (count: CountMark) => string;
  /** Changes when the labels' language changes, so every mark is drawn and named again. */
  labels: string;
  /** Changes when events' texts come in (a split corpus): the marks drawn are named again, in place. */
  names: number;
}

/** One lane's group, selected alone. */
type Group = Selection<SVGGElement, DrawnLane, null, undefined>;

const round = (n: number) => Math.round(n * 10) / 10;
const byKey = (d: { key: string }) => d.key;

/** The labels' language each layer was drawn in, and the names' version its marks have. */
const layerLabels = new WeakMap<Element, string>();
const layerNames = new WeakMap<Element, number>();
/** What each count element was last drawn with, so an unchanged count costs no DOM writes. */
const drawnCounts = new WeakMap<Element, string>();

// A zoom step regroups every count, and naming a count's days means formatting two dates: during
// a gesture counts get their short name, and their full one once the view has rested this long.
const NAME_DELAY_MS = 150;
const unnamed = new Map<Element, { state: string; name: () => string }>();
let naming: ReturnType<typeof setTimeout> | undefined;

function nameUnnamedCounts(): void {
  for (const [count, pending] of unnamed) {
    if (count.isConnected && drawnCounts.get(count) === pending.state) count.setAttribute('aria-label', pending.name());
  }
  unnamed.clear();
}

/**
 * Draws the lanes in view into `layer` with d3 data joins keyed by lane and by mark, so a zoom
 * frame moves existing elements and adds or removes only what entered or left the view. One
 * element per mark (a path) and per count (a text); nothing for hidden or off-screen events.
 */
export function drawMarks(layer: SVGGElement, input: DrawInput): void {
  const { lanes, layout, geometry, width, rtl } = input;
  if (layerLabels.get(layer) !== input.labels) {
    select(layer).selectAll('*').remove();
    layerLabels.set(layer, input.labels);
  }
  const byLane = new Map<number, { marks: EventMark[]; counts: CountMark[] }>();
  for (const lane of lanes) byLane.set(lane.index, { marks: [], counts: [] });
  for (const mark of layout.marks) byLane.get(mark.lane)?.marks.push(mark);
  for (const count of layout.counts) byLane.get(count.lane)?.counts.push(count);

  select(layer)
    .selectAll<SVGGElement, DrawnLane>('g[data-lane]')
    .data(lanes, byKey)
    .join((enter) => {
      const group = enter
        .append('g')
        .attr('data-lane', (d) => d.key)
        .attr('role', 'group');
      group.append('text').attr('aria-hidden', 'true').attr('class', LANE_LABEL_CLASS);
      group.append('g').attr('data-layer', 'bars').attr('aria-hidden', 'true');
      group.append('g').attr('data-layer', 'marks');
      const counts = group.append('g').attr('data-layer', 'counts');
      counts.append('path').attr('aria-hidden', 'true').attr('class', COUNT_CLASS);
      return group;
    })
    .attr('aria-label', (d) => d.label)
    .attr('transform', (d) => `translate(0,${laneTop(d.index, geometry)})`)
    .call((group) => {
      // Labels at the inline start: left in English and Russian, right in Arabic.
      group
        .select('text')
        .attr('x', rtl ? width - 4 : 4)
        .attr('y', geometry.labelHeight - 4)
        .attr('text-anchor', 'start')
        .text((d) => d.label);
    })
    .each(function (lane) {
      const content = byLane.get(lane.index) ?? { marks: [], counts: [] };
      drawLane(select<SVGGElement, DrawnLane>(this), content.marks, content.counts, input);
    });

  // Marks are named when they enter; those already drawn take the titles that have come in since,
  // without being drawn again (one of them may have focus).
  if (layerNames.get(layer) !== input.names) {
    layerNames.set(layer, input.names);
    select(layer)
      .selectAll<SVGPathElement, EventMark>('g[data-layer="marks"] > path')
      .attr('aria-label', (d) => input.describe(d.position).label);
  }

  if (unnamed.size) {
    clearTimeout(naming);
    naming = setTimeout(nameUnnamedCounts, NAME_DELAY_MS);
  }
}

function drawLane(group: Group, marks: EventMark[], counts: CountMark[], input: DrawInput): void {
  const { geometry, width, describe, countText, countShort, nameCount, highlighted, labels } = input;
  const bars = marks.filter((m) => m.bar);
  const barHeight = geometry.markSize * 0.7;

  group
    .select<SVGGElement>('g[data-layer="bars"]')
    .selectAll<SVGRectElement, EventMark>('rect')
    .data(bars, byKey)
    .join((enter) =>
      enter
        .append('rect')
        .attr('class', (d) => BAR_CLASS[describe(d.position).type])
        .attr('rx', 2),
    )
    // Clipped to just past the view: a year-long bar at high zoom would be millions of pixels wide.
    .attr('x', (d) => round(Math.max(-4, d.bar!.x0)))
    .attr('width', (d) => round(Math.max(0, Math.min(width + 4, d.bar!.x1) - Math.max(-4, d.bar!.x0))))
    .attr('y', (d) => round(rowY(d.row, geometry) - barHeight / 2))
    .attr('height', barHeight);

  group
    .select<SVGGElement>('g[data-layer="marks"]')
    .selectAll<SVGPathElement, EventMark>('path')
    .data(marks, byKey)
    .join((enter) =>
      enter.append('path').each(function (d) {
        const { id, type, label } = describe(d.position);
        select(this)
          .attr('data-event-id', id)
          .attr('data-type', type)
          .attr('class', `${MARK_CLASS[type]} cursor-pointer`)
          .attr('d', shapePath(type, geometry.markSize))
          .attr('role', 'button')
          // Focusable by script; useTimelineKeyboard makes one mark the timeline's tab stop.
          .attr('tabindex', -1)
          .attr('aria-label', label);
      }),
    )
    .attr('transform', (d) => `translate(${round(d.x)},${round(rowY(d.row, geometry))})`)
    .each(function (d) {
      // Touch the highlight only where it changes: most marks keep theirs from frame to frame.
      const on = highlighted.has(d.position);
      if (this.hasAttribute('aria-current') === on) return;
      select(this)
        .attr('aria-current', on ? 'true' : null)
        .classed(HIGHLIGHT_CLASS, on);
    });

  // A count is one text; the boxes of all the lane's counts are one path beneath them.
  const layer = group.select<SVGGElement>('g[data-layer="counts"]');
  const boxHeight = geometry.rowHeight - 2;
  layer
    .select('path')
    .attr(
      'd',
      counts
        .map(
          (c) =>
            `M${round(c.x - c.width / 2)},${round(rowY(c.row, geometry) - boxHeight / 2)}h${round(c.width)}v${boxHeight}h${round(-c.width)}Z`,
        )
        .join(''),
    );
  layer
    .selectAll<SVGTextElement, CountMark>('text')
    .data(counts, byKey)
    .join((enter) =>
      enter
        .append('text')
        .attr('role', 'button')
        .attr('tabindex', -1)
        .attr('class', `${COUNT_TEXT_CLASS} cursor-zoom-in`)
        .attr('text-anchor', 'middle')
        .attr('dy', '0.35em')
        // The whole box, not just the glyphs, takes the click.
        .attr('pointer-events', 'bounding-box'),
    )
    .attr('x', (d) => round(d.x))
    .attr('y', (d) => round(rowY(d.row, geometry)))
    .each(function (d) {
      // A count's words change only when its number or span does.
      const state = `${labels}|${d.count}|${d.start}|${d.end}`;
      if (drawnCounts.get(this) === state) return;
      drawnCounts.set(this, state);
      select(this).attr('data-count', d.count).attr('aria-label', countShort(d)).text(countText(d));
      unnamed.set(this, { state, name: () => nameCount(d) });
    });
}
