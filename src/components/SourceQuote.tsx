import type { EventSource } from '../model/corpus-schema.ts';
import { formatDay } from '../i18n/format-date.ts';
import { directionOf } from '../i18n/languages.ts';
import { useLocale } from '../hooks/use-locale.ts';
import type { CorpusLookup } from '../model/corpus-lookup.ts';
import { sourceLink } from '../model/source-link.ts';

interface SourceQuoteProps {
  /** The source: a verbatim quote from one article. */
  source: EventSource;
  /** Where the article is looked up. */
  index: CorpusLookup;
}

/**
 * A source quoted verbatim in its article's own language and direction (an Arabic quote stays
 * right-to-left in the English UI), attributed in the UI language.
 */
export function SourceQuote({ source, index }: SourceQuoteProps) {
  const { t, lang } = useLocale();
  const article = index.articles.get(source.article);
  const quoteLang = article?.language ?? lang;
  const dir = directionOf(quoteLang);
  const attribution = source.attribution[lang];
  const outlet = article?.outlet.name[lang] ?? source.article;
  const published = article ? formatDay(article.published.date, lang) : '';
  const link = sourceLink(article);
  const href = link?.kind === 'article' ? link.href : undefined;
  // An outlet quoting its own report is named once, not "Al Jazeera, Al Jazeera".
  const caption =
    attribution === outlet
      ? t('source.captionOutlet', { outlet, published })
      : t('source.caption', { attribution, outlet, published });
  return (
    <figure className="space-y-1">
      <blockquote
        lang={quoteLang}
        dir={dir}
        cite={href}
        className="border-s-4 border-zinc-300 ps-3 text-start leading-relaxed dark:border-zinc-600"
      >
        <p>{source.quote}</p>
      </blockquote>
      <figcaption className="ps-4 text-sm text-zinc-600 dark:text-zinc-400">
        <span className="block">{caption}</span>
        {article && (
          <cite lang={article.language} dir={dir} className="block text-start not-italic">
            {href ? (
              // The article opens beside the app, so the reader keeps their place in the timeline.
              <a
                href={href}
                hrefLang={article.language}
                target="_blank"
                rel="noopener noreferrer"
                className="underline decoration-1 underline-offset-2 hover:decoration-2"
              >
                {article.title}
                <span lang={lang} dir={directionOf(lang)} className="sr-only">
                  {' '}
                  {t('explorer.link.newTab')}
                </span>
              </a>
            ) : (
              article.title
            )}
          </cite>
        )}
        {link?.kind === 'outlet' && (
          // No address for the article itself: its outlet's site is where a reader can look for it.
          <a
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
            className="underline decoration-1 underline-offset-2 hover:decoration-2 touch:inline-flex touch:min-h-11 touch:items-center"
          >
            {t('source.outletSite', { outlet })}
            <span className="sr-only"> {t('explorer.link.newTab')}</span>
          </a>
        )}
      </figcaption>
    </figure>
  );
}
