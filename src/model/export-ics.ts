import { fromDayNumber, toDayNumber, type CalendarDate } from './calendar-date.ts';
import type { Corpus, CorpusEvent, Language } from './corpus-schema.ts';
import { sourceLink } from './source-link.ts';

export interface IcsOptions {
  lang: Language;
  /** When the file is made: every DTSTAMP. Passed in, so the same call gives the same file. */
  stamp: Date;
  /** The calendar's name (X-WR-CALNAME), in the UI language. */
  calendarName: string;
  /** Says that `count` events were left out for want of a day, in the UI language. */
  omittedNote: (count: number) => string;
  /** Said of an event whose day is unknown within its span (a `range`). */
  rangeNote?: string;
  /**
   * The entry's title for such an event, which says that the day is unknown: spread over the
   * days it may be, the entry would otherwise read as an event lasting them all.
   */
  rangeTitle?: (event: CorpusEvent) => string;
  /** The type's name in the UI language, for CATEGORIES. */
  typeLabel?: (type: CorpusEvent['type']) => string;
}

export interface IcsExport {
  text: string;
  /** Events written as calendar entries. */
  included: CorpusEvent[];
  /** Events known only to the month or year, left out. */
  omitted: CorpusEvent[];
}

/** The most octets a content line may have before it is folded (RFC 5545 §3.1), CRLF not counted. */
const MAX_OCTETS = 75;

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space
 * (RFC 5545 §3.1). Splits between characters, never inside one's UTF-8 bytes.
 */
export function foldIcsLine(line: string): string {
  // Most lines are short and printable ASCII (one byte a character): nothing to count.
  if (line.length <= MAX_OCTETS && !/[^ -~]/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** How many bytes UTF-8 takes for a code point. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function icsDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

function icsStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * An iCalendar file (RFC 5545) of the day-precision events as all-day entries: title, summary and
 * source links; UID from the event id, so a re-import updates rather than duplicates. Events known
 * only to a month or a year have no day to put in a calendar: they are left out, and the
 * calendar's description says how many.
 */
export function exportEventsIcs(
  events: readonly CorpusEvent[],
  corpus: Pick<Corpus, 'articles'>,
  options: IcsOptions,
): IcsExport {
  const { lang, stamp } = options;
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const included = events.filter((e) => e.date.precision === 'day');
  const omitted = events.filter((e) => e.date.precision !== 'day');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tarikh//Diplomatic contacts from the news//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(options.calendarName)}`,
  ];
  if (omitted.length > 0) {
    const note = `${options.omittedNote(omitted.length)} (${omitted.map((e) => e.id).join(', ')})`;
    lines.push(`X-WR-CALDESC:${escapeIcsText(note)}`);
  }
  for (const event of included) {
    // Several quotes often come from one article: it is listed once.
    const articleIds = [...new Set(event.sources.map((s) => s.article))];
    const sources = articleIds.flatMap((id) => {
      const article = articles.get(id);
      if (!article) return [];
      const outlet = article.outlet.name[lang];
      const link = sourceLink(article);
      return [link ? `${outlet}: ${article.title} <${link.href}>` : `${outlet}: ${article.title}`];
    });
    const ranged = event.date.range && event.date.start !== event.date.end;
    const description = [
      ...(ranged && options.rangeNote ? [options.rangeNote] : []),
      event.summary[lang],
      ...(sources.length ? ['', ...sources] : []),
    ].join('\n');
    // The first source's article where one has an address, else the first outlet's site.
    const links = articleIds.flatMap((id) => sourceLink(articles.get(id)) ?? []);
    const url = (links.find((link) => link.kind === 'article') ?? links[0])?.href;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@tarikh`,
      `DTSTAMP:${icsStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${icsDate(event.date.start)}`,
      // DTEND is exclusive: the day after the last day.
      `DTEND;VALUE=DATE:${icsDate(fromDayNumber(toDayNumber(event.date.end) + 1))}`,
      `SUMMARY:${escapeIcsText(ranged && options.rangeTitle ? options.rangeTitle(event) : event.title[lang])}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      ...(event.location ? [`LOCATION:${escapeIcsText(event.location.name[lang])}`] : []),
      ...(url ? [`URL;VALUE=URI:${url}`] : []),
      `CATEGORIES:${escapeIcsText(options.typeLabel?.(event.type) ?? event.type)}`,
      // News, not appointments: the day stays free in the reader's calendar.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(foldIcsLine).join('\r\n') + '\r\n', included, omitted };
}
