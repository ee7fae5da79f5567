/**
 * Debian's Chromium and the flags every tool here starts it with (browser tests, benchmark,
 * audit): never a downloaded browser. Without the background-networking flags Chromium keeps
 * trying hosts this machine cannot reach.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
