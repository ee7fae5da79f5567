/** How long an object URL lives after its download starts: revoked at once, some browsers cancel it. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `blob` as `fileName` through an object URL and a clicked `<a download>`: the file is made
 * in the page and never leaves the reader's machine.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
