import type * as SearchStoreCode from '../model/search-store.ts';

type Code = typeof SearchStoreCode;

// The search store's code, a chunk of its own: fetched once for the page, then at hand.
let code: Code | undefined;
let coming: Promise<Code> | undefined;

/** Brings the search store's code in (once; again after a failure). */
export function loadSearchStoreCode(): Promise<Code> {
  coming ??= import('../model/search-store.ts').then(
    (loaded) => (code = loaded),
    (error: unknown) => {
      coming = undefined;
      throw error;
    },
  );
  return coming;
}

/**
 * The search store's code if it is in: a store made with it is made in the task that wants it.
 * Waiting on the import instead takes a few tasks, and the first view of a large corpus is
 * drawn, and its first frame painted, before they come.
 */
export function searchStoreCodeInHand(): Code | undefined {
  return code;
}
