import explorer from './locales/ar.explorer.json';
import features from './locales/ar.features.json';
import link from './locales/ar.link.json';
import share from './locales/ar.share.json';
import shell from './locales/ar.json';
import timeline from './locales/ar.timeline.json';

/** Every UI string in Arabic, one part of the UI per file. */
export const translation = { ...shell, timeline, explorer, link, features, share };
