import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { parseCsv } from '../../../tests/parse/parse-csv.ts';
import { icsValue, parseIcs } from '../../../tests/parse/parse-ics.ts';
import { readBlobBytes, readBlobText } from '../../../tests/read-blob.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { corpusSchema, type Language } from '../../model/corpus-schema.ts';
import { indexEvents } from '../../model/index-events.ts';
import { completeTexts } from '../../model/loaded-corpus.ts';
import { applyFilters, NO_FILTERS, type EventFilters } from '../../model/filter-events.ts';
import { ExportMenu, type ExportMenuProps } from './ExportMenu.tsx';

const corpus = smallCorpus();
const { index, order } = indexEvents(corpus.events);
const texts = completeTexts(Array.from(order, (k) => corpus.events[k]!));

function renderMenu(overrides: Partial<ExportMenuProps> & { filters?: EventFilters } = {}, lang: Language = 'en') {
  const filters = overrides.filters ?? NO_FILTERS;
  const save = vi.fn<(blob: Blob, name: string) => void>();
  const props: ExportMenuProps = {
    corpus,
    index,
    texts,
    shown: applyFilters(index, filters, null).shown,
    window: { from: '2025-01-01', to: '2025-03-01' },
    filters,
    lang,
    timelineShown: false,
    now: () => new Date('2025-04-01T12:00:00Z'),
    save,
    ...overrides,
  };
  renderWithI18n(<ExportMenu {...props} />, { lang });
  return { save, props };
}

async function choose(name: string | RegExp) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: /^Export/ }));
  // The list is fetched when the menu first opens.
  const list = await screen.findByRole('list', { name: 'Export the shown events' });
  await user.click(within(list).getByRole('button', { name }));
  // Each format's code is fetched when first used (a dynamic import): wait until it has run.
  await waitFor(() => expect(screen.getByRole('status')).not.toBeEmptyDOMElement());
  return user;
}

/** A drawn timeline as Timeline.tsx marks it. */
function drawTimeline() {
  const surface = document.createElement('div');
  surface.setAttribute('data-timeline-surface', '');
  surface.innerHTML =
    '<svg width="500" height="40"><path data-event-id="putin-sharaa-call-2025-02-12" data-type="call" d="M0,0"></path></svg>';
  document.body.append(surface);
  return () => surface.remove();
}

