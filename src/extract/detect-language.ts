import type { Language } from '../model/corpus-schema.ts';

const SCRIPTS: [Language, RegExp][] = [
  ['ar', /\p{Script=Arabic}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
  ['en', /\p{Script=Latin}/gu],
];

/**
 * The article's language by the script most of its letters are in: Arabic, Cyrillic (Russian) or
 * Latin (English). Null for text with no letters of the three.
 */
export function detectLanguage(text: string): Language | null {
  let best: { lang: Language; count: number } | null = null;
  for (const [lang, pattern] of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0 && (!best || count > best.count)) best = { lang, count };
  }
  return best?.lang ?? null;
}
