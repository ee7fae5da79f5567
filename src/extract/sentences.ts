/** A sentence of the article: UTF-16 offsets into the text, and whether it is page furniture. */
export interface Sentence {
  start: number;
  end: number;
  /** A line the page adds around the article (an update time, "read also", an embed's byline). */
  furniture: boolean;
}

// Lines a news page adds that are not the article's reporting: their dates are the page's, not
// the events'. Checked on the folded start of a line.
const FURNITURE = [
  /^(?:آخر تحديث|تاريخ النشر|نشر في|تم النشر|تحديث|اقرأ أيضا|اقرأ ايضا|إقرأ أيضا|شاهد أيضا|ذات صلة|مواضيع ذات صلة)\s*[:：-]?/u,
  /^(?:updated|last updated|published|posted|read also|read more|see also|related|more on this)\b\s*[:：-]?/iu,
  /^(?:обновлено|опубликовано|читайте также|смотрите также|по теме)\b\s*[:：-]?/iu,
  /^!\[[^\]]*\]\(/u, // an image in Markdown
  /^[—–-]\s.*\(@\w+\)/u, // an embedded post's byline: "— Name (@handle) date"
  /^https?:\/\/\S+$/u,
  /^(?:©|copyright\b)/iu,
];

// A full stop that ends a sentence is followed by white space or a closing quote and white space;
// one inside an abbreviation (U.S., Mr., т.е.) is not.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'gen',
  'col',
  'lt',
  'gov',
  'sen',
  'rep',
  'u',
  's',
  'n',
  'e',
  't',
  'г',
  'гг',
  'т',
  'е',
  'др',
  'им',
  'ул',
  'н',
  'э',
]);

/** Splits an article into sentences: at line breaks and at the end of each sentence in a line. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const furniture = FURNITURE.some((pattern) => pattern.test(line.trim()));
    splitLine(line, lineStart, furniture, sentences);
    lineStart += line.length + 1;
  }
  return sentences;
}

function splitLine(line: string, offset: number, furniture: boolean, out: Sentence[]): void {
  let start = 0;
  const push = (end: number) => {
    const piece = line.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim().length > 0) out.push({ start: offset + start + lead, end: offset + end - trail, furniture });
    start = end;
  };
  if (!furniture) {
    for (const match of line.matchAll(/[.!?؟…]+["”»’'"]?(?=\s|$)/gu)) {
      const end = match.index + match[0].length;
      if (match[0].startsWith('.') && match[0].length === 1 && isAbbreviation(line, match.index)) continue;
      push(end);
    }
  }
  push(line.length);
}

function isAbbreviation(line: string, dot: number): boolean {
  const word = /([\p{L}]+)$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[1];
  if (!word) return false;
  // A single capital letter is an initial (J. Smith) or part of U.S.; a known abbreviation too.
  return (word.length === 1 && word === word.toUpperCase()) || ABBREVIATIONS.has(word.toLowerCase());
}
