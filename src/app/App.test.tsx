import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { CorpusSource } from '../hooks/corpus-source.ts';
import { HEAD_FILE, SEARCH_WORDS_FILE, searchPartFileName, type CorpusHead } from '../model/corpus-parts.ts';
import { smallCorpus, splitSource } from '../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { App } from './App.tsx';

const goodSource = splitSource();

/** The small corpus in parts, noting the name of each file asked for. */
function recordingSource(): { source: CorpusSource; asked: string[] } {
  const split = splitSource(smallCorpus());
  const asked: string[] = [];
  return {
    asked,
    source: {
      text: (name, stop) => (asked.push(name), split.text(name, stop)),
      bytes: (name, stop) => (asked.push(name), split.bytes(name, stop)),
    },
  };
}
const signal = new AbortController().signal;

/** A head whose first person names a country the tables do not have. */
async function brokenHeadText(): Promise<string> {
  const head = JSON.parse(await goodSource.text(HEAD_FILE, signal)) as CorpusHead;
  head.people[0]!.country = 'ZZ';
  return JSON.stringify(head);
}

/** A source whose head is `head`, its other files those of the small corpus. */
function withHead(head: (signal: AbortSignal) => Promise<string>): CorpusSource {
  return { ...goodSource, text: (name, stop) => (name === HEAD_FILE ? head(stop) : goodSource.text(name, stop)) };
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
    expect(window.location.search).toBe('?lang=ru&view=list');
    expect(screen.getByRole('heading', { level: 1, name: 'Тарих' })).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'ru');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    // The list is its own chunk, fetched on first use (lazy-views.tsx).
    expect(await screen.findByText('январь 2025')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'العربية' }));
    expect(window.location.search).toBe('?lang=ar&view=list');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('heading', { level: 1, name: 'تاريخ' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'اللغة' })).toBeInTheDocument();
    expect(await screen.findByText('يناير 2025')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.title).toBe('تاريخ — الاتصالات الدبلوماسية من الأخبار');
  });

  test('puts the canonical link in the address bar on opening, and still says what it dropped', async () => {
    window.history.replaceState(null, '', '/?view=list&view=network&q=%E0%A4%A&person=nobody-known&utm_source=chat');
    renderWithI18n(<App source={goodSource} />, { lang: 'en' });
    await screen.findByRole('search', { name: 'Filters' });
    await vi.waitFor(() => expect(window.location.search).toBe('?lang=en&view=list'));
    const notice = await screen.findByText(/Part of this link could not be used/);
    expect(notice.closest('[role="status"]')).toHaveTextContent('utm_source');
    // A change keeps it canonical: defaults left out.
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Timeline' }));
    expect(window.location.search).toBe('?lang=en');
  });

  test.each([
    ['en', '/?event=putin-sharaa-call-2025-02-12', 'Putin calls al-Sharaa — Tarikh'],
    ['en', '/?country=RU&type=call,meeting', 'Russia, Phone call, and Meeting — Tarikh'],
    ['ru', '/?person=vladimir-putin', 'Владимир Путин — Тарих'],
    ['ar', '/?event=putin-sharaa-call-2025-02-12', 'بوتين يتصل بالشرع — تاريخ'],
    ['en', '/', 'Tarikh — diplomatic contacts from the news'],
  ] as const)('in %s, %s names the page %j', async (lang, link, title) => {
    window.history.replaceState(null, '', link);
    renderWithI18n(<App source={goodSource} />, { lang });
    await screen.findByRole('search');
    await vi.waitFor(() => expect(document.title).toBe(title));
  });

  test('the list holds the link’s window, as the exports do, says so, and lets the reader drop it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=list&from=2025-02-01&to=2025-03-01');
    renderWithI18n(<App source={goodSource} />, { lang: 'en' });
    const table = await screen.findByRole('table');
    // The January milestone is outside the window, as it is for the CSV of the same view.
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 2);
    expect(screen.getByText('Showing events from 1 February – 1 March 2025.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all dates' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 3);
    expect(window.location.search).toBe('?lang=en&view=list');
  });

  test('“?” opens the keyboard shortcuts, except in a text field; the close button closes them', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App source={goodSource} />, { lang: 'en' });
    const [search] = await screen.findAllByRole('searchbox', { name: 'Search events' });
    await user.type(search!, '?');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.click(document.body);
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByRole('rowheader', { name: 'Home End' })).toBeInTheDocument();
    expect(within(dialog).getByRole('row', { name: '+ − Zoom in or out' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close the keyboard shortcuts' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  test('“Copy a link to this event” copies its share page’s address, in the UI language', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.history.replaceState(null, '', '/tarikh/?event=putin-sharaa-call-2025-02-12');
    renderWithI18n(<App source={goodSource} />, { lang: 'ru' });
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: 'Копировать ссылку на событие' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/tarikh/share/ru/putin-sharaa-call-2025-02-12/`);
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
    const head = vi
      .fn<(signal: AbortSignal) => Promise<string>>()
      .mockReturnValueOnce(brokenHeadText())
      .mockImplementation((stop) => goodSource.text(HEAD_FILE, stop));
    renderWithI18n(<App source={withHead(head)} />, { lang: 'en' });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The corpus file is not in the expected format' })).toBeVisible();
    expect(within(alert).getByText('people[0].country: unknown country "ZZ"')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('search', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(head).toHaveBeenCalledTimes(2);
  });

  test('a source that fails shows a network error instead of a blank page', async () => {
    renderWithI18n(<App source={withHead(() => Promise.reject(new TypeError('Failed to fetch')))} />, {
      lang: 'en',
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    expect(within(alert).getByText('Failed to fetch')).toBeInTheDocument();
  });

  test('text that is not JSON shows a JSON error', async () => {
    renderWithI18n(<App source={withHead(() => Promise.resolve('<!doctype html>'))} />, { lang: 'en' });
    expect(await screen.findByRole('heading', { name: 'The corpus file is damaged' })).toBeVisible();
  });
});

/**
 * The small corpus in two shards whose texts and search index arrive when the test says
 * (`release`), the first `failures` answers for texts-001.en.json being an error: a large
 * corpus's texts, fetched as views ask.
 */
function heldSource({ failures = 0 } = {}) {
  const split = splitSource(smallCorpus(), 2);
  const waiting: (() => void)[] = [];
  let failed = 0;
  const held =
    <T,>(read: (name: string, stop: AbortSignal) => Promise<T>) =>
    (name: string, stop: AbortSignal): Promise<T> => {
      if (name === HEAD_FILE || name === 'skeleton.bin') return read(name, stop);
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          if (name === 'texts-001.en.json' && failed < failures) {
            failed++;
            reject(new TypeError('Failed to fetch'));
          } else void read(name, stop).then(resolve, reject);
        });
      });
    };
  const source: CorpusSource = { text: held(split.text), bytes: held(split.bytes) };
  const release = () => act(async () => waiting.splice(0).forEach((arrive) => arrive()));
  return { source, release };
}

describe('App, while a split corpus brings its texts in', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('the list shows its rows at once, each titled by its type until its title comes', async () => {
    window.history.replaceState(null, '', '/?view=list');
    const { source, release } = heldSource();
    renderWithI18n(<App source={source} />, { lang: 'en' });
    expect(await screen.findByText('Loading the titles of the listed events…')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Phone call' })).toBeInTheDocument();
    await release();
    expect(await screen.findByRole('button', { name: 'Putin calls al-Sharaa' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the titles of the listed events…')).toBeNull();
  });

  test('a linked event’s details show its type and date at once, its title and sources once in', async () => {
    window.history.replaceState(null, '', '/?event=putin-sharaa-call-2025-02-12');
    const { source, release } = heldSource();
    renderWithI18n(<App source={source} />, { lang: 'en' });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Phone call');
    expect(within(dialog).getByText('12 February 2025')).toBeInTheDocument();
    expect(within(dialog).getByText('Loading the event’s texts…')).toHaveAttribute('role', 'status');
    await release();
    expect(await within(dialog).findByRole('heading', { level: 2, name: 'Putin calls al-Sharaa' })).toBeVisible();
    expect(within(dialog).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
  });

  test('a linked search says it is searching (never that nothing matches), then shows its events', async () => {
    window.history.replaceState(null, '', '/?q=peskov&view=list');
    const { source, release } = heldSource();
    renderWithI18n(<App source={source} />, { lang: 'en' });
    expect(await screen.findByText('Searching 3 events…')).toBeInTheDocument();
    expect(screen.queryByText(/Showing 0/)).toBeNull();
    await release();
    await release();
    expect(await screen.findByText('Showing 1 of 3 events')).toBeInTheDocument();
    await release();
    expect(
      await screen.findByRole('button', { name: 'Peskov calls the conversation with al-Sharaa constructive' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Putin calls al-Sharaa' })).toBeNull();
  });

  test('a corpus of one shard (the bundled one) fetches its search index when the reader comes to the search box', async () => {
    window.history.replaceState(null, '', '/');
    const user = userEvent.setup();
    const { source, asked } = recordingSource();
    renderWithI18n(<App source={source} />, { lang: 'en' });
    const [search] = await screen.findAllByRole('searchbox', { name: 'Search events' });
    expect((await screen.findAllByRole('button', { name: /Putin calls al-Sharaa/ })).length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).not.toContain(SEARCH_WORDS_FILE);
    await user.click(search!);
    // Its words and its one part, each once.
    await waitFor(() => expect(asked).toContain(searchPartFileName(0)));
    expect(asked.filter((name) => name.startsWith('search-')).sort()).toEqual(
      [SEARCH_WORDS_FILE, searchPartFileName(0)].sort(),
    );
  });

  test('a search answered from the index of one part shows its events without a moment of “Searching”', async () => {
    window.history.replaceState(null, '', '/');
    const user = userEvent.setup();
    const { source, asked } = recordingSource();
    renderWithI18n(<App source={source} />, { lang: 'en' });
    const [search] = await screen.findAllByRole('searchbox', { name: 'Search events' });
    await user.click(search!);
    await waitFor(() => expect(asked).toContain(searchPartFileName(0)));
    // Every "Searching" the page shows while the reader types, however briefly.
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (/Searching/.test(document.body.textContent ?? '')) seen.push('Searching');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    await user.type(search!, 'peskov');
    expect(await screen.findByText('Showing 1 of 3 events')).toBeInTheDocument();
    observer.disconnect();
    expect(seen).toEqual([]);
  });

  test('an export brings the texts it needs in, says so, then saves the file', async () => {
    window.history.replaceState(null, '', '/');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    const { source, release } = heldSource();
    renderWithI18n(<App source={source} />, { lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('button', { name: 'Spreadsheet (CSV)' }));
    expect(await screen.findByText('Loading the texts of 3 events (0 of 2 parts)…')).toHaveAttribute('role', 'status');
    await release();
    await release();
    await release();
    expect(await screen.findByText(/^Saved ⁨tarikh-.*\.csv⁩\.$/)).toHaveAttribute('role', 'status');
  });

  test('a shard that fails is named in an alert beside a working explorer, and Try again reads it', async () => {
    window.history.replaceState(null, '', '/?view=list');
    const user = userEvent.setup();
    const { source, release } = heldSource({ failures: 1 });
    renderWithI18n(<App source={source} />, { lang: 'en' });
    await screen.findByRole('table');
    await release();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The corpus could not be loaded' })).toBeVisible();
    expect(
      within(alert).getByText(/^Part of the corpus \(texts-001\.en\.json\) could not be read\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Filters' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await release();
    expect(
      await screen.findByRole('button', { name: 'Peskov calls the conversation with al-Sharaa constructive' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
