import type { Language } from '../model/corpus-schema.ts';
import { tokenize, type Token } from '../model/text-normalize.ts';
import { assembleEvents, type WorkingEvent } from './assemble.ts';
import { readSentence, type SentenceFacts } from './clauses.ts';
import { CountryLexicon } from './countries.ts';
import { findDateMentions } from './dates.ts';
import { findInstitutions } from './institutions.ts';
import { findPersonMentions } from './person-mentions.ts';
import { findNames, PeopleIndex } from './people.ts';
import { toProposals } from './proposals.ts';
import { splitSentences } from './sentences.ts';
import { ALL_ON, readingsFor, type RuleSwitches } from './rules.ts';
import { cue } from './cues.ts';
import { findTriggers } from './triggers.ts';
import type { ArticleInput, Gazetteer, Proposal } from './types.ts';

/** The assistant, its lexicons built once for a gazetteer: proposals for any number of articles. */
export interface Extractor {
  readonly people: PeopleIndex;
  readonly countries: CountryLexicon;
  readonly gazetteer: Gazetteer;
  propose(article: ArticleInput): Proposal[];
}

/**
 * Builds the lexicons (names, offices, countries of the gazetteer and of Intl) once. `switches`
 * turn rules off, only to measure what each is worth (extract:eval --ablate).
 */
export function createExtractor(gazetteer: Gazetteer, switches: RuleSwitches = ALL_ON): Extractor {
  const people = new PeopleIndex(gazetteer.people);
  const countries = new CountryLexicon(gazetteer);
  return {
    people,
    countries,
    gazetteer,
    propose: (article) => proposeEvents(article, { people, countries, gazetteer, switches }),
  };
}

interface Lexicons {
  people: PeopleIndex;
  countries: CountryLexicon;
  gazetteer: Gazetteer;
  switches: RuleSwitches;
}

function proposeEvents(article: ArticleInput, lexicons: Lexicons): Proposal[] {
  const { text, language } = article;
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const readings = readingsFor(lexicons.switches);
  const namedInArticle = new Set(
    findNames(lexicons.people, tokens, 0, tokens.length, readings)
      .filter((match) => match.strength === 'name')
      .map((match) => match.personId),
  );
  const ranges = tokenRanges(sentences, tokens);
  const read = sentences.flatMap((sentence, index) => {
    const range = ranges[index]!;
    if (sentence.furniture || range.from === range.to) return [];
    const facts = readFacts(text, tokens, range, index, language, namedInArticle, lexicons);
    return [{ facts, candidates: readSentence(text, tokens, facts, language, lexicons.switches) }];
  });
  const events = assembleEvents(read, {
    people: lexicons.people,
    switches: lexicons.switches,
    published: article.published,
    alternatives: article.alternatives ?? [],
  });
  addDelegationHeads(events, read, lexicons.people);
  return toProposals(events, {
    text,
    language,
    sentences,
    gazetteer: lexicons.gazetteer,
    people: lexicons.people,
    countries: lexicons.countries,
  });
}

function readFacts(
  text: string,
  tokens: readonly Token[],
  range: { from: number; to: number },
  index: number,
  language: Language,
  namedInArticle: ReadonlySet<string>,
  lexicons: Lexicons,
): SentenceFacts {
  const { from, to } = range;
  const readings = readingsFor(lexicons.switches);
  const countries = lexicons.countries.find(text, tokens, from, to, readings);
  const triggers = findTriggers(tokens, language, from, to, readings);
  const triggerStarts = new Set(triggers.map((t) => t.from));
  const persons = findPersonMentions(lexicons.people, {
    text,
    tokens,
    from,
    to,
    language,
    countries,
    namedInArticle,
    isTriggerAt: (at) => triggerStarts.has(at),
    switches: lexicons.switches,
  });
  return {
    index,
    from,
    to,
    triggers,
    persons,
    countries,
    institutions: findInstitutions(tokens, countries, language, from, to, readings),
    dates: findDateMentions(text, tokens, from, to),
  };
}

/** Each sentence's tokens, as positions in the article's token list. */
function tokenRanges(sentences: readonly { start: number; end: number }[], tokens: readonly Token[]) {
  let k = 0;
  return sentences.map((sentence) => {
    while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k]!.end <= sentence.end) k++;
    return { from, to: k };
  });
}

/**
 * "U.S. and Russian delegations met in Riyadh. Rubio led the American side, and Lavrov the
 * Russian": a contact between countries takes the people the next sentence names for them.
 */
function addDelegationHeads(
  events: WorkingEvent[],
  read: readonly { facts: SentenceFacts; candidates: readonly unknown[] }[],
  people: PeopleIndex,
): void {
  for (const event of events) {
    if (event.parties.length > 0 || event.countryParties.length < 2) continue;
    const at = read.findIndex((r) => r.facts.index === event.main);
    const next = read[at + 1];
    if (!next || next.candidates.length > 0) continue;
    for (const mention of next.facts.persons) {
      if (!mention.personId) continue;
      const country = people.countryOf(mention.personId);
      const slot = event.countryParties.findIndex((c) => c.country === country && c.role === 'participant');
      if (slot < 0) continue;
      event.countryParties.splice(slot, 1);
      event.parties.push({ personId: mention.personId, name: mention.name, country, role: 'participant' });
      event.cues.push(cue('delegation', { person: mention.personId, country: country ?? '' }));
      if (!event.sentences.includes(next.facts.index)) event.sentences.push(next.facts.index);
    }
  }
}
