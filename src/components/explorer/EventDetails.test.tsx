import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { Corpus } from '../../model/corpus-schema.ts';
import { indexEvents } from '../../model/index-events.ts';
import { completeTexts } from '../../model/loaded-corpus.ts';
import { smallCorpus } from '../../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { EventDetails } from './EventDetails.tsx';

const MILESTONE = 'sharaa-named-transitional-president-2025-01';
const CALL = 'putin-sharaa-call-2025-02-12';
const STATEMENT = 'peskov-on-syria-call-2025-02-13';

/** The corpus laid out, with every event's texts in: the details as a corpus loaded whole shows them. */
function laidOut(corpus: Corpus) {
  const { index, order } = indexEvents(corpus.events);
  const events = Array.from(order, (k) => corpus.events[k]!);
  return { index, events, texts: completeTexts(events) };
}

/** The panel as the app wires it: opened by a button, walking the events in time order. */
function Harness({ corpus = smallCorpus(), open }: { corpus?: Corpus; open: string }) {
  const [{ index: eventIndex, events, texts }] = useState(() => laidOut(corpus));
  const [selected, setSelected] = useState<string | null>(null);
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const index = events.findIndex((e) => e.id === selected);
  const event = events[index];
  const previous = events[index - 1];
  const next = events[index + 1];
  return (
    <>
      <button
        type="button"
        onClick={(e) => {
          setOpener(e.currentTarget);
          setSelected(open);
        }}
      >
        Open details
      </button>
      <button type="button">Elsewhere</button>
      {event && (
        <EventDetails
          index={eventIndex}
          texts={texts}
          selected={index}
          corpus={corpus}
          onClose={() => setSelected(null)}
          onPrevious={previous && (() => setSelected(previous.id))}
          onNext={next && (() => setSelected(next.id))}
          position={{ index, total: events.length }}
          onSelectRelated={setSelected}
          opener={opener}
        />
      )}
    </>
  );
}

async function openDetails(ui: React.ReactElement, lang: 'ar' | 'en' | 'ru' = 'en') {
  const user = userEvent.setup();
  renderWithI18n(ui, { lang });
  await user.click(screen.getByRole('button', { name: 'Open details' }));
  return user;
}

