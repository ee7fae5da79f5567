import { useEffect, useState } from 'react';
import { ExtractionClient } from './extraction-client.ts';

const startWorker = () => new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });

/**
 * The extraction worker for as long as the page shows it: started on mount (it builds its
 * lexicons at once, so the first proposal does not wait for them), ended on unmount.
 */
export function useExtraction(): ExtractionClient {
  const [client] = useState(() => new ExtractionClient(startWorker));
  useEffect(() => {
    client.start();
    return () => client.close();
  }, [client]);
  return client;
}
