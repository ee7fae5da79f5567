import type { EventDate, Language } from '../model/corpus-schema.ts';
import { formatDay, formatEventDate } from '../i18n/format-date.ts';
import { directionOf } from '../i18n/languages.ts';
import { useLocale } from '../hooks/use-locale.ts';

interface DateProvenanceProps {
  /** The event's date, with how it was worked out. */
  date: EventDate;
  /** The language the date expression is written in: that of the article it was read from. */
  expressionLang: Language;
}

/**
 * How a date was reached, when a reader may want to check it: a relative expression and what it
 * was counted from, other readings of an ambiguous one, an unknown day within a range.
 */
export function DateProvenance({ date, expressionLang }: DateProvenanceProps) {
  const { t, lang } = useLocale();
  const notes = [];

  if (date.rule !== 'explicit' && date.anchor) {
    const values = { anchor: formatDay(date.anchor, lang), rule: t(`dateRule.${date.rule}`) };
    notes.push(
      <li key="resolved">
        {date.expression && (
          <>
            {/* The quotation marks are the sentence's, in the UI language and its direction; the
                words inside keep their own language and direction, isolated from the marks. */}
            <q>
              <bdi lang={expressionLang} dir={directionOf(expressionLang)}>
                {date.expression}
              </bdi>
            </q>
            {t('date.expressionSeparator')}
          </>
        )}
        {date.rule === 'after-event' ? t('date.resolvedFromEvent', values) : t('date.resolvedFromArticle', values)}
      </li>,
    );
  }
  if (date.readings) {
    const list = new Intl.ListFormat(lang, { type: 'disjunction' });
    const readings = list.format(date.readings.map((reading) => formatEventDate(reading, lang)));
    notes.push(<li key="ambiguous">{t('date.ambiguous', { readings })}</li>);
  }
  if (date.range) notes.push(<li key="range">{t('date.range')}</li>);

  if (notes.length === 0) return null;
  return <ul className="space-y-0.5 text-sm text-zinc-600 dark:text-zinc-400">{notes}</ul>;
}
