import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';

/** Puts `clipboard` on navigator; userEvent.setup() installs its own, so call this after it. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(window.navigator, 'clipboard', { value: clipboard, configurable: true, writable: true });
}

describe('CopyLinkButton', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = () => userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });

  test('copies the page URL, the whole view, and says so for a few seconds', async () => {
    const user = setup();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard({ writeText });
    renderWithI18n(<CopyLinkButton />);
    window.history.replaceState(null, '', '/?lang=en&country=RU,SY&view=list');

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(window.location.href).toMatch(/\/\?lang=en&country=RU,SY&view=list$/);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied');
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  test('the confirmation is a polite live region that is there before anything is copied', () => {
    renderWithI18n(<CopyLinkButton />);
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('without a clipboard API it shows the link selected, with a hint to copy it by hand', async () => {
    const user = setup();
    stubClipboard(undefined);
    renderWithI18n(<CopyLinkButton />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    const field = await screen.findByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(window.location.href);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect((field as HTMLInputElement).selectionStart).toBe(0);
    expect((field as HTMLInputElement).selectionEnd).toBe(window.location.href.length);
    expect(field).toHaveAccessibleDescription(/press Ctrl\+C/);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  test('when the clipboard refuses it falls back to the selected field', async () => {
    const user = setup();
    stubClipboard({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    renderWithI18n(<CopyLinkButton />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));

    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(window.location.href);
    expect(screen.getByText(/Could not copy automatically/)).toBeVisible();
  });

  test('shows its note beside the button', () => {
    renderWithI18n(<CopyLinkButton note="The timeline position is included." />);
    expect(screen.getByText('The timeline position is included.')).toBeVisible();
  });

  test.each([
    ['ru', 'Копировать ссылку', 'Ссылка скопирована'],
    ['ar', 'نسخ الرابط', 'تم نسخ الرابط'],
  ] as const)('speaks %s', async (lang, button, copied) => {
    const user = setup();
    stubClipboard({ writeText: () => Promise.resolve() });
    renderWithI18n(<CopyLinkButton />, { lang });
    await user.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByRole('status')).toHaveTextContent(copied);
  });
});
