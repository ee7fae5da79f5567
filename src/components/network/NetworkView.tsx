import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addLaterWords } from '../../i18n/later-words.ts';
import { useElementWidth } from '../../hooks/use-element-width.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import {
  buildContactNetwork,
  limitNetwork,
  MAX_DRAWN_EDGES,
  MAX_DRAWN_NODES,
  visibleNetwork,
  type NetworkEdge,
} from '../../model/contact-network.ts';
import type { CorpusTables } from '../../model/corpus-parts.ts';
import type { CorpusEvent, Language } from '../../model/corpus-schema.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import { useLoadedEvents } from '../../hooks/use-loaded-events.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import { edgeWidth, layoutNetwork, nodeRadius } from '../../model/network-layout.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { positionsShownInWindow } from '../../model/window-selection.ts';
import { NetworkEdgeTable, type EdgeRow } from './NetworkEdgeTable.tsx';
import { NetworkGraph, type DrawnEdge, type DrawnNode } from './NetworkGraph.tsx';
import { NetworkLegend } from './NetworkLegend.tsx';
import { countryBadge, countryColours, edgeLanes } from './network-style.ts';

export interface NetworkViewProps {
  /** The corpus, for names and countries. */
  corpus: CorpusTables;
  /** Every event of the corpus, in time order. */
  index: EventIndex;
  /** The events' texts: the participants and roles of those shown are brought in for the network. */
  texts: EventTexts;
  /** The filter result: shown[i] is 1 for the events that pass. */
  shown: Uint8Array;
  /** The period: only events that overlap it are drawn; without one, every shown event. */
  window: TimeWindow | undefined;
  /** The UI language: labels, and the drawing mirrored in Arabic. */
  lang: Language;
  /** A person was chosen: filter the events to them. */
  onFilterPerson: (id: string) => void;
  /** A call or meeting edge was chosen: filter to the two people; `events` are the edge's own. */
  onFilterPair: (a: string, b: string, events: readonly string[]) => void;
  /** A statement edge was chosen: filter to the speaker and the country; `events` are the edge's own. */
  onFilterStatement: (speaker: string, country: string, events: readonly string[]) => void;
  /** A country node was chosen: filter to the country. */
  onFilterCountry: (code: string) => void;
  /** A fixed width in pixels instead of the measured one (tests). */
  width?: number;
  /** The drawing's height in pixels. */
  height?: number;
  /** How many nodes and edges are drawn at most (tests lower them). */
  limits?: { nodes: number; edges: number };
}

/**
 * The contact network of the shown events in the window: who was in contact with whom and who
 * spoke about which country, laid out by a seeded d3-force run (the same selection and size give
 * the same picture), with a legend and a table of the edges as its accessible alternative.
 */
export function NetworkView(props: NetworkViewProps) {
  const { index, texts, shown, window, lang } = props;
  const { t, i18n } = useTranslation();
  addLaterWords(i18n);
  const positions = useMemo(() => positionsShownInWindow(index, shown, window), [index, shown, window]);
  const loaded = useLoadedEvents(texts, positions, NO_WORDS, NETWORK_LIMIT);
  if (loaded.status === 'ready') return <NetworkDrawing {...props} events={loaded.events} />;
  const n = (value: number) => formatNumber(value, lang);
  return (
    <p role="status" className="py-6 text-center text-sm text-zinc-700 dark:text-zinc-300">
      {loaded.status === 'loading'
        ? t('features.network.loading', { count: positions.length, done: n(loaded.done), total: n(loaded.total) })
        : loaded.status === 'too-many'
          ? t('features.network.tooMany', { count: loaded.count, limit: n(loaded.limit) })
          : t('features.network.failed', { file: loaded.failure.file })}
    </p>
  );
}

/** Events the network is drawn from at most: their participants come in by shard. */
export const NETWORK_LIMIT = 100_000;
// The network reads participants and roles, which have no words in any language.
const NO_WORDS: readonly Language[] = [];

