import { describe, expect, test, vi } from 'vitest';
import { loadOnce } from './load-once.ts';

describe('loadOnce', () => {
  test('loads once for every caller, and has the value at hand once it is in', async () => {
    const load = vi.fn(() => Promise.resolve('code'));
    const once = loadOnce(load);
    expect(once.current()).toBeUndefined();
    const [a, b] = await Promise.all([once.get(), once.get()]);
    expect([a, b]).toEqual(['code', 'code']);
    expect(once.current()).toBe('code');
    await once.get();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('loads again after a failure, which every caller waiting on it sees', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('code');
    const once = loadOnce<string>(load);
    const first = once.get();
    await expect(first).rejects.toThrow('offline');
    expect(once.current()).toBeUndefined();
    await expect(once.get()).resolves.toBe('code');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
