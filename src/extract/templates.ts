import type { Language, Localized } from '../model/corpus-schema.ts';
import type { Proposal } from './types.ts';

/** What the templates need of a proposal: the names of its people, places and countries. */
export interface TemplateNames {
  /** Short and full names of each person, in the proposal's order. */
  people: { short: Localized; full: Localized; role: string }[];
  /** Country names, by code. */
  country: (code: string, lang: Language) => string;
  /** The place's name in each language, where there is one. */
  place: Localized | null;
}

const LANGS = ['ar', 'en', 'ru'] as const;

function list(names: string[], lang: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = lang === 'ar' ? ' و' : lang === 'en' ? ' and ' : ' и ';
  if (lang === 'ar') return names.join(and);
  return `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`;
}

/** Russian place names after "в": Дамаск → Дамаске, Москва → Москве, Дубай → Дубае. */
export function russianLocative(name: string): string {
  const parts = name.split('-');
  const last = parts.pop() ?? '';
  let form = last;
  if (/ия$/.test(last)) form = last.replace(/ия$/, 'ии');
  else if (/[ая]$/.test(last)) form = last.replace(/[ая]$/, 'е');
  else if (/й$/.test(last)) form = last.replace(/й$/, 'е');
  else if (/ь$/.test(last)) form = last.replace(/ь$/, 'и');
  else if (/[бвгджзклмнпрстфхцчшщ]$/.test(last)) form = `${last}е`;
  return [...parts, form].join('-');
}

function place(names: TemplateNames, lang: Language): string {
  if (!names.place) return '';
  if (lang === 'ar') return ` في ${names.place.ar}`;
  if (lang === 'en') return ` in ${names.place.en}`;
  return ` в ${russianLocative(names.place.ru)}`;
}

const byRole = (names: TemplateNames, roles: string[]) => names.people.filter((p) => roles.includes(p.role));

/**
 * A title and a one-sentence summary in the three languages, from templates: "Putin and
 * al-Sharaa speak by phone", "Bogdanov meets al-Sharaa in Damascus". Worded so that no verb
 * needs the person's gender. An editor rewrites them as the article deserves.
 */
