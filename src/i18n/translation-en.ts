import explorer from './locales/en.explorer.json';
import features from './locales/en.features.json';
import link from './locales/en.link.json';
import share from './locales/en.share.json';
import shell from './locales/en.json';
import timeline from './locales/en.timeline.json';

/** Every UI string in English, one part of the UI per file. */
export const translation = { ...shell, timeline, explorer, link, features, share };
