import type * as SearchStoreCode from '../model/search-store.ts';
import { loadOnce } from './load-once.ts';

// The search store's code, a chunk of its own: fetched once for the page, then at hand.
const code = loadOnce<typeof SearchStoreCode>(() => import('../model/search-store.ts'));

/** Brings the search store's code in (once; again after a failure). */
export const loadSearchStoreCode = code.get;

/**
 * The search store's code if it is in: a store made with it is made in the task that wants it.
 * Waiting on the import instead takes a few tasks, and the first view of a large corpus is
 * drawn, and its first frame painted, before they come.
 */
export const searchStoreCodeInHand = code.current;