export function describeProposal(proposal: Proposal, names: TemplateNames): { title: Localized; summary: Localized } {
  const short = (lang: Language, roles: string[]) => byRole(names, roles).map((p) => p.short[lang]);
  const full = (lang: Language, roles: string[]) => byRole(names, roles).map((p) => p.full[lang]);
  const title = {} as Localized;
  const summary = {} as Localized;
  const subjects = (lang: Language) =>
    proposal.countryParticipants
      .filter((c) => c.role === 'subject')
      .map((c) =>
        lang === 'en' ? englishCountryName(c.country, names.country(c.country, lang)) : names.country(c.country, lang),
      );
  for (const lang of LANGS) {
    if (proposal.type === 'call') {
      const callers = full(lang, ['caller']);
      const recipients = full(lang, ['recipient']);
      const everyone = short(lang, ['caller', 'recipient', 'participant']);
      title[lang] = {
        ar: `${list(everyone, 'ar')} يجريان اتصالاً هاتفياً`,
        en: `${list(everyone, 'en')} speak by phone`,
        ru: `${list(everyone, 'ru')} провели телефонный разговор`,
      }[lang];
      if (lang === 'ar' && everyone.length !== 2) title.ar = `اتصال هاتفي بين ${list(everyone, 'ar')}`;
      const all = full(lang, ['caller', 'recipient', 'participant']);
      summary[lang] =
        callers.length > 0 && recipients.length > 0
          ? {
              ar: `أجرى ${list(callers, 'ar')} اتصالاً هاتفياً مع ${list(recipients, 'ar')}.`,
              en: `${list(callers, 'en')} called ${list(recipients, 'en')}.`,
              ru: `${list([...callers, ...recipients], 'ru')} провели телефонный разговор.`,
            }[lang]
          : {
              ar: `جرى اتصال هاتفي بين ${list(all, 'ar')}.`,
              en: `${list(all, 'en')} spoke by phone.`,
              ru: `${list(all, 'ru')} провели телефонный разговор.`,
            }[lang];
    } else if (proposal.type === 'meeting') {
      const guests = short(lang, ['guest']);
      const hosts = short(lang, ['host']);
      const equals = short(lang, ['participant']);
      const where = place(names, lang);
      if (guests.length === 1 && hosts.length > 0) {
        title[lang] = {
          ar: `${list(guests, 'ar')} يلتقي ${list(hosts, 'ar')}${where}`,
          en: `${list(guests, 'en')} meets ${list(hosts, 'en')}${where}`,
          ru: `${list([...guests, ...hosts], 'ru')} провели встречу${where}`,
        }[lang];
        const [g, h] = [full(lang, ['guest']), full(lang, ['host'])];
        summary[lang] = {
          ar: `استقبل ${list(h, 'ar')} ${list(g, 'ar')}${where}.`,
          en: `${list(h, 'en')} received ${list(g, 'en')}${where}.`,
          ru: `${list([...h, ...g], 'ru')} провели встречу${where}.`,
        }[lang];
      } else {
        const everyone = [...hosts, ...guests, ...equals];
        title[lang] = {
          ar: `لقاء بين ${list(everyone, 'ar')}${where}`,
          en: `${list(everyone, 'en')} meet${where}`,
          ru: `${list(everyone, 'ru')} провели встречу${where}`,
        }[lang];
        const all = full(lang, ['host', 'guest', 'participant']);
        summary[lang] = {
          ar: `عُقد لقاء بين ${list(all, 'ar')}${where}.`,
          en: `${list(all, 'en')} met${where}.`,
          ru: `${list(all, 'ru')} провели встречу${where}.`,
        }[lang];
      }
    } else {
      const speakerPerson = short(lang, ['speaker'])[0];
      const speakerCountry = proposal.countryParticipants.find((c) => c.role === 'speaker');
      const speaker = speakerPerson ?? (speakerCountry ? names.country(speakerCountry.country, lang) : '');
      const speakerFull = full(lang, ['speaker'])[0] ?? speaker;
      const about = subjects(lang);
      title[lang] = about.length
        ? {
            ar: `${speaker}: تصريح بشأن ${list(about, 'ar')}`,
            en: `${speaker}: statement on ${list(about, 'en')}`,
            ru: `${speaker}: заявление (${about.join(', ')})`,
          }[lang]
        : { ar: `تصريح ${speaker}`, en: `${speaker}: statement`, ru: `${speaker}: заявление` }[lang];
      summary[lang] = about.length
        ? {
            ar: `أدلى ${speakerFull} بتصريح بشأن ${list(about, 'ar')}.`,
            en: `${speakerFull} made a statement on ${list(about, 'en')}.`,
            ru: `${speakerFull}: заявление; речь идёт о странах: ${about.join(', ')}.`,
          }[lang]
        : {
            ar: `أدلى ${speakerFull} بتصريح.`,
            en: `${speakerFull} made a statement.`,
            ru: `${speakerFull}: заявление.`,
          }[lang];
    }
  }
  for (const lang of LANGS) {
    title[lang] = capitalise(title[lang]);
    summary[lang] = capitalise(summary[lang]);
  }
  return { title, summary };
}

// "al-Shaibani: …" opens a sentence as "Al-Shaibani"; Arabic has no capitals.
const capitalise = (text: string) => text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());

// Country names English writes with "the".
const WITH_ARTICLE = new Set(['US', 'GB', 'AE', 'NL', 'PH', 'DO', 'CF', 'BS', 'GM', 'KM', 'MV', 'MH', 'SB', 'SC']);

/** A country's name as English runs it into a sentence: "the United States", "Russia". */
export function englishCountryName(code: string, name: string): string {
  return WITH_ARTICLE.has(code) ? `the ${name}` : name;
}
