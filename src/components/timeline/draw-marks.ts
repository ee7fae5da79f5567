import { local, select, type Selection } from 'd3-selection';
import type { EventType } from '../../model/corpus-schema.ts';
import { countRowY, rowY, type CountMark, type EventMark, type LaneLayout } from '../../model/lane-layout.ts';
import {
  BAR_CLASS,
  barHeight,
  barPath,
  COUNT_CLASS,
  COUNT_TEXT_CLASS,
  HIGHLIGHT_CLASS,
  LABEL_CLASS,
  LANE_NAME_CLASS,
  MARK_CLASS,
  shapePath,
  TYPE_GLYPH,
} from './mark-style.ts';

/** A lane as drawn: its place in the layout and its name in the UI language. */
export interface DrawnLane {
  index: number;
  key: string;
  name: string;
  top: number;
  rows: number;
}

/** The words the drawing needs (MarkWords gives them). */
export interface DrawWords {
  /** Accessible name of the event at a position. */
  name(position: number): string;
  /** The short label, cut to `width` pixels. */
  fitLabel(position: number, width: number, prefix?: string): string;
  /** A count's visible figure, "+12". */
  countText(count: CountMark): string;
  /** A count's accessible name, with its days. */
  countName(count: CountMark): string;
}

export interface DrawInput {
  lanes: readonly DrawnLane[];
  layout: LaneLayout;
  width: number;
  rtl: boolean;
  /** The event of the open details: outlined and marked aria-current in every lane. */
  selected: number | undefined;
  /** The event under the pointer: outlined too. */
  hovered: number | undefined;
  /** The key of the one item that takes Tab. */
  tabStop: string | null;
  /** The count whose list is open. */
  openCount: string | null;
  /** The id and type of the event at a position. */
  eventOf: (position: number) => { id: string; type: EventType };
  words: DrawWords;
  /** Changes with the words (language, texts come in): marks already drawn are named and labelled again. */
  wordsVersion: object;
}

/** One lane's group, selected alone. */
type Group = Selection<SVGGElement, DrawnLane, null, undefined>;

const round = (n: number) => Math.round(n * 10) / 10;
const byKey = (d: { key: string }) => d.key;
// A bar is clipped to just past the view: a year-long bar at a close zoom would be millions of pixels wide.
const CLIP = 4;

// Kept on each element (d3's local variables): what it was last drawn and named with, so that an
// unchanged mark or count costs no DOM writes.
const drawn = local<string>();
const nameVersion = local<object>();
interface Written {
  look: string;
  period: string | null;
  transform: string;
  path: string;
}
const written = local<Written>();

/**
 * Draws the lanes into `layer` with d3 data joins keyed by lane and by mark, so a redraw moves
 * existing elements and adds or removes only what entered or left the view. Per lane: its name,
 * the marks (a shape for a day, a bar for a longer period), their labels, and the counts (one
 * path for the boxes, one text each). Nothing for hidden or off-screen events.
 */
export function drawMarks(layer: SVGGElement, input: DrawInput): void {
  const { lanes, layout } = input;
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
      group.append('text').attr('aria-hidden', 'true').attr('class', LANE_NAME_CLASS);
      group.append('g').attr('data-layer', 'labels').attr('aria-hidden', 'true');
      group.append('g').attr('data-layer', 'marks');
      const counts = group.append('g').attr('data-layer', 'counts');
      counts.append('path').attr('aria-hidden', 'true').attr('class', COUNT_CLASS);
      return group;
    })
    .attr('aria-label', (d) => d.name)
    .attr('data-rows', (d) => d.rows)
    .attr('transform', (d) => `translate(0,${d.top})`)
    .call((group) => {
      // Names at the inline start: left in English and Russian, right in Arabic.
      group
        .select('text')
        .attr('x', input.rtl ? input.width - 4 : 4)
        .attr('y', 12)
        .attr('text-anchor', 'start')
        .text((d) => d.name);
    })
    .each(function (lane) {
      const content = byLane.get(lane.index) ?? { marks: [], counts: [] };
      drawLane(select<SVGGElement, DrawnLane>(this), lane, content.marks, content.counts, input);
    });
}

/**
 * A mark's label as drawn, cut with an ellipsis to `width` (its room unless given): a period
 * drawn as a bar leads with its type's glyph.
 */
export function labelText(
  mark: EventMark,
  { eventOf, words }: Pick<DrawInput, 'eventOf' | 'words'>,
  width = mark.label!.x1 - mark.label!.x0,
): string {
  const prefix = mark.bar ? `${TYPE_GLYPH[eventOf(mark.position).type]} ` : '';
  return words.fitLabel(mark.position, width, prefix);
}

