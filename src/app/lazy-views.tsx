import { lazy, Suspense, type ComponentType } from 'react';

/**
 * Views the first screen does not show, each in its own chunk, fetched the first time it is
 * needed: the list, the network, an event's details, and the notice about a link's unusable parts. The main page's script stays small
 * (the timeline is the first view); each chunk is a same-origin script, as the CSP requires.
 */
export const EventTable = lazyView(() => import('../components/explorer/EventTable.tsx').then((m) => m.EventTable));
export const EventDetails = lazyView(() =>
  import('../components/explorer/EventDetails.tsx').then((m) => m.EventDetails),
);
export const NetworkView = lazyView(() => import('../components/network/NetworkView.tsx').then((m) => m.NetworkView));
export const LinkNotice = lazyView(() => import('../components/LinkNotice.tsx').then((m) => m.LinkNotice));
export const KeyboardShortcuts = lazyView(() =>
  import('../components/KeyboardShortcuts.tsx').then((m) => m.KeyboardShortcuts),
);
export const UpdateNotice = lazyView(() => import('../components/UpdateNotice.tsx').then((m) => m.UpdateNotice));
export const EmbedBar = lazyView(() => import('../components/explorer/EmbedBar.tsx').then((m) => m.EmbedBar));
export const FilterDrawer = lazyView(() =>
  import('../components/explorer/FilterDrawer.tsx').then((m) => m.FilterDrawer),
);

// Nothing is shown while a chunk arrives (a few milliseconds): a spinner would only flash.
function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const View = lazy(() => load().then((component) => ({ default: component })));
  return function LazyView(props: P) {
    return (
      <Suspense fallback={null}>
        <View {...props} />
      </Suspense>
    );
  };
}
