import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { CorpusLoadError } from '../model/decode-corpus.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { CorpusErrorView } from './CorpusErrorView.tsx';

const schemaError: CorpusLoadError = {
  kind: 'schema',
  issueCount: 57,
  issues: Array.from({ length: 20 }, (_, i) => ({
    path: `events[${i}].date.start`,
    message: 'must be a real calendar date written YYYY-MM-DD',
  })),
};

describe('CorpusErrorView', () => {
  test('lists schema issues as path: message and says how many there are', () => {
    renderWithI18n(<CorpusErrorView error={schemaError} onRetry={() => {}} />, { lang: 'en' });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The corpus file is not in the expected format' })).toBeVisible();
    expect(within(alert).getByText('57 problems: The first 20 are listed.')).toBeInTheDocument();
    const items = within(alert).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[2]).toHaveTextContent('events[2].date.start: must be a real calendar date written YYYY-MM-DD');
  });

  test('counts issues with Russian plural forms', () => {
    renderWithI18n(<CorpusErrorView error={schemaError} onRetry={() => {}} />, { lang: 'ru' });
    expect(screen.getByText('57 ошибок: Показаны первые 20.')).toBeInTheDocument();
  });

  test('a schema issue without a path shows its message alone', () => {
    const error: CorpusLoadError = { kind: 'schema', issueCount: 1, issues: [{ path: '', message: 'Invalid input' }] };
    renderWithI18n(<CorpusErrorView error={error} onRetry={() => {}} />, { lang: 'en' });
    expect(screen.getByText('1 problem:')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent(/^Invalid input$/);
  });

  test('a network error with an HTTP status says what the server answered', () => {
    const error: CorpusLoadError = { kind: 'network', message: 'HTTP 404 Not Found', status: 404 };
    renderWithI18n(<CorpusErrorView error={error} onRetry={() => {}} />, { lang: 'en' });
    expect(screen.getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    expect(screen.getByText('The server answered with status 404.')).toBeInTheDocument();
  });

  test.each([
    [{ kind: 'empty' }, 'The corpus file is empty'],
    [{ kind: 'no-events' }, 'The corpus has no events'],
  ] as const)('%j is said as %j, with nothing technical', (error, title) => {
    renderWithI18n(<CorpusErrorView error={error} onRetry={() => {}} />, { lang: 'en' });
    expect(screen.getByRole('heading', { name: title })).toBeVisible();
    expect(screen.queryByText(/Technical details/)).toBeNull();
  });

  test('a JSON error shows the parser message', () => {
    const error: CorpusLoadError = { kind: 'json', message: 'Unexpected end of JSON input' };
    renderWithI18n(<CorpusErrorView error={error} onRetry={() => {}} />, { lang: 'ar' });
    expect(screen.getByRole('heading', { name: 'ملف المدونة تالف' })).toBeVisible();
    expect(screen.getByText('Unexpected end of JSON input')).toBeInTheDocument();
  });

  test('the Retry button calls onRetry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWithI18n(<CorpusErrorView error={schemaError} onRetry={onRetry} />, { lang: 'en' });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
