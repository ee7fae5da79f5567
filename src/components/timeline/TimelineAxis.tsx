import { useMemo } from 'react';
import type { Language } from '../../model/corpus-schema.ts';
import { ticksOf, type DayDomain, type Viewport } from '../../model/time-scale.ts';
import { formatTick } from '../../i18n/format-axis-date.ts';
import { AXIS_TICK_SPACING } from './lane-geometry.ts';

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
  const ticks = useMemo(() => ticksOf(domain, viewport, AXIS_TICK_SPACING), [domain, viewport]);
  const offset = viewport.rtl ? -4 : 4;
  return (
    <svg
      aria-hidden="true"
      width={viewport.width}
      height={height}
      direction={viewport.rtl ? 'rtl' : 'ltr'}
      className="block overflow-hidden"
    >
      <line
        x1={0}
        x2={viewport.width}
        y1={height - 0.5}
        y2={height - 0.5}
        className="stroke-zinc-300 dark:stroke-zinc-700"
      />
      {ticks.map((tick) => (
        <g key={tick.day} transform={`translate(${Math.round(tick.x * 10) / 10},0)`} data-tick={tick.level}>
          <line
            y1={tick.level === 'day' ? height / 2 : 2}
            y2={height}
            className="stroke-zinc-400 dark:stroke-zinc-600"
          />
          <text
            x={offset}
            y={height - 7}
            textAnchor="start"
            className={`text-xs ${tick.level === 'day' ? 'fill-zinc-600 dark:fill-zinc-400' : 'fill-zinc-900 font-medium dark:fill-zinc-100'}`}
          >
            {formatTick(tick.day, tick.level, lang)}
          </text>
        </g>
      ))}
    </svg>
  );
}
