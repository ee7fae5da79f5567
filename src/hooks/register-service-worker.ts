/**
 * Registers the service worker (vite-plugin-pwa's Workbox worker, built with the app, which
 * precaches the app and the bundled corpus so that it opens without a network) once the page has
 * loaded, so that it takes nothing from the first view. With the platform's own API: the page only
 * registers and listens, and Workbox's worker does the caching. `onUpdate` is called when a new
 * release is installed and waiting; the function it gets moves to it and reloads the page.
 */
export function registerServiceWorker(onUpdate: (reload: () => void) => void): void {
  const register = async () => {
    // Beside the page, wherever the site is published: sw.js is at the site's root folder.
    const registration = await navigator.serviceWorker.register(new URL('sw.js', document.baseURI));
    const offer = (waiting: ServiceWorker) =>
      onUpdate(() => {
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        // Workbox's worker skips waiting when asked with this message.
        waiting.postMessage({ type: 'SKIP_WAITING' });
      });
    // A page opened with a release waiting (installed while no page was open) is offered it too.
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        // Installed beside a controlling worker: a new release, not the first install.
        if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
      });
    });
  };
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
