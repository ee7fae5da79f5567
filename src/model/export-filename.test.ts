import { describe, expect, test } from 'vitest';
import { exportFileName, type ExportSubject } from './export-filename.ts';

const window = { from: '2025-01-01', to: '2025-03-01' };

describe('exportFileName', () => {
  test.each<[ExportSubject, Parameters<typeof exportFileName>[1], string]>([
    [{ countries: ['SY', 'RU'], people: [], window }, 'csv', 'tarikh-RU-SY-2025-01-01_2025-03-01.csv'],
    [{ countries: [], people: [], window }, 'json', 'tarikh-2025-01-01_2025-03-01.json'],
    [
      { countries: [], people: ['vladimir-putin'], types: ['call'], window },
      'ics',
      'tarikh-vladimir-putin-call-2025-01-01_2025-03-01.ics',
    ],
    [
      { countries: ['RU'], people: [], q: 'Путин', window, view: 'timeline' },
      'png',
      'tarikh-timeline-RU-search-2025-01-01_2025-03-01.png',
    ],
    [{ countries: ['AE', 'IR', 'RU', 'SY', 'TR'], people: ['a', 'b', 'c'] }, 'svg', 'tarikh-5countries-3people.svg'],
  ])('%j as .%s is %s', (subject, extension, expected) => expect(exportFileName(subject, extension)).toBe(expected));

  test('keeps only characters every file system accepts', () => {
    expect(exportFileName({ countries: ['R/U'], people: ['a b'], view: '..' }, 'csv')).toBe('tarikh-R-U-a-b.csv');
  });
});
