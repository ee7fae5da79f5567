import { shapePath, TYPE_COLOUR } from '../components/timeline/mark-style.ts';
import type { EventType } from '../model/corpus-vocabulary.ts';
import { CARD_FONTS, type CardWeight } from './card-fonts.ts';
import type { MeasureText } from './text-measure.ts';
import { wrapText } from './wrap-text.ts';

/** A link preview's size: the one Open Graph consumers crop least (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card says, already in its language. */
export interface CardContent {
  rtl: boolean;
  /** The app's name in the card's language. */
  brand: string;
  type: EventType;
  /** The type's name and the date: "Phone call · 12 February 2025". */
  kind: string;
  title: string;
  /** The people, listed: "Vladimir Putin and Ahmed al-Sharaa". */
  people: string;
  /** Where it is reported: "Source: Al-Minbar al-Hurr, 13 February 2025". */
  source: string;
}

const MARGIN = 72;
/** The lowest baseline above the rule that sets the source apart. */
const LAST_BASELINE = 505;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A card as SVG: the brand, the type and date, the title (up to three lines), the people and the
 * source, mirrored in Arabic. Lines are broken here, with the fonts' real widths (`measure`); each
 * line is then shaped and ordered by the renderer (right to left in Arabic).
 */
export function cardSvg(content: CardContent, measure: MeasureText): string {
  const { rtl } = content;
  const families = rtl
    ? `${CARD_FONTS.arabic.family}, ${CARD_FONTS.latin.family}`
    : `${CARD_FONTS.latin.family}, ${CARD_FONTS.arabic.family}`;
  const x = rtl ? CARD_WIDTH - MARGIN : MARGIN;
  const text = (line: string, y: number, size: number, weight: CardWeight, fill: string, at = x) =>
    `<text x="${at}" y="${y}" font-family="${families}" font-size="${size}" font-weight="${weight === 'bold' ? 700 : 400}" fill="${fill}"${rtl ? ' direction="rtl" text-anchor="end"' : ''}>${escapeXml(line)}</text>`;

  const parts: string[] = [];
  const colour = TYPE_COLOUR[content.type];
  // A band in the type's colour along the inline-start edge.
  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect x="${rtl ? CARD_WIDTH - 20 : 0}" width="20" height="${CARD_HEIGHT}" fill="${colour}"/>`);
  parts.push(text(content.brand, 104, 34, 'bold', '#52525b'));

  // The type's shape, then its name and the date.
  const shapeSize = 34;
  const shapeX = rtl ? x - shapeSize / 2 : x + shapeSize / 2;
  parts.push(
    `<path transform="translate(${shapeX},${176})" d="${shapePath(content.type, shapeSize)}" fill="${colour}"/>`,
  );
  const kindX = rtl ? x - shapeSize - 16 : x + shapeSize + 16;
  const kind = wrapText(content.kind, measure, {
    weight: 'regular',
    size: 36,
    width: TEXT_WIDTH - shapeSize - 16,
    maxLines: 1,
  });
  parts.push(text(kind[0] ?? '', 189, 36, 'regular', '#27272a', kindX));

  // The title takes up to three lines; the people what is left above the rule (one or two).
  const title = wrapText(content.title, measure, { weight: 'bold', size: 60, width: TEXT_WIDTH, maxLines: 3 });
  title.forEach((line, i) => parts.push(text(line, 282 + i * 78, 60, 'bold', '#18181b')));
  const peopleFrom = 282 + (title.length - 1) * 78 + 60;
  const peopleLines = Math.max(1, Math.min(2, Math.floor((LAST_BASELINE - peopleFrom) / 46) + 1));
  wrapText(content.people, measure, { weight: 'regular', size: 34, width: TEXT_WIDTH, maxLines: peopleLines }).forEach(
    (line, i) => parts.push(text(line, peopleFrom + i * 46, 34, 'regular', '#3f3f46')),
  );

  parts.push(`<rect x="${MARGIN}" y="534" width="${TEXT_WIDTH}" height="2" fill="#e4e4e7"/>`);
  const source = wrapText(content.source, measure, { weight: 'regular', size: 28, width: TEXT_WIDTH, maxLines: 1 });
  parts.push(text(source[0] ?? '', 584, 28, 'regular', '#52525b'));

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${parts.join('')}</svg>`;
}
