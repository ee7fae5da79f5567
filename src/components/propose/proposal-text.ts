import type { TFunction } from 'i18next';
import type { Cue } from '../../extract/cues.ts';
import type { PersonNames } from '../../extract/names.ts';
import { describeProposal } from '../../extract/templates.ts';
import type { Proposal } from '../../extract/types.ts';
import type { Language, Localized } from '../../model/corpus-schema.ts';
import { personKey } from '../../extract/person-key.ts';

const displayNames = new Map<string, Intl.DisplayNames>();

/** Intl's names of regions or languages in `lang`, made once: building one costs more than using it. */
function namesIn(lang: Language, type: 'region' | 'language'): Intl.DisplayNames {
  let names = displayNames.get(`${lang} ${type}`);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type });
    displayNames.set(`${lang} ${type}`, names);
  }
  return names;
}

/** A country's name in the UI language, from the browser's own table (every country, no data shipped). */
export function countryName(code: string, lang: Language): string {
  return namesIn(lang, 'region').of(code) ?? code;
}

const percents = new Map<Language, Intl.NumberFormat>();

/** A share as a percentage in the UI language, Latin digits as elsewhere on the page. */
export function formatPercent(share: number, lang: Language): string {
  let format = percents.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { style: 'percent', numberingSystem: 'latn' });
    percents.set(lang, format);
  }
  return format.format(share);
}

/** A language's name in the UI language ("Arabic", "арабский", "العربية"), from the browser. */
export function languageName(code: Language, lang: Language): string {
  return namesIn(lang, 'language').of(code) ?? code;
}

/** A person's names as the page shows them: the editor's, else the assistant's. */
export function namesFor(
  proposal: Proposal,
  names: Readonly<Record<string, PersonNames>>,
): { short: Localized; full: Localized; role: string }[] {
  return proposal.people.map((person) => {
    const known = names[personKey(person)];
    const fallback = { ar: person.name, en: person.name, ru: person.name };
    return { short: known?.short ?? fallback, full: known?.full ?? fallback, role: person.role };
  });
}

/** The title and summary the templates give a proposal, in the three languages. */
export function templateTexts(proposal: Proposal, names: Readonly<Record<string, PersonNames>>) {
  return describeProposal(proposal, {
    people: namesFor(proposal, names),
    country: countryName,
    place: proposal.location?.names ?? null,
  });
}

/** A cue in the UI language: its kind, rule and office named as the UI names them. */
export function cueText(t: TFunction, cue: Cue, lang: Language, personName: (id: string) => string): string {
  const values: Record<string, string> = { ...cue.values };
  if (values.kind) values.kind = t(`propose.cue.kind.${values.kind as 'call'}`);
  if (cue.code === 'date' && values.rule) values.rule = t(`dateRule.${values.rule as 'weekday'}`);
  if (values.office) values.office = t(`propose.cue.office.${values.office as 'president'}`);
  if (values.country) values.country = countryName(values.country, lang);
  if (values.person) values.person = personName(values.person);
  if (values.speaker)
    values.speaker = /^[A-Z]{2}$/.test(values.speaker) ? countryName(values.speaker, lang) : personName(values.speaker);
  // The key is checked (a CueCode names a key of cue.*); the values are the cue's own.
  return String(t(`propose.cue.${cue.code}`, values as never));
}
