import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Language } from '../../model/corpus-schema.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { ResultCount } from './ResultCount.tsx';

describe('ResultCount', () => {
  test.each<[Language, number, number, string]>([
    ['en', 3, 8, 'Showing 3 of 8 events'],
    ['en', 0, 1, 'Showing 0 of 1 event'],
    ['en', 1234, 100000, 'Showing 1,234 of 100,000 events'],
    ['en', 8, 8, '8 events'],
    ['ru', 3, 8, 'Показано 3 из 8 событий'],
    ['ru', 1, 21, 'Показано 1 из 21 события'],
    ['ru', 2, 3, 'Показано 2 из 3 событий'],
    ['ru', 21, 21, '21 событие'],
    ['ar', 3, 8, 'يُعرض 3 من أصل 8 أحداث'],
    ['ar', 0, 2, 'يُعرض 0 من أصل حدثين'],
    ['ar', 5, 11, 'يُعرض 5 من أصل 11 حدثاً'],
    ['ar', 7, 100, 'يُعرض 7 من أصل 100 حدث'],
    ['ar', 2, 2, 'حدثان'],
  ])('in %s, %i shown of %i reads %j', (lang, shown, total, expected) => {
    renderWithI18n(<ResultCount shown={shown} total={total} />, { lang });
    // Intl writes Russian thousands with a no-break space.
    expect(screen.getByRole('status').textContent?.replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
