import { useLayoutEffect, useRef } from 'react';
import { Explorer } from '../app/Explorer.tsx';
import { requestGestureDrawing } from '../components/timeline/gesture-drawing.ts';
import type { TimelineHandle } from '../components/timeline/Timeline.tsx';
import { useLocationSearch } from '../hooks/use-location-search.ts';
import { useViewState } from '../hooks/use-view-state.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import type { BenchPageHandle } from './bench-controller.ts';

interface BenchPageProps {
  /** The synthetic corpus. */
  corpus: LoadedCorpus;
  /** Called once mounted, with what the harness drives. */
  onAttach: (handle: BenchPageHandle) => void;
  /** Called after each commit that follows a change of the URL, once the marks are drawn. */
  onCommit: () => void;
}

// The page's own query parameter: not a view parameter, so the link notice must not report it.
const OWN_PARAMS = ['n'];

/** The app's explorer (the same timeline, filters, overview and lanes) over the synthetic corpus. */
export function BenchPage({ corpus, onAttach, onCommit }: BenchPageProps) {
  const timeline = useRef<TimelineHandle>(null);
  const { update } = useViewState();
  // Subscribing here re-renders this component in the same commit as the explorer, and its
  // layout effect runs after the explorer's (children first), so after the marks are drawn.
  const search = useLocationSearch();

  useLayoutEffect(() => {
    onAttach({ timeline: () => timeline.current, setQuery: (q) => update({ q }, 'replace') });
    // The harness zooms as a wheel under the reader's pointer would: the pointer has come to the
    // timeline first, which is when the page fetches the canvas for a gesture's frames.
    requestGestureDrawing();
  }, [onAttach, update]);
  useLayoutEffect(() => onCommit(), [onCommit, search]);

  return (
    <main>
      <Explorer corpus={corpus} lang="en" ownParams={OWN_PARAMS} timelineRef={timeline} />
    </main>
  );
}
