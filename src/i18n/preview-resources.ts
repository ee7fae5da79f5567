import ar from './locales/ar.preview.json';
import en from './locales/en.preview.json';
import ru from './locales/ru.preview.json';

/**
 * The words of the share pages and cards, which the build writes (src/share/): kept out of the
 * app's strings, which the page downloads, since no page shows them.
 */
export const previewResources = { ar, en, ru };

/** A key of the preview strings, plurals by their base name. */
export type PreviewKey = 'openEvent' | 'source' | 'sourceItem' | 'appCardTitle' | 'appCardPeople' | 'articles';
