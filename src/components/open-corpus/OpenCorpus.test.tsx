import { act, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { smallCorpusText } from '../../../tests/corpus-fixture.ts';
import { readBlobBytes } from '../../../tests/read-blob.ts';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { useCorpusFile } from '../../hooks/use-corpus-file.ts';
import type { Language } from '../../model/corpus-schema.ts';
import { OpenCorpus } from './OpenCorpus.tsx';

/** File names are bidi-isolated in the messages. */
const isolated = (name: string) => `\u2068${name}\u2069`;

function renderOpen(lang: Language = 'en', maxBytes?: number) {
  const onOpen = vi.fn();
  renderWithI18n(<OpenCorpus onOpen={onOpen} maxBytes={maxBytes} />, { lang });
  const label = { ar: 'فتح ملف مدونة…', en: 'Open a corpus file…', ru: 'Открыть корпус…' }[lang];
  return { onOpen, input: screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' }) };
}

beforeAll(() => {
  // jsdom's File has no text(); a browser's decodes UTF-8 and drops a byte-order mark, as this does.
  File.prototype.text ??= async function (this: File) {
    return new TextDecoder().decode(await readBlobBytes(this));
  };
});

const corpusFile = (text = smallCorpusText(), name = 'mine.json') =>
  new File([text], name, { type: 'application/json' });

describe('OpenCorpus', () => {
  test('is a labelled button that says the file stays on this computer, and opens the file chooser', async () => {
    const user = userEvent.setup();
    const { input } = renderOpen();
    const button = screen.getByRole('button', { name: 'Open a corpus file…' });
    expect(button).toHaveAccessibleDescription(/read in this browser only and never uploaded/);
    const click = vi.spyOn(input, 'click');
    await user.click(button);
    expect(click).toHaveBeenCalled();
    expect(input).toHaveAttribute('accept', '.json,application/json');
  });

  test('hands a valid corpus to the app and says what was opened', async () => {
    const user = userEvent.setup();
    const { onOpen, input } = renderOpen();
    await user.upload(input, corpusFile());
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![1]).toBe('mine.json');
    expect(onOpen.mock.calls[0]![0].events).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent(`Opened ${isolated('mine.json')}: 3 events.`);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('lists where a file departs from the format, keeps the open corpus, and can be dismissed', async () => {
    const user = userEvent.setup();
    const { onOpen, input } = renderOpen();
    const broken = JSON.parse(smallCorpusText()) as { events: { date: { start: string } }[] };
    broken.events[1]!.date.start = '2025-02-30';
    await user.upload(input, corpusFile(JSON.stringify(broken), 'broken.json'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      `${isolated('broken.json')} could not be opened. The corpus that was open stays open.`,
    );
    expect(alert).toHaveTextContent('The file is JSON but not in the Tarikh corpus format.');
    expect(alert).toHaveTextContent('2 problems:');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'events[1].date.start: must be a real calendar date written YYYY-MM-DD',
      'events[1].date: start "2025-02-30" is not a real calendar date',
    ]);
    expect(onOpen).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('says when a file is not JSON, with the parser’s own words', async () => {
    const user = userEvent.setup();
    const { input } = renderOpen();
    await user.upload(input, corpusFile('not json', 'notes.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is not valid JSON.');
    expect(alert).toHaveTextContent('Technical details:');
  });

  test('refuses a file over the limit, naming both sizes in the UI language', async () => {
    const user = userEvent.setup();
    const { onOpen, input } = renderOpen('ru', 1_000_000);
    await user.upload(input, corpusFile('x'.repeat(2_500_000), 'big.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('2,5 МБ');
    expect(onOpen).not.toHaveBeenCalled();
  });

  test('opens a file dropped anywhere on the page, showing a drop target while dragging', async () => {
    const { onOpen } = renderOpen();
    const dataTransfer = {
      types: ['Files'],
      files: [corpusFile(), corpusFile('{}', 'other.json')],
      dropEffect: 'none',
    };
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(screen.getByText('Drop the corpus file to open it')).toBeInTheDocument();
    const over = fireEvent.dragOver(document.body, { dataTransfer });
    expect(over).toBe(false);
    await act(async () => {
      fireEvent.drop(document.body, { dataTransfer });
    });
    expect(screen.queryByText('Drop the corpus file to open it')).not.toBeInTheDocument();
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(expect.anything(), 'mine.json'));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Several files were dropped: only ${isolated('mine.json')} is opened.`,
    );
  });

  test('ignores drags that carry no files, such as selected text', () => {
    renderOpen();
    const dataTransfer = { types: ['text/plain'], files: [] };
    fireEvent.dragEnter(document.body, { dataTransfer });
    expect(screen.queryByText('Drop the corpus file to open it')).not.toBeInTheDocument();
    expect(fireEvent.dragOver(document.body, { dataTransfer })).toBe(true);
  });

  test('a file chosen while another is still read wins: the earlier one is dropped', async () => {
    let finishSlow: (text: string) => void = () => {};
    const slow = { name: 'slow.json', size: 10, text: () => new Promise<string>((resolve) => (finishSlow = resolve)) };
    const onOpen = vi.fn();
    const { result } = renderHook(() => useCorpusFile(onOpen));
    act(() => result.current.open(slow as File));
    act(() => result.current.open(corpusFile()));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith(expect.anything(), 'mine.json'));
    await act(async () => finishSlow(smallCorpusText()));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(result.current.state).toMatchObject({ status: 'ready', fileName: 'mine.json' });
  });
});
