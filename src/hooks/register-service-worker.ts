import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker (vite-plugin-pwa's Workbox worker, built with the app), which
 * precaches the app and the bundled corpus so that it opens without a network. `onUpdate` is
 * called when a new release is installed and waiting; the function it gets reloads into it.
 */
export function registerServiceWorker(onUpdate: (reload: () => void) => void): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onUpdate(() => void update(true)),
  });
}
