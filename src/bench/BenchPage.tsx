import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { Explorer } from '../app/Explorer.tsx';
import { ResultCount } from '../components/explorer/ResultCount.tsx';
import { requestGestureDrawing } from '../components/timeline/gesture-drawing.ts';
import type { TimelineHandle } from '../components/timeline/Timeline.tsx';
import { useViewState } from '../hooks/use-view-state.ts';
import type { LoadedCorpus } from '../model/loaded-corpus.ts';
import type { BenchPageHandle } from './bench-controller.ts';

interface BenchPageProps {
  /** The synthetic corpus. */
  corpus: LoadedCorpus;
  /** Called once mounted, with what the harness drives. */
  onAttach: (handle: BenchPageHandle) => void;
  /** Called after each commit that shows a change of the URL, once the marks are drawn. */
  onSettled: () => void;
}

// The page's own query parameters (main.tsx): not view parameters, so the link notice must not report them.
const OWN_PARAMS = ['n', 'corpus'];

/** The app's explorer (the same timeline, filters, overview and lanes) over the synthetic corpus. */
export function BenchPage({ corpus, onAttach, onSettled }: BenchPageProps) {
  const timeline = useRef<TimelineHandle>(null);
  const { update } = useViewState();
  // The count the app's header shows, so that a reader (or a test) sees what the filters leave.
  const [counts, setCounts] = useState<{ shown: number; total: number; searching: boolean } | null>(null);
  const onCounts = useCallback(
    (shown: number, total: number, searching: boolean) => setCounts({ shown, total, searching }),
    [],
  );

  useLayoutEffect(() => {
    onAttach({ timeline: () => timeline.current, setQuery: (q) => update({ q }, 'replace') });
    // The harness zooms as a wheel under the reader's pointer would: the pointer has come to the
    // timeline first, which is when the page fetches the canvas for a gesture's frames.
    requestGestureDrawing();
  }, [onAttach, update]);

  return (
    <main>
      <div className="mx-auto max-w-7xl px-4 pt-3">{counts && <ResultCount {...counts} />}</div>
      <Explorer
        corpus={corpus}
        lang="en"
        ownParams={OWN_PARAMS}
        timelineRef={timeline}
        onCounts={onCounts}
        onSettled={onSettled}
      />
    </main>
  );
}
