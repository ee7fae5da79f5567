/**
 * Why the assistant proposes what it does, as data: a code and the values it names, so the page
 * can say it in the reader's language (propose locale, `cue.<code>`) and the command line in
 * English (`describeCue`). Values are words of the article, ids, dates and rule names.
 */
export const CUE_TEXTS = {
  trigger: '{{kind}}: «{{words}}» ({{rule}})',
  planned: 'planned: a future form or a date ahead of the article',
  date: 'date: «{{expression}}» is {{date}} by the rule {{rule}}, counted from {{anchor}}',
  'date-readings': 'date: ambiguous, since the publication date is not certain: {{readings}}',
  'date-full': 'date: given in full, «{{expression}}»',
  'date-day-month':
    'date: «{{expression}}» gives day and month; the year makes it {{date}}, the nearest such day to {{anchor}}',
  'date-hijri': 'date: «{{expression}}» in the Umm al-Qura calendar is {{date}}',
  'date-no-anchor': 'date: «{{expression}}» needs the publication date, which is unknown: its words are kept',
  'date-ahead': 'date: «{{expression}}» lies ahead of the article; the corpus rules count back, so no day is guessed',
  'date-no-rule': 'date: no corpus rule resolves «{{expression}}»',
  'date-invalid': 'date: «{{expression}}» is not a calendar date',
  'person-new': 'person: «{{name}}» is not in the gazetteer, proposed as a new person',
  'person-title': 'person: «{{name}}» is {{person}}, the gazetteer’s {{office}} of {{country}} on {{date}}',
  'person-back': 'person: «{{name}}» points back to {{person}}, named before',
  'person-no-holder': 'person: «{{name}}»: no one in the gazetteer held that office then',
  speaker: 'speaker: {{speaker}}',
  readout: 'readout: {{speaker}} reports it («{{words}}»)',
  'party-said': 'said by a party during or about it: {{speaker}} («{{words}}»)',
  continuation: 'goes on from the sentence before: «{{words}}»',
  'same-speaker': 'the same speaker, no new date: «{{words}}»',
  'told-again': 'the same contact told again: «{{words}}»',
  invitation: 'invitation: {{names}} invited to visit, not a contact yet',
  delegation: 'delegation: {{person}} leads the side of {{country}} (the next sentence)',
} as const;

export type CueCode = keyof typeof CUE_TEXTS;

export interface Cue {
  code: CueCode;
  values: Record<string, string>;
}

export const cue = (code: CueCode, values: Record<string, string> = {}): Cue => ({ code, values });

/** A cue in English, for the command line and the scorer. */
export function describeCue(item: Cue): string {
  return CUE_TEXTS[item.code].replace(/\{\{(\w+)\}\}/g, (_, key: string) => item.values[key] ?? '');
}
