import type { Language } from '../model/corpus-schema.ts';
import type { Token } from '../model/text-normalize.ts';
import { PhraseIndex } from './phrase-index.ts';
import { TRIGGER_TABLE, type TriggerRule } from './trigger-table.ts';

export type { TriggerRule, Voice } from './trigger-table.ts';

/** A trigger found in a sentence: token positions (end exclusive) and the rule. */
export interface TriggerMention {
  from: number;
  to: number;
  rule: TriggerRule;
}

const INDEXES = new Map<Language, PhraseIndex<TriggerRule>>();
for (const rule of TRIGGER_TABLE) {
  const index = INDEXES.get(rule.lang) ?? new PhraseIndex<TriggerRule>();
  for (const phrase of rule.phrases) index.add(phrase, rule, rule.lang === 'ru' ? 'stem' : 'exact');
  INDEXES.set(rule.lang, index);
}

/**
 * The trigger words of `tokens[from..to)`, longest first, none overlapping, with the checks a
 * rule asks for: a governing verb before a bare noun (أجرى اتصالاً), a word that must not follow
 * (принял решение is no reception).
 */
export function findTriggers(
  tokens: readonly Token[],
  language: Language,
  from = 0,
  to = tokens.length,
  readings?: (word: string) => string[],
): TriggerMention[] {
  const index = INDEXES.get(language);
  if (!index) return [];
  const found: TriggerMention[] = [];
  for (let at = from; at < to; at++) {
    const match = index
      .matchAt(tokens, at, readings)
      .find((m) => at + m.length <= to && fitsContext(m.value, tokens, at, at + m.length));
    if (!match) continue;
    found.push({ from: at, to: at + match.length, rule: match.value });
    at += match.length - 1;
  }
  return found;
}

function fitsContext(rule: TriggerRule, tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens.slice(Math.max(0, from - 3), from).map((t) => t.word);
  if (rule.after && !before.some((word) => rule.after!.some((w) => word === w || word === `و${w}`))) return false;
  if (rule.notBefore && rule.notBefore.some((w) => before.at(-1) === w)) return false;
  const next = tokens[to]?.word;
  if (rule.notFollowedBy && next !== undefined && rule.notFollowedBy.some((w) => next.startsWith(w))) return false;
  return true;
}
