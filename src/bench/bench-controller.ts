import { fetchCorpusSource } from '../hooks/corpus-source.ts';
import { inBackground } from '../hooks/gesture-quiet.ts';
import { loadCorpus } from '../hooks/load-corpus.ts';
import type { TimelineHandle } from '../components/timeline/Timeline.tsx';
import { EVEN_EVENT_WORD, type BenchApi } from './bench-api.ts';

/** What the page gives the controller once it is mounted. */
export interface BenchPageHandle {
  /** The timeline's imperative handle: the path the wheel, the buttons and the keyboard take. */
  timeline(): TimelineHandle | null;
  /** Sets the search text in the view state, as typing in the search box does. */
  setQuery(q: string): void;
}

/**
 * `window.__bench` for N events drawn into `root`. The page calls `attach` when it mounts and
 * `committed` after every commit that follows a change of the view state.
 */
export function createBenchController(n: number, root: HTMLElement) {
  let page: BenchPageHandle | null = null;
  let steps = 0;
  let pans = 0;
  let waiters: (() => void)[] = [];
  const timeline = () => {
    const handle = page?.timeline();
    if (!handle) throw new Error('the benchmark page has no timeline yet');
    return handle;
  };
  const settled = () => new Promise<void>((resolve) => waiters.push(resolve));

  const api: BenchApi = {
    n,
    source: 'files',
    ready: firstDrawn(root, n),
    zoomStep() {
      // Zoom in for 15 steps (the span times 0.7 each), then out again: zoomBy(2) halves the span.
      const k = steps++;
      timeline().zoomBy(k % 30 < 15 ? 1 / 0.7 : 0.7);
    },
    panStep() {
      // Later for 15 steps, then back: the filter and the search measured after it see the events.
      const k = pans++;
      timeline().panBy(k % 30 < 15 ? 0.05 : -0.05);
    },
    async filterHalf() {
      const drawn = settled();
      page?.setQuery(EVEN_EVENT_WORD);
      await drawn;
    },
    async marksNamed() {
      while (root.querySelector('[data-timeline-surface] g[opacity="0"]')) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    },
    visibleItemCount: () => visibleItemCount(root),
    settled,
    async loadCorpus(url) {
      // The page's long tasks while the texts come in: what a gesture or a keystroke would wait for.
      const tasks: PerformanceEntry[] = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
      observer.observe({ type: 'longtask' });
      const t0 = performance.now();
      const result = await loadCorpus(fetchCorpusSource(url), new AbortController().signal);
      const ready = performance.now();
      const readyMs = ready - t0;
      if (result.status !== 'ready') throw new Error(`the corpus did not load: ${JSON.stringify(result.error)}`);
      const corpus = result.corpus;
      const [textsMs, searchMs] = await Promise.all([
        // The first shard's texts, as a view of its period asks for them.
        corpus.texts.load([0], ['en'], () => undefined).then((failure) => {
          if (failure) throw new Error(`the texts did not load: ${JSON.stringify(failure)}`);
          return performance.now() - t0;
        }),
        // The search index whole, as the page brings it in after its first view.
        import('../model/search-store.ts').then(({ SearchStore }) => new Promise<number>((resolve, reject) => {
          const store = new SearchStore(corpus.search, corpus.index, corpus);
          const stop = store.subscribe(() => {
            if (!store.ready) return;
            stop();
            void store.prefetch(() => Promise.resolve(), inBackground).then(() => {
              if (store.answer('x').status === 'failed') reject(new Error('the search index did not load'));
              else resolve(performance.now() - t0);
            });
          });
          store.loadWords((work) => {
            work(() => false);
          });
        })),
      ]);
      // Long tasks are reported after they end: one more task lets the last one in.
      await new Promise((resolve) => setTimeout(resolve, 0));
      observer.disconnect();
      const after = tasks.filter((task) => task.startTime >= ready).map((task) => task.duration);
      return { readyMs, textsMs, searchMs, longestTaskMs: Math.max(0, ...after) };
    },
  };

  return {
    api,
    attach(handle: BenchPageHandle) {
      page = handle;
    },
    committed() {
      const ready = waiters;
      waiters = [];
      ready.forEach((resolve) => resolve());
    },
  };
}

/**
 * The SVG marks and counts that are on screen. During a gesture the canvas shows the view and the
 * SVG ones wait, out of date and unpainted (opacity 0), for the view to rest: they are left out.
 */
function onScreen(root: HTMLElement, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((element) => !element.closest('[opacity="0"]'));
}

/** Marks drawn plus the events that counts stand for, over every lane on screen. */
function visibleItemCount(root: HTMLElement): number {
  let total = onScreen(root, '[data-event-id]').length;
  for (const count of onScreen(root, '[data-count]')) total += Number(count.getAttribute('data-count'));
  return total;
}

/** Resolves once the first marks or counts are in the DOM (at once for an empty corpus). */
function firstDrawn(root: HTMLElement, n: number): Promise<void> {
  return new Promise((resolve) => {
    const drawn = () => n === 0 || root.querySelector('[data-event-id], [data-count]') !== null;
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
