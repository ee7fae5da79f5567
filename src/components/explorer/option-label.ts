import type { TFunction } from 'i18next';

// Stands for the option's name while the rest of its label is worked out.
const NAME = '\u0000';
const templates = new WeakMap<TFunction, Map<number, string>>();

/**
 * t('explorer.filters.option', { name, count }) — "Russia (5 events)" — with the part that
 * depends on the count (its plural form and number) worked out once per count and language: a
 * change of filter writes the names of hundreds of options, and options share their counts.
 */
export function optionLabel(t: TFunction, name: string, count: number): string {
  let byCount = templates.get(t);
  if (!byCount) templates.set(t, (byCount = new Map()));
  let template = byCount.get(count);
  if (template === undefined) byCount.set(count, (template = t('explorer.filters.option', { name: NAME, count })));
  return template.split(NAME).join(name);
}