describe('EventDetails', () => {
  test('is a dialog named by its title, which takes focus when it opens', async () => {
    await openDetails(<Harness open={CALL} />);
    const dialog = screen.getByRole('dialog', { name: 'Putin calls al-Sharaa' });
    expect(within(dialog).getByRole('heading', { level: 2, name: 'Putin calls al-Sharaa' })).toHaveFocus();
  });

  test('shows the type, the date with how it was worked out, the place, the people and the summary', async () => {
    await openDetails(<Harness open={MILESTONE} />);
    const dialog = screen.getByRole('dialog', { name: 'Al-Sharaa named president for the transitional period' });
    expect(within(dialog).getByText('Milestone')).toBeInTheDocument();
    expect(within(dialog).getByText('January 2025')).toHaveAttribute('datetime', '2025-01');
    const expression = within(dialog).getByText('الشهر الماضي');
    // Quoted in the UI's marks; the words keep their own language and direction.
    expect(expression.parentElement!.tagName).toBe('Q');
    expect(expression).toHaveAttribute('lang', 'ar');
    expect(expression).toHaveAttribute('dir', 'rtl');
    expect(
      within(dialog).getByText('resolved from the article of 13 February 2025 (previous month)', { exact: false }),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('Damascus')).toBeInTheDocument();
    expect(
      within(within(dialog).getByRole('list', { name: 'Participants' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ahmed al-Sharaa (subject, Syria)']);
    expect(within(dialog).getByText(/^Ahmed al-Sharaa is declared president of Syria/)).toBeInTheDocument();
  });

  test('quotes each source in its article’s language and direction, with attribution, title, outlet and date', async () => {
    await openDetails(<Harness open={CALL} />);
    const sources = within(screen.getByRole('dialog')).getByRole('region', { name: 'Sources' });
    const arabic = within(sources)
      .getByText(/^تلقى الرئيس أحمد الشرع/)
      .closest('blockquote');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    const russian = within(sources)
      .getByText(/^Состоялся телефонный разговор/)
      .closest('blockquote');
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(russian).toHaveAttribute('dir', 'ltr');
    expect(within(sources).getByText('— Syrian Presidency, SANA, 12 February 2025')).toBeInTheDocument();
    expect(within(sources).getByText('الرئيس الشرع يتلقى اتصالاً هاتفياً من الرئيس الروسي بوتين')).toBeInTheDocument();
  });

  test('links each source to its article in a new tab, else to its outlet’s site, and to nothing but the web', async () => {
    const corpus = smallCorpus();
    const sana = corpus.articles.find((a) => a.id === 'sana-2025-02-12-putin-sharaa-call')!;
    sana.url = 'javascript:alert(1)';
    await openDetails(<Harness corpus={corpus} open={CALL} />);
    const links = within(screen.getByRole('dialog')).getAllByRole('link');
    expect(links).toHaveLength(2);
    const [outletSite, kremlin] = links as [HTMLElement, HTMLElement];
    // SANA's article has no usable address: the title is not a link, the outlet's site is.
    expect(screen.getByText(sana.title).closest('a')).toBeNull();
    expect(outletSite).toHaveAccessibleName('SANA’s website (opens in a new tab)');
    expect(outletSite).toHaveAttribute('href', 'https://sana.sy/');
    expect(kremlin).toHaveAccessibleName(/^Телефонный разговор .* \(opens in a new tab\)$/);
    expect(kremlin).toHaveAttribute('href', 'http://kremlin.ru/events/president/news/76256');
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  test('walks the events in time order with previous and next, disabled at the ends', async () => {
    const user = await openDetails(<Harness open={MILESTONE} />);
    const previous = screen.getByRole('button', { name: 'Previous event' });
    const next = screen.getByRole('button', { name: 'Next event' });
    expect(screen.getByText('1 of 3')).toBeInTheDocument();
    expect(previous).toBeDisabled();

    await user.click(next);
    expect(screen.getByRole('dialog', { name: 'Putin calls al-Sharaa' })).toBeInTheDocument();
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    expect(previous).toBeEnabled();
    // Focus stays on Next, so that a keyboard user can keep going.
    expect(next).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(
      screen.getByRole('dialog', { name: 'Peskov calls the conversation with al-Sharaa constructive' }),
    ).toBeVisible();
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    expect(next).toBeDisabled();
    // A disabled button cannot hold focus: it goes to the title rather than being lost.
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();

    await user.click(previous);
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
  });

  test('Escape closes it and focus returns to the control that opened it', async () => {
    const user = await openDetails(<Harness open={CALL} />);
    await user.tab();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open details' })).toHaveFocus();
  });

  test('the close button closes it and focus returns to the opener', async () => {
    const user = await openDetails(<Harness open={CALL} />);
    await user.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open details' })).toHaveFocus();
  });

  test('Escape outside the panel does not close it: the dialog is not modal', async () => {
    const user = await openDetails(<Harness open={CALL} />);
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  test('lists related events both ways, and selects one when its title is activated', async () => {
    const user = await openDetails(<Harness open={STATEMENT} />);
    const related = screen.getByRole('region', { name: 'Related events' });
    await user.click(within(related).getByRole('button', { name: 'Putin calls al-Sharaa' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Putin calls al-Sharaa' })).toHaveFocus();
    // The call names no related event, but the statement about it names the call.
    const back = screen.getByRole('region', { name: 'Related events' });
    expect(
      within(back).getByRole('button', { name: 'Peskov calls the conversation with al-Sharaa constructive' }),
    ).toBeVisible();
  });

  test('calls onSelectRelated with the related event’s id', async () => {
    const user = userEvent.setup();
    const onSelectRelated = vi.fn();
    const corpus = smallCorpus();
    const { index, texts } = laidOut(corpus);
    renderWithI18n(
      <EventDetails
        index={index}
        texts={texts}
        selected={index.ids.positionOf(STATEMENT)!}
        corpus={corpus}
        onClose={() => {}}
        position={{ index: 2, total: 3 }}
        onSelectRelated={onSelectRelated}
      />,
      { lang: 'en' },
    );
    await user.click(screen.getByRole('button', { name: 'Putin calls al-Sharaa' }));
    expect(onSelectRelated).toHaveBeenCalledWith(CALL);
  });

  test('omits related events when there are none', async () => {
    await openDetails(<Harness open={MILESTONE} />);
    expect(screen.queryByRole('region', { name: 'Related events' })).toBeNull();
  });

  test('reads in Arabic, with the Russian quote left to right', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness open={CALL} />, { lang: 'ar' });
    await user.click(screen.getByRole('button', { name: 'Open details' }));
    const dialog = screen.getByRole('dialog', { name: 'بوتين يتصل بالشرع' });
    expect(within(dialog).getByText('2 من 3')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'الحدث التالي' })).toBeEnabled();
    const russian = within(dialog)
      .getByText(/^Состоялся телефонный разговор/)
      .closest('blockquote');
    expect(russian).toHaveAttribute('dir', 'ltr');
  });
});
