import { useMemo } from 'react';
import type { Language } from '../../model/corpus-schema.ts';
import { ticksOf, type DayDomain, type Viewport } from '../../model/time-scale.ts';
import { formatTick } from '../../i18n/format-axis-date.ts';
import { AXIS_TICK_SPACING } from './lane-geometry.ts';
import { createTextMeasure } from './measure-text.ts';

const TICK_FONT_SIZE = 12;

interface TimelineAxisProps {
  /** The days shown. */
  domain: DayDomain;
  viewport: Viewport;
  lang: Language;
  /** Height of the axis strip. */
  height?: number;
}

/**
 * The time axis: ticks from the model (years, months or days as the zoom allows), each labelled
 * just after its line in the direction time runs, so a label sits inside the period it names.
 */
export function TimelineAxis({ domain, viewport, lang, height = 24 }: TimelineAxisProps) {
  const measure = useMemo(() => createTextMeasure(TICK_FONT_SIZE, 500), []);
  const ticks = useMemo(() => ticksOf(domain, viewport, AXIS_TICK_SPACING), [domain, viewport]);
  const offset = viewport.rtl ? -4 : 4;
  // A label runs from its tick in the direction time runs; one that would run past the edge is
  // left out rather than cut ("M" for "Mar"): the next view shows it whole.
  const fits = (x: number, label: string) =>
    viewport.rtl ? x - 4 - measure(label) >= 0 : x + 4 + measure(label) <= viewport.width;
  return (
    <svg
      aria-hidden="true"
      width={viewport.width}
      height={height}
      direction={viewport.rtl ? 'rtl' : 'ltr'}
      className="block overflow-clip"
    >
      <line
        x1={0}
        x2={viewport.width}
        y1={height - 0.5}
        y2={height - 0.5}
        className="stroke-zinc-300 dark:stroke-zinc-700"
      />
      {ticks.map((tick) => {
        const label = formatTick(tick.day, tick.level, lang);
        return (
          <g key={tick.day} transform={`translate(${Math.round(tick.x * 10) / 10},0)`} data-tick={tick.level}>
            <line
              y1={tick.level === 'day' ? height / 2 : 2}
              y2={height}
              className="stroke-zinc-400 dark:stroke-zinc-600"
            />
            {fits(tick.x, label) && (
              <text
                x={offset}
                y={height - 7}
                textAnchor="start"
                className={`text-xs ${tick.level === 'day' ? 'fill-zinc-600 dark:fill-zinc-400' : 'fill-zinc-900 font-medium dark:fill-zinc-100'}`}
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