/** The network of `events` (the shown events in the window, with their participants). */
function NetworkDrawing(props: NetworkViewProps & { events: readonly CorpusEvent[] }) {
  const { corpus, events, lang, height = 480 } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const toggleId = useId();
  const container = useRef<HTMLDivElement>(null);
  const width = useElementWidth(container, props.width);
  const [showCountries, setShowCountries] = useState(false);

  const network = useMemo(
    () =>
      buildContactNetwork(
        corpus,
        events,
        events.map((_, i) => i),
      ),
    [corpus, events],
  );
  const visible = useMemo(() => visibleNetwork(network, showCountries), [network, showCountries]);
  // A large selection is cut to its busiest part: thousands of focusable edges help no one.
  const { nodes: maxNodes, edges: maxEdges } = props.limits ?? { nodes: MAX_DRAWN_NODES, edges: MAX_DRAWN_EDGES };
  const { nodes, edges, hiddenNodes, hiddenEdges } = useMemo(
    () => limitNetwork(visible, maxNodes, maxEdges),
    [visible, maxNodes, maxEdges],
  );
  const names = useMemo(() => {
    const people = new Map(corpus.people.map((p) => [p.id, p.name[lang]]));
    const countries = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
    return { person: (id: string) => people.get(id) ?? id, country: (code: string) => countries.get(code) ?? code };
  }, [corpus, lang]);
  const colourOf = useMemo(() => countryColours(corpus.countries.map((c) => c.code)), [corpus]);

  // Sizes alone, apart from names and colours, so that a change of language does not move nodes.
  const radii = useMemo(() => {
    const most = Math.max(1, ...nodes.map((n) => n.count));
    return nodes.map((node) => nodeRadius(node.count, most));
  }, [nodes]);
  const drawnNodes = useMemo<DrawnNode[]>(() => {
    return nodes.map((node, i) => {
      const events = t('events.count', { count: node.count });
      return node.kind === 'person'
        ? {
            key: node.key,
            kind: 'person',
            radius: radii[i]!,
            colour: colourOf(node.country),
            code: countryBadge(node.country, names.country(node.country), lang),
            label: names.person(node.id),
            name: t('features.network.person', {
              name: names.person(node.id),
              country: names.country(node.country),
              events,
            }),
          }
        : {
            key: node.key,
            kind: 'country',
            radius: radii[i]!,
            colour: '',
            code: node.code,
            label: names.country(node.code),
            name: t('features.network.country', { country: names.country(node.code), events }),
          };
    });
  }, [nodes, radii, colourOf, names, t, lang]);

  const rows = useMemo<EdgeRow[]>(
    () =>
      edges.map((edge) => ({
        edge,
        label:
          edge.kind === 'contact'
            ? t('features.network.table.pair', { a: names.person(edge.a), b: names.person(edge.b) })
            : t('features.network.table.about', {
                speaker: names.person(edge.speaker),
                country: names.country(edge.country),
              }),
      })),
    [edges, names, t],
  );

  const drawnEdges = useMemo<DrawnEdge[]>(() => {
    const most = Math.max(1, ...edges.map((e) => e.count));
    const lanes = edgeLanes(edges);
    return edges.map((edge) => {
      const events = t('events.count', { count: edge.count });
      const period = formatEventDate({ start: edge.first, end: edge.last, precision: 'day', range: true }, lang);
      const name =
        edge.kind === 'contact'
          ? t('features.network.contact', {
              a: names.person(edge.a),
              b: names.person(edge.b),
              type: t(`eventType.${edge.type}`),
              events,
              period,
            })
          : t('features.network.statement', {
              speaker: names.person(edge.speaker),
              country: names.country(edge.country),
              events,
              period,
            });
      return {
        key: edge.key,
        from: edge.from,
        to: edge.to,
        type: edge.type,
        width: edgeWidth(edge.count, most),
        lane: lanes.get(edge.key) ?? 0,
        name,
      };
    });
  }, [edges, names, lang, t]);

  const positions = useMemo(
    () =>
      width > 0
        ? layoutNetwork(
            nodes.map((n, i) => ({ key: n.key, radius: radii[i]! })),
            edges.map((e) => ({ from: e.from, to: e.to, weight: e.count })),
            { width, height },
          )
        : new Map(),
    [nodes, radii, edges, width, height],
  );

  const edgeByKey = useMemo(() => new Map<string, NetworkEdge>(edges.map((e) => [e.key, e])), [edges]);
  const activateNode = (key: string) => {
    const node = nodes.find((n) => n.key === key);
    if (node?.kind === 'person') props.onFilterPerson(node.id);
    else if (node?.kind === 'country') props.onFilterCountry(node.code);
  };
  const activateEdge = (key: string) => {
    const edge = edgeByKey.get(key);
    if (edge?.kind === 'contact') props.onFilterPair(edge.a, edge.b, edge.events);
    else if (edge?.kind === 'statement') props.onFilterStatement(edge.speaker, edge.country, edge.events);
  };

  const legendCountries = useMemo(
    () =>
      [...new Set(network.people.map((p) => p.country))].sort().map((code) => ({
        code: countryBadge(code, names.country(code), lang),
        name: names.country(code),
        colour: colourOf(code),
      })),
    [network, names, colourOf, lang],
  );

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {t('features.network.label')}
        </h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          {t('features.network.summary', {
            people: t('features.network.people', { count: network.people.length }),
            links: t('features.network.links', { count: visible.edges.length }),
          })}
        </p>
      </div>
      <div className="flex items-center gap-2 text-sm">
        <input
          id={toggleId}
          type="checkbox"
          checked={showCountries}
          onChange={(event) => setShowCountries(event.currentTarget.checked)}
          className="size-4"
        />
        <label htmlFor={toggleId}>{t('features.network.showCountries')}</label>
      </div>
      <div ref={container} className="min-w-0">
        {nodes.length === 0 ? (
          <p className="py-6 text-center text-sm text-zinc-600 dark:text-zinc-400">{t('features.network.empty')}</p>
        ) : (
          <NetworkGraph
            nodes={drawnNodes}
            edges={drawnEdges}
            positions={positions}
            width={width}
            height={height}
            rtl={lang === 'ar'}
            onActivateNode={activateNode}
            onActivateEdge={activateEdge}
          />
        )}
      </div>
      {hiddenNodes + hiddenEdges > 0 && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          {t('features.network.limited')}
        </p>
      )}
      {nodes.length > 0 && edges.length === 0 && (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{t('features.network.noLinks')}</p>
      )}
      <NetworkLegend countries={legendCountries} showCountries={showCountries} />
      {rows.length > 0 && <NetworkEdgeTable rows={rows} lang={lang} onActivate={activateEdge} />}
    </section>
  );
}
