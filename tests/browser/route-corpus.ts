import type { BrowserContext } from 'playwright-core';

/** How a test answers for a file: its text, a network failure, or an HTTP error. */
export type Body = string | 'abort' | { status: number };

/** A corpus file's name as the corpus names it, from its hashed asset's (head-Ab12Cd34.json: head.json). */
function corpusName(url: string): string | null {
  const file = new URL(url).pathname.split('/').pop() ?? '';
  const match =
    /^((?:head|skeleton|search-words|search-\d{3}|texts-\d{3}(?:\.[a-z]{2})?))-[\w-]{8}(\.(?:json|bin))$/.exec(file);
  return match ? `${match[1]}${match[2]}` : null;
}

/**
 * Answers the page's requests for its corpus's files: those in `answers` as given (read on every
 * request, so that a test can change or remove one), the others from `files` (another corpus, as
 * `npm run corpus` writes it) when given, else from the build.
 */
export function routeCorpus(
  context: BrowserContext,
  answers: Record<string, Body>,
  files?: ReadonlyMap<string, string | Uint8Array>,
): Promise<unknown> {
  return context.route('**/assets/*', (route) => {
    const name = corpusName(route.request().url());
    const answer = name === null ? undefined : (answers[name] ?? files?.get(name));
    if (answer === undefined) return route.continue();
    if (answer === 'abort') return route.abort('failed');
    if (typeof answer === 'object' && !(answer instanceof Uint8Array))
      return route.fulfill({ status: answer.status, body: 'unavailable' });
    const body = typeof answer === 'string' ? answer : Buffer.from(answer);
    return route.fulfill({
      contentType: name!.endsWith('.bin') ? 'application/octet-stream' : 'application/json',
      body,
    });
  });
}
