import type { Language, Person } from './corpus-schema.ts';

/**
 * The name a person goes by in a short label, in a language: the shortest of their aliases that
 * ends their name there ("al-Sharaa" for "Ahmed al-Sharaa", "Abu Qasra" for "Murhaf Abu Qasra"),
 * else the last word of the name ("Putin"). The aliases are the spellings articles use, so the
 * short name is one a reader has seen.
 */
export function shortName(person: Pick<Person, 'name' | 'aliases'>, lang: Language): string {
  const name = person.name[lang].trim();
  let best: string | undefined;
  for (const alias of person.aliases ?? []) {
    const candidate = alias.trim();
    if (candidate.length >= name.length || !name.endsWith(candidate)) continue;
    // A whole-word ending: "Asad" ends "Bashar Asad", but "sad" would not.
    if (!/\s/u.test(name[name.length - candidate.length - 1] ?? '')) continue;
    if (best === undefined || candidate.length < best.length) best = candidate;
  }
  return best ?? name.split(/\s+/u).at(-1) ?? name;
}
