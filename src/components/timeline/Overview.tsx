import type { D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAfterPaint } from '../../hooks/use-after-paint.ts';
import type { Language } from '../../model/corpus-schema.ts';
import { countBins, eventBins, histogramPath } from '../../model/density.ts';
import type { EventIndex } from '../../model/event-index.ts';
import { scaleOfDomain, type DayDomain, type Viewport } from '../../model/time-scale.ts';
import { overviewBrush, overviewBrushLoaded } from './gesture-drawing.ts';
import { TimelineAxis } from './TimelineAxis.tsx';

interface OverviewProps {
  index: EventIndex;
  /** The filter result: the histogram counts these only. */
  shown: Uint8Array;
  /** The whole corpus's days: fixed, so filtering or zooming never moves the overview. */
  extent: DayDomain;
  /** The days the main view shows, drawn as the brush. */
  domain: DayDomain;
  viewport: Viewport;
  lang: Language;
  /** While brushing: show these days without reporting them (the gesture is not over). */
  onPreview: (domain: DayDomain) => void;
  /** The brush gesture ended on these days. */
  onChoose: (domain: DayDomain) => void;
}

const HEIGHT = 36;
// Bars about this wide: fine enough to show bursts, coarse enough to stay one short path.
const BIN_PIXELS = 3;

const WINDOW_CLASS = 'fill-sky-700/20 stroke-sky-700 dark:fill-sky-300/20 dark:stroke-sky-300';

/** The days in view as pixels of the overview, clamped to it, and never narrower than 2 px. */
function windowBox(domain: DayDomain, extent: DayDomain, viewport: Viewport): [number, number] {
  const scale = scaleOfDomain(extent, viewport);
  const [a, b] = [scale(domain.start), scale(domain.end)];
  const clamp = (x: number) => Math.min(viewport.width, Math.max(0, x));
  const [x0, x1] = [clamp(Math.min(a, b)), clamp(Math.max(a, b))];
  // d3-brush clears an empty selection.
  if (x1 - x0 >= 2) return [x0, x1];
  return x0 + 2 <= viewport.width ? [x0, x0 + 2] : [x1 - 2, x1];
}

/**
 * The density of the shown events over the whole corpus, with a d3 brush over the days in view:
 * zooming the main view moves the brush; brushing moves the main view. Programmatic brush moves
 * carry no sourceEvent, which is how they are told apart from the reader's and never echoed.
 * d3-brush comes when a reader comes to the timeline (gesture-drawing.ts); until then the
 * overview draws the window itself.
 */
export function Overview({ index, shown, extent, domain, viewport, lang, onPreview, onChoose }: OverviewProps) {
  const { t } = useTranslation();
  const group = useRef<SVGGElement>(null);
  const [code, setCode] = useState(overviewBrush);
  useEffect(() => {
    if (!code) void overviewBrushLoaded.then(setCode);
  }, [code]);
  const brush = useMemo(() => code?.brushX<unknown>(), [code]);
  const brushing = useRef(false);
  const latest = useRef({ onPreview, onChoose, domain, extent, viewport });
  const binCount = Math.max(1, Math.floor(viewport.width / BIN_PIXELS));
  // Where each event falls is found once for the corpus and the width; a filter only counts, once
  // the events it shows are painted (a pass over every event: the reader waits for the marks).
  const binOf = useMemo(() => eventBins(index, extent, binCount), [index, extent, binCount]);
  const counted = useAfterPaint(shown);
  const bins = useMemo(() => countBins(binOf, counted, binCount), [binOf, counted, binCount]);
  const path = useMemo(() => histogramPath(bins, viewport, HEIGHT), [bins, viewport]);

  useLayoutEffect(() => {
    latest.current = { onPreview, onChoose, domain, extent, viewport };
  });

  useLayoutEffect(() => {
    const node = group.current;
    if (!node || !brush || viewport.width <= 0) return;
    brush
      .extent([
        [0, 0],
        [viewport.width, HEIGHT],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const { domain: current, extent: whole, viewport: view } = latest.current;
        const scale = scaleOfDomain(whole, view);
        brushing.current = event.type !== 'end';
        const selection = event.selection as [number, number] | null;
        let next: DayDomain | null = null;
        if (selection) {
          const [a, b] = [scale.invert(selection[0]), scale.invert(selection[1])];
          next = { start: Math.min(a, b), end: Math.max(a, b) };
        } else if (event.type === 'end') {
          // A click without a drag: keep the span, centred where the reader clicked.
          const centre = scale.invert(pointer(event.sourceEvent, node)[0]);
          const half = (current.end - current.start) / 2;
          next = { start: centre - half, end: centre + half };
        }
        if (!next) return;
        if (event.type === 'end') latest.current.onChoose(next);
        else latest.current.onPreview(next);
      });
    select(node).call(brush);
    select(node).select('.selection').attr('class', `selection ${WINDOW_CLASS}`);
    return () => {
      brush.on('start brush end', null);
    };
  }, [brush, viewport]);

  const [x0, x1] = windowBox(domain, extent, viewport);
  useLayoutEffect(() => {
    const node = group.current;
    if (!node || !brush || !code || viewport.width <= 0 || brushing.current) return;
    const now = code.brushSelection(node) as [number, number] | null;
    if (now && Math.abs(now[0] - x0) < 0.5 && Math.abs(now[1] - x1) < 0.5) return;
    brush.move(select(node), [x0, x1]);
  });

  return (
    <div role="group" aria-label={t('timeline.overview')} className="mt-2">
      <svg width={viewport.width} height={HEIGHT} className="block overflow-clip" aria-hidden="true">
        <path d={path} className="fill-zinc-400 dark:fill-zinc-500" />
        {!brush && viewport.width > 0 && (
          <rect data-overview-window="" x={x0} y={0} width={x1 - x0} height={HEIGHT} className={WINDOW_CLASS} />
        )}
        <g ref={group} data-overview-brush="" />
      </svg>
      <TimelineAxis domain={extent} viewport={viewport} lang={lang} height={20} />
    </div>
  );
}
