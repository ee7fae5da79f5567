// @vitest-environment jsdom
import { afterEach, expect, test, vi } from 'vitest';
import { downloadBlob } from './download-file.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

test('downloadBlob clicks a download link to an object URL, then revokes the URL', () => {
  vi.useFakeTimers();
  const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });
  const create = vi.fn((_: Blob) => 'blob:http://localhost/1');
  const revoke = vi.fn();
  Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
  const clicked: { href: string; download: string; connected: boolean }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, connected: this.isConnected });
  });

  downloadBlob(blob, 'tarikh-RU.csv');

  expect(create).toHaveBeenCalledWith(blob);
  expect(clicked).toEqual([{ href: 'blob:http://localhost/1', download: 'tarikh-RU.csv', connected: true }]);
  expect(document.querySelector('a')).toBeNull();
  expect(revoke).not.toHaveBeenCalled();
  vi.runAllTimers();
  expect(revoke).toHaveBeenCalledWith('blob:http://localhost/1');
});
