import type { Language } from '../model/corpus-schema.ts';
import { stripJoinedParticles, type Token } from '../model/text-normalize.ts';
import type { CountryMention } from './countries.ts';
import type { DateMention } from './dates.ts';
import type { InstitutionMention } from './institutions.ts';
import type { PersonMention } from './person-mentions.ts';
import { GOVERNORS, type TriggerRule } from './trigger-table.ts';
import type { TriggerMention } from './triggers.ts';
import { cue, type Cue } from './cues.ts';
import type { RuleSwitches } from './rules.ts';
import type { ContactType } from './types.ts';

/** What one sentence holds, found by the lexicons: every position a token index of the article. */
export interface SentenceFacts {
  index: number;
  from: number;
  to: number;
  triggers: TriggerMention[];
  persons: PersonMention[];
  countries: CountryMention[];
  institutions: InstitutionMention[];
  dates: DateMention[];
}

/** Who acts: a person, or an institution speaking for its country. */
export type Actor = { kind: 'person'; mention: PersonMention } | { kind: 'institution'; mention: InstitutionMention };

export type ClauseVoice = 'calls' | 'receives' | 'hosts' | 'visits' | 'meets' | 'mutual' | 'speaks';

/** One contact or one act of speech a sentence reports, before the article is put together. */
export interface Candidate {
  kind: 'contact' | 'statement' | 'continuation' | 'invitation';
  type: ContactType;
  sentence: number;
  trigger: TriggerMention;
  planned: boolean;
  voice: ClauseVoice;
  /** The subject: who calls, hosts, visits or speaks. */
  agent: Actor | null;
  /** The other parties, in order. */
  others: PersonMention[];
  /** Countries taking part with no person named (delegations). */
  countryParties: string[];
  /** The first two parties are joined by "and" as one subject: they meet or speak as equals. */
  coordinated: boolean;
  /** One contact per other party ("two calls", "each separately"). */
  split: boolean;
  place: CountryMention | null;
  date: DateMention | null;
  /** Countries a statement speaks about. */
  subjects: string[];
  /** A statement that reports a contact (a readout) or speaks in an interview. */
  readout: boolean;
  interview: boolean;
  /** The sentence speaks of a contact already told ("during the call", خلال اللقاء). */
  referencesContact: boolean;
  /** A contact told inside a statement's reported words. */
  reported: boolean;
  /** A later contact in the same sentence with no subject of its own: the earlier one's. */
  continuesPrevious: boolean;
  /** "before/after" it: another contact, not the same one told twice. */
  separate: boolean;
  cues: Cue[];
  /** The trigger's words as the article writes them. */
  words: string;
}

const COMPLEMENTIZERS: Record<Language, ReadonlySet<string>> = {
  ar: new Set(['ان', 'بان', 'انه', 'انها', 'بانه', 'بانها', 'انهم']),
  en: new Set(['that']),
  ru: new Set(['что', 'чтобы']),
};
const NOT_COMPLEMENTIZER_AFTER = new Set(['بعد', 'قبل', 'دون', 'منذ', 'بدلا', 'من', 'الى', 'لدى']);
const CONJUNCTIONS = new Set(['و', 'and', 'и', '&']);
const FUTURE_CUES: Record<Language, ReadonlySet<string>> = {
  ar: new Set([
    'سوف',
    'المقرر',
    'المنتظر',
    'المتوقع',
    'يعتزم',
    'تعتزم',
    'يرتقب',
    'المرتقب',
    'المرتقبه',
    'يتوقع',
    'ينتظر',
  ]),
  en: new Set(['will', 'would', 'to', 'shall', 'll']),
  ru: new Set(['планирует', 'планируют', 'намерен', 'намерена', 'собирается', 'предстоящ', 'состоится', 'будет']),
};
const SEPARATE_CUES = new Set(['قبل', 'بعد', 'عقب', 'before', 'after', 'перед', 'после']);
const REFERENCE_CUES = new Set([
  'خلال',
  'اثناء',
  'عقب',
  'during',
  'after',
  'following',
  'ходе',
  'время',
  'после',
  'итогам',
]);
const INVITATION_WORDS = new Set([
  'دعوه',
  'دعا',
  'دعاه',
  'دعت',
  'invited',
  'invitation',
  'invite',
  'пригласил',
  'пригласила',
  'приглашение',
]);
const SPLIT_CUES = [['كلا', 'علي', 'حده'], ['separately'], ['по', 'отдельности']];
const ANONYMOUS = new Set(['مصادر', 'مصدر', 'sources', 'source', 'источники', 'источник']);

