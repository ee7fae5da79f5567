import type { Language } from '../model/corpus-schema.ts';
import { wordsOf } from '../model/text-normalize.ts';

/**
 * What the subject of a trigger does: makes the call (`calls`) or takes it (`receives`), hosts
 * a meeting (`hosts`) or comes to it (`visits`), meets someone (`meets`: who hosts is told by the
 * place), speaks (`speaks`); `governed` nouns take their voice from the verb before them
 * (أجرى اتصالاً, تلقى اتصالاً, held talks).
 */
export type Voice = 'calls' | 'receives' | 'hosts' | 'visits' | 'meets' | 'speaks' | 'governed';

/**
 * - `call`, `meeting`, `statement`: a contact of that type;
 * - `continuation`: the last speaker goes on (أضاف, added, добавил);
 * - `interview`: a statement given to the press (في مقابلة, in an interview, в интервью);
 * - `readout`: a statement about a contact (في بيان, according to, как говорится в сообщении).
 */
export type TriggerKind = 'call' | 'meeting' | 'statement' | 'continuation' | 'interview' | 'readout';

export interface TriggerRule {
  /** Named in `why`: `ar.call.noun`. */
  id: string;
  lang: Language;
  kind: TriggerKind;
  voice: Voice;
  phrases: string[];
  /** A form that speaks of the future (سيزور, will meet, посетит). */
  future?: true;
  /** A noun or adverb rather than a verb: weaker evidence on its own. */
  noun?: true;
  /** "Two calls", "each separately": one contact per other party. */
  split?: true;
  /** Only after one of these words (up to three words before). */
  after?: string[];
  /** Never right after one of these words. */
  notBefore?: string[];
  /** Never before a word starting so (принял решение, called for). */
  notFollowedBy?: string[];
}

const words = (list: string) => list.trim().split(/\s*,\s*/);
const folded = (list: string) => words(list).map((w) => wordsOf(w).join(' '));

