import type { TFunction } from 'i18next';
import { formatEventDate, type DateSpan } from '../../i18n/format-date.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import { fromDayNumber } from '../../model/calendar-date.ts';
import type { Language, Person } from '../../model/corpus-schema.ts';
import { dateAt, peopleAt, typeAt, type EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import { fitText } from '../../model/fit-text.ts';
import { labelParts, type LabelSide } from '../../model/label-parts.ts';
import { OTHER_LANE, type LaneSet } from '../../model/lane-groups.ts';
import type { CountMark } from '../../model/lane-layout.ts';
import { shortName } from '../../model/short-name.ts';
import { TYPE_GLYPH } from './mark-style.ts';

/** Names of lanes and people in the UI language. Keep it stable (memoized): lanes are re-sorted when it changes. */
export interface TimelineLookup {
  countryName(code: string): string;
  personName(id: string): string;
  /** The person, for the short name a label calls them by. */
  person(id: string): Person | undefined;
}

export interface MarkWordsInput {
  index: EventIndex;
  texts: EventTexts;
  lookup: TimelineLookup;
  lang: Language;
  t: TFunction;
  /** The width of a text in the labels' font, in pixels. */
  measure: (text: string) => number;
  /** The texts' version (a new MarkWords is made as more come in). */
  version: number;
}

/** Widest a label grows: past this it is cut with an ellipsis (the tooltip has it whole). */
export const MAX_LABEL_WIDTH = 180;

// Counts past this are written compactly ("12K", "12 тыс."), so they fit their bin.
const COMPACT_FROM = 10_000;

/**
 * The words of the marks in one language, for one state of the texts: each mark's accessible
 * name (type, date, full title), its short label ("Putin ↔ al-Sharaa"), the labels' widths and
 * their cut, and the counts' texts. Framework-free; a new one is made when the language or the
 * texts change, and it keeps what it has worked out, since marks enter by the hundred on a zoom
 * frame and formatting a date or measuring a text is the costly part.
 */
export class MarkWords {
  private readonly names = new Map<number, string>();
  private readonly labels = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly fits = new Map<string, string>();
  private readonly countTexts = new Map<number, string>();
  private readonly dates = new Map<string, string>();
  private readonly people: Intl.ListFormat;

  constructor(private readonly input: MarkWordsInput) {
    this.people = new Intl.ListFormat(input.lang, { type: 'conjunction' });
  }

  /** The event's title; until its texts are in, its people. */
  title(position: number): { title: string; final: boolean } {
    const { texts, index, lookup, lang } = this.input;
    const complete = texts.at(position, lang);
    if (complete) return { title: complete.title[lang], final: true };
    return { title: this.people.format(peopleAt(index, position).map(lookup.personName)), final: false };
  }

  /** The accessible name: "Phone call, 12 February 2025: Putin and al-Sharaa speak by phone". */
  name(position: number): string {
    const known = this.names.get(position);
    if (known !== undefined) return known;
    const { index, t } = this.input;
    const { title, final } = this.title(position);
    const name = t('timeline.mark', {
      type: t(`eventType.${typeAt(index, position)}`),
      date: this.dateText(`${index.start[position]}|${index.end[position]}|${index.precision[position]}`, () =>
        dateAt(index, position),
      ),
      title,
    });
    if (final) this.names.set(position, name);
    return name;
  }

  /**
   * The short label drawn beside the mark; '' until the event's texts are in, which it asks for:
   * only marks in lanes uncrowded enough to be labelled ask (not every mark of a million events).
   */
  label(position: number): string {
    const known = this.labels.get(position);
    if (known !== undefined) return known;
    const { texts, t, lang } = this.input;
    const event = texts.at(position, lang);
    if (!event) {
      texts.want(position, lang);
      return '';
    }
    const parts = labelParts(event);
    let label: string;
    if (parts.kind === 'title') label = event.title[lang];
    else if (parts.kind === 'speaker') {
      label = parts.who
        ? t('timeline.markLabel.statement', { who: this.sideName(parts.who) })
        : t(`eventType.${event.type}`);
    } else {
      const [a, b, ...more] = parts.sides.map((side) => this.sideName(side));
      label =
        a === undefined
          ? t(`eventType.${event.type}`)
          : b === undefined
            ? a
            : more.length
              ? t('timeline.markLabel.group', { a, b, more: formatNumber(more.length, lang) })
              : t('timeline.markLabel.pair', { a, b });
    }
    this.labels.set(position, label);
    return label;
  }

  /**
   * How wide the label wants to be, in pixels (0 without one): what the layout makes room for. A
   * period's label may lead with its type's glyph (when it is drawn as a bar): room for it too.
   */
  readonly labelWidth = (position: number): number => {
    let width = this.widths.get(position);
    if (width === undefined) {
      const label = this.label(position);
      if (!label) return 0;
      const { start, end } = this.input.index;
      const text =
        start[position] === end[position] ? label : `${TYPE_GLYPH[typeAt(this.input.index, position)]} ${label}`;
      width = Math.min(MAX_LABEL_WIDTH, Math.ceil(this.input.measure(text)));
      this.widths.set(position, width);
    }
    return width;
  };

  /** The label (after `prefix`) as it fits in `width` pixels, cut with an ellipsis. */
  fitLabel(position: number, width: number, prefix = ''): string {
    const key = `${position}|${Math.floor(width)}|${prefix}`;
    let fitted = this.fits.get(key);
    if (fitted === undefined) {
      fitted = fitText(`${prefix}${this.label(position)}`, Math.floor(width), this.input.measure);
      this.fits.set(key, fitted);
    }
    return fitted;
  }

  /** A count's visible figure, "+12": drawn on every frame of a gesture. */
  countText(count: CountMark): string {
    let text = this.countTexts.get(count.count);
    if (text === undefined) {
      const { lang } = this.input;
      const figure =
        count.count < COMPACT_FROM
          ? formatNumber(count.count, lang)
          : new Intl.NumberFormat(lang, { notation: 'compact', numberingSystem: 'latn' }).format(count.count);
      text = `+${figure}`;
      this.countTexts.set(count.count, text);
    }
    return text;
  }

  /** A count's accessible name, with its days: "4 events, 11–13 February 2025: activate to list them". */
  countName(count: CountMark): string {
    const range = this.dateText(`${count.start}-${count.end}`, () => ({
      start: fromDayNumber(count.start),
      end: fromDayNumber(count.end - 1),
      precision: 'day',
      range: true,
    }));
    return this.input.t('timeline.count', { count: count.count, range });
  }

  /** A lane's name: its country or person, "No named person", "All events", or "Other (N)". */
  laneName(key: string, laneSet: LaneSet): string {
    const { t, lookup, lang } = this.input;
    if (key === OTHER_LANE) {
      return t(`timeline.lanes.other.${laneSet.mode === 'person' ? 'person' : 'country'}`, {
        count: laneSet.folded,
        n: formatNumber(laneSet.folded, lang),
      });
    }
    if (laneSet.mode === 'none') return t('timeline.lanes.all');
    if (key === '') return t('timeline.lanes.nobody');
    return laneSet.mode === 'country' ? lookup.countryName(key) : lookup.personName(key);
  }

  /** A date in words, kept by its days: marks by the hundred share a few days, and formatting one is costly. */
  private dateText(key: string, date: () => DateSpan): string {
    let text = this.dates.get(key);
    if (text === undefined) {
      text = formatEventDate(date(), this.input.lang);
      this.dates.set(key, text);
    }
    return text;
  }

  private sideName(side: LabelSide): string {
    const { lookup, lang } = this.input;
    if (side.person === undefined) return lookup.countryName(side.country);
    const person = lookup.person(side.person);
    return person ? shortName(person, lang) : lookup.personName(side.person);
  }
}
