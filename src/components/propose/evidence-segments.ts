/** A run of the article's text, and the proposals (by number) whose evidence covers it. */
export interface Segment {
  text: string;
  proposals: number[];
}

/**
 * Cuts `text` at every evidence span's bounds (code-point offsets, as the proposals give them)
 * into runs, each with the proposals that cite it, so that the text can be shown whole with
 * its evidence marked. Overlapping spans of several proposals share their runs.
 */
export function evidenceSegments(
  text: string,
  spans: readonly { start: number; end: number; proposal: number }[],
): Segment[] {
  const chars = Array.from(text);
  const cuts = new Set<number>([0, chars.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(chars.length, span.start)));
    cuts.add(Math.max(0, Math.min(chars.length, span.end)));
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [from, to] = [bounds[k]!, bounds[k + 1]!];
    if (from === to) continue;
    const proposals = [...new Set(spans.filter((s) => s.start <= from && to <= s.end).map((s) => s.proposal))].sort(
      (a, b) => a - b,
    );
    const previous = segments.at(-1);
    const piece = chars.slice(from, to).join('');
    if (previous && previous.proposals.join() === proposals.join()) previous.text += piece;
    else segments.push({ text: piece, proposals });
  }
  return segments;
}
