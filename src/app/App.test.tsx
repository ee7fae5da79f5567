import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { CorpusSource } from '../hooks/load-corpus.ts';
import { smallCorpus, smallCorpusText } from '../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { App } from './App.tsx';

const goodSource: CorpusSource = () => Promise.resolve(smallCorpusText());

function brokenCorpusText(): string {
  const corpus = smallCorpus();
  const event = corpus.events[2];
  if (event) event.date.start = 'last month';
  return JSON.stringify(corpus);
}

describe('App', () => {
  test('shows a status while loading, then the events and their count', async () => {
    renderWithI18n(<App source={goodSource} />, { lang: 'en' });
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('Loading the corpus…');
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByRole('search', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('heading', { level: 1, name: 'Tarikh' })).toBeVisible();
    expect(await screen.findByText('3 events')).toBeInTheDocument();
  });

  test.each([
    ['ar', 'تاريخ', '3 أحداث'],
    ['ru', 'Тарих', '3 события'],
  ] as const)('in %s names the app %s and counts %s', async (lang, name, count) => {
    renderWithI18n(<App source={goodSource} />, { lang });
    expect(await screen.findByText(count)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name })).toBeVisible();
  });

  test('the language switcher changes the language, the direction and ?lang=, keeping other parameters', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=list');
    renderWithI18n(<App source={goodSource} />, { lang: 'en' });
    await screen.findByRole('search', { name: 'Filters' });
    const switcher = screen.getByRole('group', { name: 'Language' });
    expect(within(switcher).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(switcher).getByRole('button', { name: 'Русский' }));
    expect(window.location.search).toBe('?view=list&lang=ru');
    expect(screen.getByRole('heading', { level: 1, name: 'Тарих' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    // The list is its own chunk, fetched on first use (lazy-views.tsx).
    expect(await screen.findByText('январь 2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'العربية' }));
    expect(window.location.search).toBe('?view=list&lang=ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 1, name: 'تاريخ' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'اللغة' })).toBeInTheDocument();
    expect(await screen.findByText('يناير 2025')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.title).toBe('تاريخ — الاتصالات الدبلوماسية من الأخبار');
  });

  test('follows the URL when it changes by going back or forward', async () => {
    renderWithI18n(<App source={goodSource} />, { lang: 'en' });
    await screen.findByRole('search', { name: 'Filters' });
    window.history.pushState(null, '', '/?lang=ru');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Тарих' })).toBeVisible();
  });

  test('a corpus that breaks the schema shows the issues, and Retry loads it again', async () => {
    const user = userEvent.setup();
    const source = vi.fn<CorpusSource>().mockResolvedValueOnce(brokenCorpusText()).mockResolvedValue(smallCorpusText());
    renderWithI18n(<App source={source} />, { lang: 'en' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The corpus file is not in the expected format' })).toBeVisible();
    expect(within(alert).getByText(/^events\[2\]\.date\.start: /)).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('search', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(source).toHaveBeenCalledTimes(2);
  });

  test('a source that fails shows a network error instead of a blank page', async () => {
    renderWithI18n(<App source={() => Promise.reject(new TypeError('Failed to fetch'))} />, { lang: 'en' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    expect(within(alert).getByText('Failed to fetch')).toBeInTheDocument();
  });

  test('text that is not JSON shows a JSON error', async () => {
    renderWithI18n(<App source={() => Promise.resolve('<!doctype html>')} />, { lang: 'en' });
    expect(await screen.findByRole('heading', { name: 'The corpus file is damaged' })).toBeVisible();
  });
});
