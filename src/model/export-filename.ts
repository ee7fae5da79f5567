import type { EventType } from './corpus-schema.ts';
import type { TimeWindow } from './time-scale.ts';

export type ExportExtension = 'csv' | 'json' | 'ics' | 'svg' | 'png';

/** What an exported file holds: the filters and the period it was made from. */
export interface ExportSubject {
  countries: readonly string[];
  people: readonly string[];
  types?: readonly EventType[];
  /** The search text; a file name only says that there was one. */
  q?: string;
  window?: TimeWindow;
  /** What was drawn, for images: "timeline". */
  view?: string;
}

// Past these many, a list is written as a count: a file name is no place for twenty ids.
const MAX_COUNTRIES = 4;
const MAX_PEOPLE = 2;
const MAX_LENGTH = 150;

function part(values: readonly string[], max: number, noun: string): string[] {
  if (values.length === 0) return [];
  return values.length > max ? [`${values.length}${noun}`] : [...values].sort();
}

/**
 * A file name that says what the file holds, safe on every file system:
 * `tarikh-RU-SY-2025-01-01_2025-03-01.csv`, `tarikh-timeline-vladimir-putin-call-…png`.
 */
export function exportFileName(subject: ExportSubject, extension: ExportExtension): string {
  const pieces = [
    'tarikh',
    ...(subject.view ? [subject.view] : []),
    ...part(subject.countries, MAX_COUNTRIES, 'countries'),
    ...part(subject.people, MAX_PEOPLE, 'people'),
    ...part(subject.types ?? [], 4, 'types'),
    ...(subject.q?.trim() ? ['search'] : []),
    ...(subject.window ? [`${subject.window.from}_${subject.window.to}`] : []),
  ];
  const stem = pieces
    .join('-')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, '');
  return `${stem}.${extension}`;
}
