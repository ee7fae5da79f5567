import { locateQuote } from '../pipeline/locate-quote.ts';
import { annotationFileSchema } from '../pipeline/source-schema.ts';
import { parseYamlSource, validateSource } from '../pipeline/yaml-source.ts';

/**
 * What an annotation file already holds: its event ids, and where each event's quotes stand in
 * the article (code points), with the event's type, so that drafts do not repeat annotated events.
 */
export function annotatedSpans(
  file: string,
  content: string,
  text: string,
): { ids: Set<string>; spans: { type: string; start: number; end: number }[] } | { error: string } {
  const source = parseYamlSource(file, content);
  if (Array.isArray(source)) return { error: `${file} is not valid YAML: fix it before adding drafts` };
  const checked = validateSource(source, annotationFileSchema);
  if (!checked.ok) return { error: `${file} is not an annotation file: fix it before adding drafts` };
  const ids = new Set<string>();
  const spans: { type: string; start: number; end: number }[] = [];
  for (const raw of checked.data.events) {
    const event = raw as { id?: unknown; type?: unknown; sources?: { quote?: unknown; occurrence?: unknown }[] };
    if (typeof event.id === 'string') ids.add(event.id);
    for (const source of event.sources ?? []) {
      if (typeof source.quote !== 'string') continue;
      const found = locateQuote(
        text,
        source.quote,
        typeof source.occurrence === 'number' ? source.occurrence : undefined,
      );
      if (typeof found !== 'string') spans.push({ type: String(event.type), start: found.start, end: found.end });
    }
  }
  return { ids, spans };
}
