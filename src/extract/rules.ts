import { arabicReadings } from '../model/text-normalize.ts';

/**
 * The assistant's rules that can be switched off one at a time, so that `npm run extract:eval --
 * --ablate` can say what each is worth on the development set. Every rule is on in use.
 */
export const RULES = {
  'arabic-particles': 'Arabic words read with joined particles and the article off (والتقى, لبوتين, بالدوحة)',
  surnames: 'a surname alone names someone the article names in full',
  titles: 'people found by office, country and date (الرئيس الروسي → vladimir-putin)',
  'unknown-people': 'names the gazetteer lacks, taken after an office',
  readouts: 'readouts and what the parties say about a contact are its evidence, not statements',
  'same-speaker': 'a statement by the same speaker with no new date goes on the same statement',
  retellings: 'a contact told again (headline, embed, "during the call") joins its first telling',
  'closing-source': 'a closing "…, the ministry said" is the source of the report',
  'reported-words': 'a statement is dated and its speaker found before its reported words, not in them',
  'place-roles': 'who is at home hosts; on third ground the parties meet as equals and the country is the venue',
  future: 'future forms and dates ahead make a contact planned',
  split: '"two calls", "each separately": one contact per other party',
} as const;
export type Rule = keyof typeof RULES;

/** Which rules are off: none in use. */
export interface RuleSwitches {
  off: ReadonlySet<Rule>;
}

export const ALL_ON: RuleSwitches = { off: new Set() };

/** How words are read for lookup under the switches: with particles off, or as written. */
export function readingsFor(switches: RuleSwitches): (word: string) => string[] {
  return switches.off.has('arabic-particles') ? (word) => [word] : arabicReadings;
}
