import type { Language } from '../model/corpus-schema.ts';

/**
 * An article of at least `words` words in `language`, made of the development set's items one
 * after another (their own sentences, so the rules meet the text they were built for, at length),
 * dated to the last item's publication date. For speed measurements only.
 */
export function benchArticle(
  items: readonly { text: string; published: string | null; language: Language }[],
  language: Language,
  words: number,
): { text: string; published: string; words: number } {
  const own = items.filter((item) => item.language === language);
  if (own.length === 0) throw new Error(`no development items in ${language}`);
  const parts: string[] = [];
  let count = 0;
  for (let k = 0; count < words; k++) {
    const item = own[k % own.length]!;
    parts.push(item.text);
    count += item.text.split(/\s+/).filter(Boolean).length;
  }
  const published = own
    .map((item) => item.published)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1)!;
  return { text: parts.join('\n'), published, words: count };
}