interface Interval {
  from: number;
  to: number;
}

interface SpeechAct {
  triggers: TriggerMention[];
  speakerRegion: Interval;
  content: Interval;
  trailing: boolean;
}

/**
 * Reads one sentence: which contacts and acts of speech it reports, who takes part in each, where
 * and when. Arabic puts the verb first (قال الوزير إن …), English the subject (the minister said
 * that …), and a report may close with its source ("…, the ministry said"): each shapes where a
 * trigger's speaker, parties and date are looked for.
 */
export function readSentence(
  text: string,
  tokens: readonly Token[],
  facts: SentenceFacts,
  language: Language,
  switches: RuleSwitches,
): Candidate[] {
  const { off } = switches;
  const words = tokens.map((t) => stripJoinedParticles(t.word));
  const gapText = (k: number) => (k > 0 ? text.slice(tokens[k - 1]!.end, tokens[k]!.start) : '');
  const sentence: Interval = { from: facts.from, to: facts.to };
  const speech = facts.triggers.filter((t) => t.rule.kind !== 'call' && t.rule.kind !== 'meeting');
  const allContacts = facts.triggers.filter((t) => t.rule.kind === 'call' || t.rule.kind === 'meeting');
  // A contact named again in its own sentence ("استقبل … وتناول اللقاء", "خلال الزيارة") or
  // after a cue ("during the call") is a reference: it starts no clause of its own.
  const isReference = (trigger: TriggerMention, k: number) =>
    !off.has('retellings') &&
    trigger.rule.noun === true &&
    (referenceBefore(words, trigger.from, language) ||
      (definite(words[trigger.from]!, language) &&
        allContacts.slice(0, k).some((c) => c.rule.kind === trigger.rule.kind)));
  const references = allContacts.filter((t, k) => isReference(t, k));
  const contacts = allContacts.filter((t) => !references.includes(t));
  if (contacts.length === 0 && references[0]) contacts.push(references[0]);

  // A quotation opens reported words; a short one is a name (“الجزيرة”, «Россия-1»).
  const opensQuotation = (k: number): boolean => {
    const gap = gapText(k);
    if (/:/.test(gap)) return true;
    const open = /[“«"]/.exec(gap);
    if (!open) return false;
    const close = text.slice(tokens[k]!.start).search(/[”»"]/);
    const quoted =
      close < 0
        ? Infinity
        : tokens.filter((t) => t.start >= tokens[k]!.start && t.end <= tokens[k]!.start + close).length;
    return quoted > 3;
  };
  const complementizerAfter = (at: number, to: number): number | null => {
    for (let k = at; k < to; k++) {
      if (k > at && opensQuotation(k)) return k;
      if (COMPLEMENTIZERS[language].has(words[k]!) && !NOT_COMPLEMENTIZER_AFTER.has(words[k - 1] ?? '')) return k;
    }
    return null;
  };

  // Acts of speech: statement words with nothing between them but their speaker share one act;
  // one inside another's reported words ("ذكرت أن بوتين أكد") is reported speech, not an act.
  const acts: SpeechAct[] = [];
  for (const trigger of speech) {
    const last = acts.at(-1);
    if (last && !last.trailing && trigger.from < last.content.from) {
      last.triggers.push(trigger);
      continue;
    }
    if (last && !last.trailing && trigger.from >= last.content.from) continue;
    const previousContact = contacts.filter((c) => c.to <= trigger.from).at(-1);
    const comma = lastCommaBefore(text, tokens, trigger.from, previousContact?.to ?? sentence.from);
    const complementizer = off.has('reported-words') ? null : complementizerAfter(trigger.to, sentence.to);
    const trailing =
      !off.has('closing-source') &&
      comma !== null &&
      complementizer === null &&
      (previousContact !== undefined || trigger.from > sentence.from + 3);
    acts.push(
      trailing
        ? {
            triggers: [trigger],
            speakerRegion: { from: comma, to: sentence.to },
            content: { from: sentence.from, to: comma },
            trailing,
          }
        : {
            triggers: [trigger],
            speakerRegion: { from: sentence.from, to: complementizer ?? sentence.to },
            content: { from: complementizer ?? sentence.to, to: sentence.to },
            trailing,
          },
    );
  }

  const candidates: Candidate[] = [];
  const inside = (at: number, region: Interval) => at >= region.from && at < region.to;
  const blank = (trigger: TriggerMention, kind: Candidate['kind'], type: ContactType): Candidate => ({
    kind,
    type,
    sentence: facts.index,
    trigger,
    planned: false,
    voice: 'speaks',
    agent: null,
    others: [],
    countryParties: [],
    coordinated: false,
    split: false,
    place: null,
    date: null,
    subjects: [],
    readout: false,
    interview: false,
    referencesContact: false,
    reported: false,
    continuesPrevious: false,
    separate: false,
    cues: [],
    words: text.slice(tokens[trigger.from]!.start, tokens[trigger.to - 1]!.end),
  });
  const triggerCue = (t: TriggerMention) =>
    cue('trigger', {
      kind: t.rule.kind,
      words: text.slice(tokens[t.from]!.start, tokens[t.to - 1]!.end),
      rule: t.rule.id,
    });

  // Contacts: each over the part of the sentence that is its own: the reported words it is told
  // in, or the sentence up to a closing source ("…, the ministry said").
  const contactRegion = (trigger: TriggerMention): { region: Interval; reported: boolean } => {
    const act = acts.find((a) => !a.trailing && inside(trigger.from, a.content));
    if (act) return { region: act.content, reported: true };
    let to = sentence.to;
    for (const a of acts)
      if (a.trailing && a.speakerRegion.from > trigger.from) to = Math.min(to, a.speakerRegion.from);
    return { region: { from: sentence.from, to }, reported: false };
  };

  // Who is invited ("دعوة إلى الوزير لزيارة روسيا") takes no part in the contact of the sentence.
  const invited = contacts.flatMap((trigger) => {
    const at = range(Math.max(sentence.from, trigger.from - 14), trigger.from).findLast((j) =>
      INVITATION_WORDS.has(words[j]!),
    );
    return at === undefined || trigger.rule.kind !== 'meeting' ? [] : [{ from: at, to: trigger.from }];
  });
  const isInvited = (mention: PersonMention) =>
    invited.some((span) => mention.from > span.from && mention.from < span.to);

  let previous: Candidate | null = null;
  contacts.forEach((trigger, k) => {
    const { region, reported } = contactRegion(trigger);
    const next = contacts[k + 1];
    const sameRegionBefore = contacts.slice(0, k).filter((c) => inside(c.from, region));
    const own: Interval = {
      from: sameRegionBefore.length > 0 ? trigger.from : region.from,
      to: next && inside(next.from, region) ? next.from : region.to,
    };
    const candidate = blank(trigger, 'contact', trigger.rule.kind as ContactType);
    candidate.reported = reported;
    candidate.cues.push(triggerCue(trigger));

    // "دعوة … لزيارة روسيا": an invitation names a visit that has not happened.
    const invitationAt = range(Math.max(region.from, trigger.from - 14), trigger.from).findLast((j) =>
      INVITATION_WORDS.has(words[j]!),
    );
    if (invitationAt !== undefined && trigger.rule.kind === 'meeting') {
      candidate.kind = 'invitation';
      candidate.others = facts.persons.filter((p) => p.from > invitationAt && p.from < trigger.from);
      candidates.push(candidate);
      return;
    }
    candidate.referencesContact = references.includes(trigger);
    candidate.separate =
      sameRegionBefore.length > 0 && range(own.from - 3, trigger.from).some((j) => SEPARATE_CUES.has(words[j] ?? ''));

    const persons = facts.persons.filter((p) => inside(p.from, own) && !isInvited(p));
    const continuesPrevious =
      sameRegionBefore.length > 0 && previous !== null && !persons.some((p) => p.from < trigger.from);
    candidate.continuesPrevious = continuesPrevious;
    const governor = governorBefore(words, trigger.from, own.from);
    candidate.voice = voiceOf(trigger.rule, governor?.voice);
    candidate.planned =
      !off.has('future') &&
      (trigger.rule.future === true ||
        governor?.future === true ||
        range(Math.max(own.from, trigger.from - 6), trigger.from).some((j) => futureCue(words, j, language)) ||
        facts.dates.some((d) => d.kind === 'ahead' && inside(d.from, own)));
    if (candidate.planned) candidate.cues.push(cue('planned'));
    if (continuesPrevious && previous) {
      candidate.agent = previous.agent;
      candidate.others = persons;
    } else {
      const [first, ...rest] = persons;
      candidate.agent = first ? { kind: 'person', mention: first } : null;
      candidate.others = rest;
      candidate.coordinated = first !== undefined && rest[0] !== undefined && joined(words, first, rest[0]);
    }
    candidate.split =
      !off.has('split') &&
      (trigger.rule.split === true ||
        SPLIT_CUES.some((cue) => range(own.from, own.to).some((j) => cue.every((w, i) => words[j + i] === w))));
    candidate.place = placeIn(facts, own, tokens, language, trigger.rule.voice === 'visits' ? trigger.to : null);
    candidate.date = firstDate(facts.dates, own, words);
    if (persons.length < 2 && !candidate.referencesContact) {
      // "U.S. and Russian delegations met": countries take part with no person named. Not the
      // country of a person or of a body that speaks ("الرئاسة السورية").
      const taken = (c: CountryMention) =>
        facts.persons.some((p) => p.from <= c.from && c.from < p.to) ||
        facts.institutions.some((i) => i.from <= c.from && c.from < i.to && i.to - i.from > c.to - c.from);
      candidate.countryParties = [
        ...new Set(
          facts.countries.filter((c) => inside(c.from, own) && c.kind !== 'place' && !taken(c)).map((c) => c.code),
        ),
      ];
    }
    candidates.push(candidate);
    previous = candidate;
  });

  // Acts of speech.
  for (const act of acts) {
    const first = act.triggers[0]!;
    const kinds = new Set(act.triggers.map((t) => t.rule.kind));
    const candidate = blank(first, 'statement', 'statement');
    candidate.readout = kinds.has('readout');
    candidate.interview = kinds.has('interview');
    candidate.cues.push(...act.triggers.map(triggerCue));
    const region = act.speakerRegion;
    const actors: Actor[] = [
      ...facts.persons.filter((p) => inside(p.from, region)).map((mention) => ({ kind: 'person' as const, mention })),
      ...facts.institutions
        .filter((i) => inside(i.from, region) && !facts.persons.some((p) => p.from <= i.from && i.from < p.to))
        .map((mention) => ({ kind: 'institution' as const, mention })),
    ].sort((a, b) => a.mention.from - b.mention.from);
    const afterTrigger = actors.filter((a) => a.mention.from >= first.to);
    const beforeTrigger = actors.filter((a) => a.mention.to <= first.from);
    // Arabic puts the verb first (قال الوزير), save a subject right before it (الرئيس الروسي يؤكد).
    const adjacentBefore = beforeTrigger.at(-1)?.mention.to === first.from ? beforeTrigger.at(-1) : undefined;
    const speaker =
      language === 'ar' || act.trailing
        ? (adjacentBefore ?? afterTrigger[0] ?? beforeTrigger.at(-1))
        : (beforeTrigger.at(-1) ?? afterTrigger[0]);
    candidate.agent = speaker ?? null;
    if (!speaker) {
      if (range(region.from, region.to).some((j) => ANONYMOUS.has(words[j]!))) continue; // "diplomatic sources said"
      candidate.kind = 'continuation';
    }
    const datesOfAct = facts.dates.filter((d) => inside(d.from, region));
    candidate.date = firstDate(datesOfAct, region, words);
    candidate.place = placeIn(facts, region, tokens, language, null);
    const speakerSpan = speaker?.mention;
    candidate.subjects = [
      ...new Set(
        facts.countries
          .filter((c) => c.kind !== 'place' && !(speakerSpan && c.from >= speakerSpan.from && c.from < speakerSpan.to))
          .map((c) => c.code),
      ),
    ];
    candidate.referencesContact = range(sentence.from, sentence.to).some((j) =>
      referenceBefore(words, j + 1, language),
    );
    candidate.planned = false;
    candidates.push(candidate);
  }
  return candidates.sort((a, b) => a.trigger.from - b.trigger.from);
}

const LOCATIVES = new Set(['في', 'in', 'at', 'в', 'во']);

/**
 * Where a contact or a statement took place: a gazetteer place, or a capital named as a place ("في
 * بغداد", "ببغداد", "in Baghdad", "в Багдаде", or right after a visit: "زار دمشق"), not a capital
 * named for its government ("قالت طهران").
 */
function placeIn(
  facts: SentenceFacts,
  region: Interval,
  tokens: readonly Token[],
  language: Language,
  visited: number | null,
): CountryMention | null {
  return (
    facts.countries.find((c) => {
      if (c.from < region.from || c.from >= region.to) return false;
      if (c.kind === 'place') return true;
      if (c.kind !== 'capital') return false;
      if (visited !== null && c.from >= visited && c.from <= visited + 1) return true;
      const word = tokens[c.from]!.word;
      const joined = language === 'ar' && /^و?ب/.test(word) && !word.startsWith(stripJoinedParticles(word));
      return (
        LOCATIVES.has(stripJoinedParticles(tokens[c.from - 1]?.word ?? '')) ||
        joined ||
        (language === 'ar' && /^و?بب/.test(word))
      );
    }) ?? null
  );
}

/** "خلال الاتصال", "during the call", "в ходе разговора": a contact told before is spoken of. */
function referenceBefore(words: readonly string[], at: number, language: Language): boolean {
  const written = words[at - 1];
  const next = words[at];
  // "وعقب اللقاء": the cue may carry a joined "and".
  const cue = written !== undefined && language === 'ar' ? written.replace(/^[وف](?=..)/, '') : written;
  if (cue === undefined || next === undefined || (!REFERENCE_CUES.has(cue) && !REFERENCE_CUES.has(written!)))
    return false;
  if (language === 'ar') return next.startsWith('ال') || /(?:ه|ها|هما)$/.test(next);
  if (language === 'en') return next === 'the' || next === 'their' || next === 'his' || next === 'her';
  return true;
}

function definite(word: string, language: Language): boolean {
  return language === 'ar' ? word.startsWith('ال') || /(?:ه|ها|هما)$/.test(word) : false;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = Math.max(0, from); k < to; k++) out.push(k);
  return out;
}

function lastCommaBefore(text: string, tokens: readonly Token[], at: number, floor: number): number | null {
  for (let k = at; k > floor; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/[,،]/.test(gap)) return k;
  }
  return null;
}

function governorBefore(words: readonly string[], at: number, floor: number) {
  for (let k = at - 1; k >= Math.max(floor, at - 10); k--) {
    const found = GOVERNORS.find(
      (g) => g.words.includes(words[k]!) || (words[k]!.startsWith('و') && g.words.includes(words[k]!.slice(1))),
    );
    if (found) return found;
  }
  return undefined;
}

function voiceOf(rule: TriggerRule, governed: 'calls' | 'receives' | 'mutual' | undefined): ClauseVoice {
  if (rule.voice !== 'governed') return rule.voice;
  if (governed === 'receives') return rule.kind === 'meeting' ? 'hosts' : 'receives';
  if (governed === 'mutual') return 'mutual';
  return rule.kind === 'meeting' ? 'meets' : 'calls';
}

function futureCue(words: readonly string[], at: number, language: Language): boolean {
  const word = words[at]!;
  if (FUTURE_CUES[language].has(word)) return true;
  return language === 'ru' && /^(?:предстоящ|планиру)/.test(word);
}

/** Two people joined by "and" as one subject: "روبيو ونظيره الروسي", "Putin and Trump", "Лавров и Аракчи". */
function joined(words: readonly string[], first: PersonMention, second: PersonMention): boolean {
  if (second.from === first.to) return second.joinedAnd === true;
  return second.from === first.to + 1 && CONJUNCTIONS.has(words[first.to]!);
}

const EXCLUDED_DATE_AFTER = new Set(['منذ', 'since', 'с']);

/** The first date of a region that dates it, not one inside a quotation or after "since". */
function firstDate(dates: readonly DateMention[], region: Interval, words: readonly string[]): DateMention | null {
  return (
    dates.find(
      (d) =>
        d.from >= region.from &&
        d.from < region.to &&
        !EXCLUDED_DATE_AFTER.has(words[d.from - 1] ?? '') &&
        !EXCLUDED_DATE_AFTER.has(words[d.from - 2] ?? ''),
    ) ?? null
  );
}