describe('ExportMenu', () => {
  test('is a disclosure: the button shows and hides the list, Escape closes it and returns focus', async () => {
    const user = userEvent.setup();
    renderMenu();
    const button = screen.getByRole('button', { name: /^Export/ });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(await screen.findByRole('list', { name: 'Export the shown events' })).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      'Spreadsheet (CSV)',
      'Tarikh corpus file (JSON)',
      'Calendar (iCalendar)',
      'Timeline image (SVG)',
      'Timeline image (PNG)',
    ]);
    await user.tab();
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  test('saves a CSV of the shown events in the period, named after the filters, with a BOM', async () => {
    const { save } = renderMenu({ filters: { ...NO_FILTERS, countries: ['SY', 'RU'] } });
    await choose('Spreadsheet (CSV)');
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toBe('tarikh-RU-SY-2025-01-01_2025-03-01.csv');
    expect([...(await readBlobBytes(blob)).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv((await readBlobText(blob)).slice(1));
    expect(header![0]).toBe('id');
    expect(rows.map((r) => r[0])).toEqual([
      'sharaa-named-transitional-president-2025-01',
      'putin-sharaa-call-2025-02-12',
      'peskov-on-syria-call-2025-02-13',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Saved \u2068tarikh-RU-SY-2025-01-01_2025-03-01.csv\u2069.');
  });

  test('saves a JSON corpus of the shown events that validates and loads back', async () => {
    const { save } = renderMenu({ filters: { ...NO_FILTERS, types: ['call'] } });
    await choose('Tarikh corpus file (JSON)');
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toBe('tarikh-call-2025-01-01_2025-03-01.json');
    const loaded = corpusSchema.parse(JSON.parse(await readBlobText(blob)));
    expect(loaded.events.map((e) => e.id)).toEqual(['putin-sharaa-call-2025-02-12']);
  });

  test('saves a calendar of the day-precision events and says how many were left out', async () => {
    const { save } = renderMenu();
    await choose('Calendar (iCalendar)');
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toBe('tarikh-2025-01-01_2025-03-01.ics');
    const calendar = parseIcs(await readBlobText(blob));
    expect(calendar.components.map((c) => icsValue(c, 'UID'))).toEqual([
      'putin-sharaa-call-2025-02-12@tarikh',
      'peskov-on-syria-call-2025-02-13@tarikh',
    ]);
    expect(icsValue(calendar.components[0]!, 'DTSTAMP')).toBe('20250401T120000Z');
    expect(icsValue(calendar.components[0]!, 'CATEGORIES')).toBe('Phone call');
    expect(icsValue(calendar, 'X-WR-CALDESC')).toMatch(/^1 event dated only to a month or a year is left out/);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved \u2068tarikh-2025-01-01_2025-03-01.ics\u2069. 1 event dated only to a month or a year is left out',
    );
  });

  test('saves the drawn timeline as SVG with the view title, the filters, a legend and the source line', async () => {
    const remove = drawTimeline();
    const { save } = renderMenu({ timelineShown: true, filters: { ...NO_FILTERS, people: ['vladimir-putin'] } });
    await choose('Timeline image (SVG)');
    const [blob, name] = save.mock.calls[0]!;
    expect(name).toBe('tarikh-timeline-vladimir-putin-2025-01-01_2025-03-01.svg');
    const image = new DOMParser().parseFromString(await readBlobText(blob), 'image/svg+xml').documentElement;
    expect(image.querySelector('[data-part="title"]')?.textContent).toBe(
      'Tarikh: timeline, 1 January – 1 March 2025 (Vladimir Putin)',
    );
    expect(image.querySelector('[data-part="source"]')?.textContent).toBe(
      'Source: Tarikh (bundled corpus), from reports by SANA and Kremlin.',
    );
    // One call is drawn: the legend explains it alone.
    expect([...image.querySelectorAll('text[data-part="legend"]')].map((t) => t.textContent)).toEqual(['Phone call']);
    expect(image.querySelector('[data-event-id="putin-sharaa-call-2025-02-12"]')).not.toBeNull();
    remove();
  });

  test('saves a PNG made from the same SVG', async () => {
    const remove = drawTimeline();
    const png = new Blob(['png'], { type: 'image/png' });
    const rasterize = vi.fn(() => Promise.resolve(png));
    const { save } = renderMenu({ timelineShown: true, rasterize, corpusName: 'my-corpus.json' });
    await choose('Timeline image (PNG)');
    expect(rasterize).toHaveBeenCalledWith(
      expect.stringContaining('Source: Tarikh (my-corpus.json)'),
      expect.objectContaining({ width: 500 }),
    );
    expect(save).toHaveBeenCalledWith(png, 'tarikh-timeline-2025-01-01_2025-03-01.png');
    remove();
  });

  test('without the timeline on screen the image exports say why and save nothing', async () => {
    const { save } = renderMenu({ timelineShown: false });
    await choose('Timeline image (PNG)');
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Timeline images need the timeline view.');
  });

  test('with nothing shown there is nothing to export', async () => {
    const { save } = renderMenu({ window: { from: '2030-01-01', to: '2030-02-01' } });
    await choose('Spreadsheet (CSV)');
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('Nothing to export: no events are shown.');
  });

  test('a failed export says so', async () => {
    const remove = drawTimeline();
    renderMenu({ timelineShown: true, rasterize: () => Promise.reject(new Error('no canvas')) });
    await choose('Timeline image (PNG)');
    expect(screen.getByRole('status')).toHaveTextContent('The export failed: no canvas');
    remove();
  });
});
