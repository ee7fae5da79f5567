import { describe, expect, it } from 'vitest';
import { tokenize } from '../model/text-normalize.ts';
import { arabicAdjectiveForms, CountryLexicon } from './countries.ts';
import { COUNTRY_WORDS } from './lexicon/country-words.ts';

const lexicon = new CountryLexicon({
  countries: [],
  places: [{ id: 'amman', name: { ar: 'عمان', en: 'Amman', ru: 'Амман' }, country: 'JO' }],
});
const bare = new CountryLexicon({ countries: [], places: [] });
const codesIn = (text: string) => lexicon.find(text, tokenize(text)).map((m) => `${m.code}:${m.kind}`);

describe('CountryLexicon names every country in three languages', () => {
  it.each([
    ['قال الرئيس المصري', ['EG:adjective']],
    ['رحبت الخارجية الإماراتية والسعودية', ['AE:adjective', 'SA:name']],
    ['للفلسطينيين من غزة', ['PS:adjective', 'PS:name']],
    ['وزير الخارجية الأمريكي والأميركية', ['US:adjective', 'US:adjective']],
    ['the Egyptian presidency and Egyptians', ['EG:adjective', 'EG:adjective']],
    ["Jordan's King and the United States", ['JO:name', 'US:name']],
    ['египетский министр, египетской стороной', ['EG:adjective', 'EG:adjective']],
    ['президент Турции и министр иностранных дел Ирана', ['TR:name', 'IR:name']],
    ['в Саудовской Аравии и в ОАЭ', ['SA:name', 'AE:name']],
    ['الكرملين وموسكو', ['RU:seat', 'RU:capital']],
  ])('%s', (text, expected) => {
    expect(codesIn(text)).toEqual(expected);
  });

  it('finds the adjective of every country of its table, in every language it has one', () => {
    const missed: string[] = [];
    for (const entry of COUNTRY_WORDS) {
      for (const adjective of entry.adjectives.ar)
        for (const form of arabicAdjectiveForms(adjective).slice(0, 4))
          if (!codesIn(`قال الوزير ${form} أمس`).some((c) => c.startsWith(entry.code)))
            missed.push(`${entry.code} ${form}`);
      for (const adjective of entry.adjectives.en)
        if (!codesIn(`the ${adjective} minister said`).includes(`${entry.code}:adjective`))
          missed.push(`${entry.code} ${adjective}`);
      for (const stem of entry.adjectives.ru)
        if (!codesIn(`${stem}ая сторона`).some((c) => c.startsWith(entry.code))) missed.push(`${entry.code} ${stem}ая`);
    }
    expect(missed).toEqual([]);
  });

  it('names every country of the table by Intl’s name in Arabic, English and Russian', () => {
    const missed: string[] = [];
    for (const { code } of COUNTRY_WORDS)
      for (const lang of ['ar', 'en', 'ru'] as const) {
        const name = lexicon.nameOf(code, lang);
        if (name.includes(' - ')) continue;
        const found = bare.find(name, tokenize(name)).map((m) => m.code);
        // Mali, Benin and Togo are everyday words in Arabic or Russian: only adjectives name them there.
        if (!found.includes(code) && !['ML', 'BJ', 'TG'].includes(code)) missed.push(`${code} ${lang} ${name}`);
      }
    expect(missed).toEqual([]);
  });

  it('does not take common words for countries', () => {
    // "us" the pronoun, مالي "financial", Того "of that", малый "small".
    expect(
      codesIn('he told us that the financial support (الدعم المالي) of that kind (того) was small (малый)'),
    ).toEqual([]);
    expect(codesIn('the US and the U.S.')).toEqual(['US:name', 'US:name']);
  });

  it('prefers a gazetteer place to a country of the same spelling: عمان is Amman there', () => {
    expect(codesIn('في عمان')).toEqual(['JO:place']);
    expect(codesIn('العماني')).toEqual(['OM:adjective']);
  });
});
