import { describe, expect, test } from 'vitest';
import { LANGUAGES } from '../model/corpus-schema.ts';
import { AUTONYMS } from './create-i18n.ts';
import { previewResources } from './preview-resources.ts';
import { proposeResources } from './propose-resources.ts';
import { resources } from './resources.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

function variablesOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([\w]+)/g)].map((m) => m[1] ?? ''));
}

// Each set of strings checked alike: the app's, and the propose page's (propose-resources.ts).
const NAMESPACES = {
  translation: (lang: (typeof LANGUAGES)[number]) => resources[lang].translation,
  propose: (lang: (typeof LANGUAGES)[number]) => proposeResources[lang],
};

describe.each(
  Object.entries(NAMESPACES).flatMap(([namespace, of]) => LANGUAGES.map((lang) => ({ namespace, lang, of }))),
)('the $lang locale of the $namespace strings', ({ lang, of }) => {
  const english = flatten(of('en'));
  const englishBases = new Set([...english.keys()].map((key) => key.replace(PLURAL, '')));
  const strings = flatten(of(lang));
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;

  test('has every key of the English one and no other', () => {
    const bases = new Set([...strings.keys()].map((key) => key.replace(PLURAL, '')));
    expect([...bases].sort()).toEqual([...englishBases].sort());
  });

  test('gives every plural key exactly the plural forms its language has', () => {
    const forms = new Map<string, string[]>();
    for (const key of strings.keys()) {
      const match = PLURAL.exec(key);
      if (match) forms.set(key.replace(PLURAL, ''), [...(forms.get(key.replace(PLURAL, '')) ?? []), match[1] ?? '']);
    }
    expect(forms.size).toBeGreaterThan(0);
    for (const [base, found] of forms) expect([base, ...found.sort()]).toEqual([base, ...[...categories].sort()]);
  });

  test('uses only the interpolation variables that the English strings are given', () => {
    for (const [key, text] of strings) {
      const base = key.replace(PLURAL, '');
      const allowed = new Set(['count']);
      for (const [englishKey, englishText] of english) {
        if (englishKey.replace(PLURAL, '') === base) variablesOf(englishText).forEach((v) => allowed.add(v));
      }
      for (const variable of variablesOf(text))
        expect(allowed, `${lang}: ${key} uses {{${variable}}}`).toContain(variable);
    }
  });
});

// The switcher names each language before that language's strings are fetched (load-language.ts).
test.each(LANGUAGES)('the name of %s known at start-up is the one its locale gives', (lang) => {
  expect(AUTONYMS[lang]).toBe(resources[lang].translation.language.name);
});

describe.each(LANGUAGES)('the %s preview strings (share pages and cards)', (lang) => {
  test('have the keys of the English ones and no other', () => {
    const bases = (tree: object) =>
      [...new Set([...flatten(tree).keys()].map((key) => key.replace(PLURAL, '')))].sort();
    expect(bases(previewResources[lang])).toEqual(bases(previewResources.en));
  });
});
