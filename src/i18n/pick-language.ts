import { LANGUAGES, type Language } from '../model/corpus-vocabulary.ts';

/** The query parameter that carries the UI language, so that a shared link opens in it. */
export const LANGUAGE_PARAM = 'lang';

const DEFAULT_LANGUAGE: Language = 'en';

function toLanguage(tag: string | null | undefined): Language | null {
  // Only the primary subtag counts: ar-EG, ar-SA and ar all read the same UI.
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((lang) => lang === primary) ?? null;
}

/**
 * The UI language: `?lang=` when it names one of ours, else the first of the browser's
 * preferred languages that we have, else English. Total: any input gives a language.
 */
export function pickLanguage(search: string, navigatorLanguages: readonly string[]): Language {
  const fromUrl = toLanguage(new URLSearchParams(search).get(LANGUAGE_PARAM));
  if (fromUrl) return fromUrl;
  for (const tag of navigatorLanguages) {
    const lang = toLanguage(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

function keyOf(part: string): string {
  const raw = part.split('=')[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * `search` with `lang` set to `lang`. Works on the raw text rather than through
 * URLSearchParams, which would re-encode every other parameter (%20 into +): they stay byte for byte.
 */
export function writeLanguageParam(search: string, lang: Language): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '');
  const setting = `${LANGUAGE_PARAM}=${lang}`;
  let written = false;
  const kept: string[] = [];
  for (const part of parts) {
    if (keyOf(part) !== LANGUAGE_PARAM) kept.push(part);
    else if (!written) {
      kept.push(setting);
      written = true;
    }
  }
  if (!written) kept.push(setting);
  return `?${kept.join('&')}`;
}