export const TRIGGER_TABLE: readonly TriggerRule[] = [
  // Arabic: calls.
  {
    id: 'ar.call.noun',
    lang: 'ar',
    kind: 'call',
    voice: 'governed',
    noun: true,
    phrases: words(
      'اتصال هاتفي, اتصالا هاتفيا, الاتصال الهاتفي, مكالمة هاتفية, مكالمة, المكالمة, محادثة هاتفية, محادثات هاتفية, مباحثات هاتفية, المحادثة الهاتفية, اتصالات هاتفية',
    ),
  },
  {
    id: 'ar.call.dual',
    lang: 'ar',
    kind: 'call',
    voice: 'governed',
    noun: true,
    split: true,
    phrases: words('اتصالين هاتفيين, اتصالين'),
  },
  {
    id: 'ar.call.bare-noun',
    lang: 'ar',
    kind: 'call',
    voice: 'governed',
    noun: true,
    phrases: words('اتصالا, اتصال'),
    after: folded('أجرى, يجري, سيجري, أجرت, تجري, ستجري, تلقى, يتلقى, تلقت, سيتلقى, جرى, جرت'),
  },
  {
    id: 'ar.call.verb',
    lang: 'ar',
    kind: 'call',
    voice: 'calls',
    phrases: words('اتصل, اتصلت, هاتف, هاتفت, يهاتف'),
    notBefore: folded('عبر, على, رقم'),
  },
  {
    id: 'ar.call.verb-future',
    lang: 'ar',
    kind: 'call',
    voice: 'calls',
    future: true,
    phrases: words('سيتصل, ستتصل, سيهاتف'),
  },
  { id: 'ar.call.adverb', lang: 'ar', kind: 'call', voice: 'calls', noun: true, phrases: words('هاتفيا, عبر الهاتف') },
  // Arabic: meetings, receptions and visits.
  {
    id: 'ar.meeting.verb',
    lang: 'ar',
    kind: 'meeting',
    voice: 'meets',
    phrases: words('التقى, التقت, التقيا, التقتا, التقوا, اجتمع, اجتمعت, اجتمعا, يلتقي, تلتقي, يلتقيان, يجتمع, تجتمع'),
  },
  {
    id: 'ar.meeting.verb-future',
    lang: 'ar',
    kind: 'meeting',
    voice: 'meets',
    future: true,
    phrases: words('سيلتقي, ستلتقي, سيلتقيان, سيجتمع, ستجتمع, سيجتمعان'),
  },
  {
    id: 'ar.meeting.receive',
    lang: 'ar',
    kind: 'meeting',
    voice: 'hosts',
    phrases: words('استقبل, استقبلت, يستقبل, تستقبل, استضاف, استضافت, يستضيف'),
  },
  {
    id: 'ar.meeting.receive-future',
    lang: 'ar',
    kind: 'meeting',
    voice: 'hosts',
    future: true,
    phrases: words('سيستقبل, ستستقبل, سيستضيف'),
  },
  { id: 'ar.meeting.visit', lang: 'ar', kind: 'meeting', voice: 'visits', phrases: words('زار, زارت, يزور, تزور') },
  {
    id: 'ar.meeting.visit-future',
    lang: 'ar',
    kind: 'meeting',
    voice: 'visits',
    future: true,
    phrases: words('سيزور, ستزور'),
  },
  {
    id: 'ar.meeting.noun',
    lang: 'ar',
    kind: 'meeting',
    voice: 'governed',
    noun: true,
    phrases: words(
      'لقاء, لقاءا, اللقاء, لقائه, لقائها, لقائهما, اجتماع, اجتماعا, الاجتماع, اجتماعه, محادثات, المحادثات, مباحثات, المباحثات, جلسة مباحثات',
    ),
  },
  {
    id: 'ar.meeting.visit-noun',
    lang: 'ar',
    kind: 'meeting',
    voice: 'visits',
    noun: true,
    phrases: words('زيارة, الزيارة, زيارته, زيارتها, زيارة رسمية'),
  },
  // Arabic: statements.
  {
    id: 'ar.statement.verb',
    lang: 'ar',
    kind: 'statement',
    voice: 'speaks',
    phrases: words(
      'قال, قالت, يقول, تقول, قالوا, صرح, صرحت, أكد, أكدت, يؤكد, تؤكد, أعلن, أعلنت, أوضح, أوضحت, أشار, أشارت, أعرب, أعربت, شدد, شددت, ذكر, ذكرت, أفاد, أفادت, نفى, نفت, رحب, رحبت, أدان, أدانت, حذر, حذرت, طالب, طالبت, كشف, كشفت, اعتبر, اعتبرت, وصف, وصفت, نقل, نقلت, قوله',
    ),
  },
  {
    id: 'ar.statement.noun',
    lang: 'ar',
    kind: 'statement',
    voice: 'speaks',
    noun: true,
    phrases: words('تصريحات, تصريح, تصريحات صحفية, كلمة, خطاب, خطاب متلفز'),
  },
  {
    id: 'ar.interview',
    lang: 'ar',
    kind: 'interview',
    voice: 'speaks',
    noun: true,
    phrases: words(
      'مقابلة, في مقابلة, حديث صحفي, لقاء مع صحيفة, لقاء مع قناة, لقاء مع وكالة, لقاء صحفي, لقاء تلفزيوني',
    ),
  },
  {
    id: 'ar.continuation',
    lang: 'ar',
    kind: 'continuation',
    voice: 'speaks',
    phrases: words('أضاف, أضافت, تابع, تابعت, استطرد'),
  },
  {
    id: 'ar.readout',
    lang: 'ar',
    kind: 'readout',
    voice: 'speaks',
    noun: true,
    phrases: words('بيان, البيان, في بيان, وفق, وفقا, بحسب, حسبما, حسب, نقلا عن'),
  },

  // English.
  {
    id: 'en.call.noun',
    lang: 'en',
    kind: 'call',
    voice: 'governed',
    noun: true,
    phrases: words(
      'phone call, telephone call, phone conversation, telephone conversation, phone talks, telephone talks, phone calls',
    ),
  },
  {
    id: 'en.call.by-phone',
    lang: 'en',
    kind: 'call',
    voice: 'calls',
    noun: true,
    phrases: words(
      'by phone, by telephone, over the phone, spoke by phone, spoke by telephone, speak by phone, phoned',
    ),
  },
  {
    id: 'en.call.received',
    lang: 'en',
    kind: 'call',
    voice: 'receives',
    phrases: words('received a call, received a phone call, received a telephone call, took a call'),
  },
  {
    id: 'en.meeting.verb',
    lang: 'en',
    kind: 'meeting',
    voice: 'meets',
    phrases: words('met, meets, meet, meeting with, held talks, hold talks, holds talks, talks with, sat down with'),
  },
  {
    id: 'en.meeting.receive',
    lang: 'en',
    kind: 'meeting',
    voice: 'hosts',
    phrases: words('hosted, hosts, host, received, receives, receive'),
    notFollowedBy: ['a', 'the', 'an'],
  },
  {
    id: 'en.meeting.visit',
    lang: 'en',
    kind: 'meeting',
    voice: 'visits',
    phrases: words('visited, visits, visit, travel to, travels to, traveled to, travelled to, arrived in'),
  },
  {
    id: 'en.statement.verb',
    lang: 'en',
    kind: 'statement',
    voice: 'speaks',
    phrases: words(
      'said, says, say, told, tells, stated, announced, declared, stressed, warned, noted, insisted, affirmed, reiterated, welcomed, condemned',
    ),
  },
  {
    id: 'en.interview',
    lang: 'en',
    kind: 'interview',
    voice: 'speaks',
    noun: true,
    phrases: words('interview, in an interview, told reporters, told journalists, press conference'),
  },
  {
    id: 'en.continuation',
    lang: 'en',
    kind: 'continuation',
    voice: 'speaks',
    phrases: words('added, continued, went on'),
  },
  {
    id: 'en.readout',
    lang: 'en',
    kind: 'readout',
    voice: 'speaks',
    noun: true,
    phrases: words('in a statement, statement, according to, readout'),
  },

  // Russian (stems: one form serves every case).
  {
    id: 'ru.call.noun',
    lang: 'ru',
    kind: 'call',
    voice: 'governed',
    noun: true,
    phrases: words(
      'телефонный разговор, телефонные переговоры, телефонная беседа, разговор по телефону, телефонного разговора, телефонном разговоре',
    ),
  },
  {
    id: 'ru.call.verb',
    lang: 'ru',
    kind: 'call',
    voice: 'calls',
    phrases: words('позвонил, позвонила, созвонились, по телефону'),
  },
  {
    id: 'ru.call.future',
    lang: 'ru',
    kind: 'call',
    voice: 'calls',
    future: true,
    phrases: words('позвонит, созвонятся'),
  },
  {
    id: 'ru.meeting.verb',
    lang: 'ru',
    kind: 'meeting',
    voice: 'meets',
    phrases: words(
      'встретился, встретилась, встретились, провел переговоры, провела переговоры, провели переговоры, переговоры, встреча, встречи',
    ),
  },
  {
    id: 'ru.meeting.future',
    lang: 'ru',
    kind: 'meeting',
    voice: 'meets',
    future: true,
    phrases: words('встретится, встретятся, проведет переговоры, проведут переговоры'),
  },
  {
    id: 'ru.meeting.receive',
    lang: 'ru',
    kind: 'meeting',
    voice: 'hosts',
    phrases: words('принял, приняла'),
    notFollowedBy: ['решени', 'участи', 'мер', 'закон', 'резолюц', 'документ'],
  },
  {
    id: 'ru.meeting.receive-future',
    lang: 'ru',
    kind: 'meeting',
    voice: 'hosts',
    future: true,
    phrases: words('примет'),
    notFollowedBy: ['решени', 'участи', 'мер'],
  },
  {
    id: 'ru.meeting.visit',
    lang: 'ru',
    kind: 'meeting',
    voice: 'visits',
    phrases: words('посетил, посетила, визит, визите, прибыл с визитом'),
  },
  {
    id: 'ru.meeting.visit-future',
    lang: 'ru',
    kind: 'meeting',
    voice: 'visits',
    future: true,
    phrases: words('посетит, посетят'),
  },
  {
    id: 'ru.statement.verb',
    lang: 'ru',
    kind: 'statement',
    voice: 'speaks',
    phrases: words(
      'заявил, заявила, заявили, заявляет, сообщил, сообщила, сообщили, сообщает, сказал, сказала, отметил, отметила, подчеркнул, подчеркнула, приветствовал, приветствует, осудил',
    ),
  },
  {
    id: 'ru.interview',
    lang: 'ru',
    kind: 'interview',
    voice: 'speaks',
    noun: true,
    phrases: words('в интервью, интервью, журналистам'),
  },
  {
    id: 'ru.continuation',
    lang: 'ru',
    kind: 'continuation',
    voice: 'speaks',
    phrases: words('добавил, добавила, также сообщил, также сообщила, также заявил, также заявила'),
  },
  {
    id: 'ru.readout',
    lang: 'ru',
    kind: 'readout',
    voice: 'speaks',
    noun: true,
    phrases: words('в сообщении, говорится в сообщении, в заявлении, по словам, по данным'),
  },
];

/**
 * Verbs that give a noun trigger its voice and tense: أجرى اتصالاً (made a call), تلقى اتصالاً
 * (received one), جرى اتصال (a call took place), held talks, провёл переговоры.
 */
export const GOVERNORS: readonly { words: string[]; voice: 'calls' | 'receives' | 'mutual'; future?: true }[] = [
  {
    words: folded(
      'أجرى, أجرت, أجريا, يجري, تجري, عقد, عقدت, عقدا, يعقد, تعقد, made, held, holds, hold, had, провел, провела, провели',
    ),
    voice: 'calls',
  },
  { words: folded('سيجري, ستجري, سيعقد, ستعقد, will, проведет, проведут'), voice: 'calls', future: true },
  { words: folded('تلقى, تلقت, يتلقى, تتلقى, received, receives, got, took, получил, получила'), voice: 'receives' },
  { words: folded('سيتلقى, ستتلقى'), voice: 'receives', future: true },
  { words: folded('جرى, جرت, occurred, состоялся, состоялась, состоялись'), voice: 'mutual' },
];
