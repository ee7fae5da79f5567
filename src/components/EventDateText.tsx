import type { EventDate } from '../model/corpus-schema.ts';
import { formatEventDate, toDateTimeAttribute } from '../i18n/format-date.ts';
import { useLocale } from '../hooks/use-locale.ts';

interface EventDateTextProps {
  /** The event's date, shown at its precision. */
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'range'>;
}

/** An event date in the UI language, machine-readable where it is a single day, month or year. */
export function EventDateText({ date }: EventDateTextProps) {
  const { lang } = useLocale();
  const text = formatEventDate(date, lang);
  const dateTime = toDateTimeAttribute(date);
  return dateTime ? <time dateTime={dateTime}>{text}</time> : <span>{text}</span>;
}
