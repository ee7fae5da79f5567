import explorer from './locales/ru.explorer.json';
import features from './locales/ru.features.json';
import link from './locales/ru.link.json';
import share from './locales/ru.share.json';
import shell from './locales/ru.json';
import timeline from './locales/ru.timeline.json';

/** Every UI string in Russian, one part of the UI per file. */
export const translation = { ...shell, timeline, explorer, link, features, share };
