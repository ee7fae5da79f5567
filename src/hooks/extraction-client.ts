import type { ExtractionAnswer, ExtractionMessage, ExtractionReply, ExtractionRequest } from './extraction-protocol.ts';

type AnswerOf<K extends ExtractionRequest['kind']> = Extract<ExtractionAnswer, { kind: K }>;

/**
 * Talks to the extraction worker: each request is numbered and answered by a promise, so that
 * the page's thread only posts and receives (the reading, drafting and corpus build are the
 * worker's). A worker that fails or breaks rejects what is waiting with its message.
 */
export class ExtractionClient {
  private readonly waiting = new Map<
    number,
    { resolve: (answer: ExtractionAnswer) => void; reject: (error: Error) => void }
  >();
  private next = 1;
  private worker: Worker | null = null;

  /** `start` makes the worker: started when first asked, or ahead of time by `start()`. */
  constructor(private readonly create: () => Worker) {}

  /** Starts the worker now, so that its lexicons are ready when the first article comes. */
  start(): void {
    if (this.worker) return;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<ExtractionReply>) => {
      const pending = this.waiting.get(event.data.id);
      if (!pending) return;
      this.waiting.delete(event.data.id);
      const { answer } = event.data;
      if (answer.kind === 'failed') pending.reject(new Error(answer.message));
      else pending.resolve(answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(event.message || 'the worker could not start');
    };
    this.worker = worker;
  }

  ask<K extends ExtractionRequest['kind']>(request: Extract<ExtractionRequest, { kind: K }>): Promise<AnswerOf<K>> {
    const id = this.next++;
    return new Promise<ExtractionAnswer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message: ExtractionMessage = { id, request };
      this.start();
      this.worker!.postMessage(message);
    }) as Promise<AnswerOf<K>>;
  }

  /** Ends the worker (a later question starts another). */
  close(): void {
    this.failAll('closed');
    this.worker?.terminate();
    this.worker = null;
  }

  private failAll(message: string): void {
    for (const pending of this.waiting.values()) pending.reject(new Error(message));
    this.waiting.clear();
  }
}