function drawLane(group: Group, lane: DrawnLane, marks: EventMark[], counts: CountMark[], input: DrawInput): void {
  const { width, words, selected, hovered, tabStop, eventOf, wordsVersion } = input;
  const version = wordsVersion;

  group
    .select<SVGGElement>('g[data-layer="marks"]')
    .selectAll<SVGPathElement, EventMark>('path')
    .data(marks, byKey)
    .join((enter) =>
      enter.append('path').each(function (d) {
        const { id, type } = eventOf(d.position);
        select(this).attr('data-event-id', id).attr('data-type', type).attr('data-key', d.key).attr('role', 'button');
      }),
    )
    .each(function (d) {
      const { type } = eventOf(d.position);
      const element = select(this);
      const y = round(rowY(d.row));
      const current = d.position === selected;
      const outlined = current || d.position === hovered;
      const highlight = outlined ? ` ${HIGHLIGHT_CLASS}` : '';
      let next: Written;
      if (d.bar) {
        const x0 = Math.max(-CLIP, d.bar.x0);
        const x1 = Math.min(width + CLIP, d.bar.x1);
        next = {
          look: `${BAR_CLASS[type]} cursor-pointer${highlight}`,
          period: '',
          transform: `translate(${round(x0)},${y})`,
          path: barPath(Math.max(0, x1 - x0), barHeight(d)),
        };
      } else {
        next = {
          look: `${MARK_CLASS[type]} cursor-pointer${highlight}`,
          period: null,
          transform: `translate(${round(d.x)},${y})`,
          path: shapePath(type),
        };
      }
      // Only what changed is written: a filter or a zoom keeps most marks as they were.
      const last = written.get(this);
      if (last?.look !== next.look) element.attr('class', next.look);
      if (last?.period !== next.period) element.attr('data-period', next.period);
      if (last?.transform !== next.transform) element.attr('transform', next.transform);
      if (last?.path !== next.path) element.attr('d', next.path);
      written.set(this, next);
      const state = `${current}|${d.key === tabStop}`;
      if (drawn.get(this) !== state) {
        drawn.set(this, state);
        element.attr('tabindex', d.key === tabStop ? 0 : -1).attr('aria-current', current ? 'true' : null);
      }
      // Named when they enter, and again only when the words change (the texts come in).
      if (nameVersion.get(this) !== version) {
        nameVersion.set(this, version);
        element.attr('aria-label', words.name(d.position));
      }
    });

  const labelled = marks.filter((mark) => mark.label);
  group
    .select<SVGGElement>('g[data-layer="labels"]')
    .selectAll<SVGTextElement, EventMark>('text')
    .data(labelled, byKey)
    .join((enter) => enter.append('text').attr('class', LABEL_CLASS).attr('dy', '0.35em'))
    .attr('x', (d) => round(d.label!.anchor))
    .attr('y', (d) => round(rowY(d.row)))
    .attr('text-anchor', (d) => d.label!.align)
    .text((d) => labelText(d, input));

  // A count is one text; the boxes of all the lane's counts are one path beneath them.
  const layer = group.select<SVGGElement>('g[data-layer="counts"]');
  const y = countRowY(lane.rows);
  const boxHeight = 14;
  layer
    .select('path')
    .attr(
      'd',
      counts
        .map(
          (c) =>
            `M${round(c.x - c.width / 2)},${round(y - boxHeight / 2)}h${round(c.width)}v${boxHeight}h${round(-c.width)}Z`,
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
        .attr('aria-haspopup', 'dialog')
        .attr('class', `${COUNT_TEXT_CLASS} cursor-pointer`)
        .attr('text-anchor', 'middle')
        .attr('dy', '0.35em')
        // The whole box, not just the glyphs, takes the click.
        .attr('pointer-events', 'bounding-box'),
    )
    .attr('x', (d) => round(d.x))
    .attr('y', round(y))
    .attr('data-key', (d) => d.key)
    .attr('tabindex', (d) => (d.key === tabStop ? 0 : -1))
    .attr('aria-expanded', (d) => (d.key === input.openCount ? 'true' : 'false'))
    .each(function (d) {
      // A count's words change only when its number or span does.
      const state = `${d.count}|${d.start}|${d.end}`;
      if (drawn.get(this) === state && nameVersion.get(this) === version) return;
      drawn.set(this, state);
      nameVersion.set(this, version);
      select(this).attr('data-count', d.count).attr('aria-label', words.countName(d)).text(words.countText(d));
    });
}
