import type { RefObject } from 'react';
import type { ArticleDraft } from '../components/propose/ArticleForm.tsx';

/** What scripts/extract-bench.ts reads of the page: the time from asking to the proposals shown. */
export interface ProposeApi {
  /** Resolves once the worker has built and warmed its lexicons. */
  ready(): Promise<void>;
  measure(article: { text: string; language: 'ar' | 'en' | 'ru'; published: string }): Promise<{
    totalMs: number;
    workerMs: number;
    longestTaskMs: number;
    proposals: number;
  }>;
}

declare global {
  interface Window {
    __propose?: ProposeApi;
  }
}

interface Handles {
  ready: () => Promise<unknown>;
  propose: (article: ArticleDraft) => Promise<{ ms: number; proposals: unknown[] } | undefined>;
  /** Set by the page: called once proposals have been rendered. */
  rendered: RefObject<(() => void) | null>;
}

/**
 * Exposes `window.__propose` for the speed measurement: the same path as the button, timed from
 * the request to the frame after the proposals are in the page, with the longest task the page's
 * thread ran meanwhile. Returns the cleanup.
 */
export function exposeProposeApi(handles: Handles): () => void {
  window.__propose = {
    async ready() {
      await handles.ready();
    },
    async measure(article) {
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) =>
        tasks.push(...list.getEntries().map((entry) => entry.duration)),
      );
      observer.observe({ type: 'longtask', buffered: false });
      const shown = new Promise<void>((resolve) => {
        handles.rendered.current = resolve;
      });
      const t0 = performance.now();
      const answer = await handles.propose({
        text: article.text,
        language: article.language,
        published: article.published,
      });
      await shown;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const totalMs = performance.now() - t0;
      // Long tasks are reported after they end: give the observer a moment.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      handles.rendered.current = null;
      return {
        totalMs,
        workerMs: answer?.ms ?? NaN,
        longestTaskMs: Math.max(0, ...tasks),
        proposals: answer?.proposals.length ?? 0,
      };
    },
  };
  return () => {
    delete window.__propose;
  };
}
