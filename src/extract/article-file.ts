import { stringify } from 'yaml';
import type { ArticleMeta } from './article-meta.ts';

export type { ArticleMeta } from './article-meta.ts';

/** An article file of corpus/articles/: YAML front matter, then the text exactly as given. */
export function articleFile(meta: ArticleMeta, text: string): string {
  const front = {
    id: meta.id,
    title: meta.title,
    outlet: { name: meta.outlet.name, ...(meta.outlet.site ? { site: meta.outlet.site } : {}) },
    ...(meta.url ? { url: meta.url } : {}),
    language: meta.language,
    published: {
      date: meta.published.date,
      basis: meta.published.basis,
      note: meta.published.note,
      ...(meta.published.alternatives?.length ? { alternatives: meta.published.alternatives } : {}),
    },
  };
  // The front matter's dates stay strings; the text follows the closing line byte for byte.
  return `---\n${stringify(front, { lineWidth: 0, defaultStringType: 'PLAIN' })}---\n${text}\n`;
}
