import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import type { IgnoredParam } from '../model/view-state.ts';
import { parseViewState } from '../model/view-state.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { LinkNotice } from './LinkNotice.tsx';

// The notice wraps each value in bidi isolates (U+2068 … U+2069), invisible on screen.
const lineTexts = () =>
  within(screen.getByRole('status'))
    .queryAllByRole('listitem')
    .map((item) => (item.textContent ?? '').replace(/[\u2068\u2069]/g, ''));

describe('LinkNotice', () => {
  test('says in one line per item what part of the link was ignored and why', () => {
    const { ignored } = parseViewState('?from=2025-13-45&type=call,party&lanes=diagonal&utm_source=x');
    renderWithI18n(<LinkNotice ignored={ignored} />);
    expect(within(screen.getByRole('status')).getByText('Part of this link could not be used:')).toBeVisible();
    expect(lineTexts()).toEqual([
      'Ignored “utm_source=x”: not a setting this page knows.',
      'Ignored “type=party”: not one of the accepted values.',
      'Ignored “from=2025-13-45”: not a real date.',
      'Ignored “lanes=diagonal”: not one of the accepted values.',
    ]);
  });

  test('is a status, not an alert', () => {
    renderWithI18n(<LinkNotice ignored={[{ param: 'view', value: 'map', reason: 'unknown-value' }]} />);
    expect(screen.getByRole('status')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('shows nothing when nothing was ignored', () => {
    renderWithI18n(<LinkNotice ignored={[]} />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  test('the close button has a name, hides the notice and calls onDismiss', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    renderWithI18n(
      <LinkNotice ignored={[{ param: 'lanes', value: 'diagonal', reason: 'unknown-value' }]} onDismiss={onDismiss} />,
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss the notice about the link' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  test('a new, different report shows again after a dismissal, the same one does not', async () => {
    const user = userEvent.setup();
    const first: IgnoredParam[] = [{ param: 'lanes', value: 'diagonal', reason: 'unknown-value' }];
    const second: IgnoredParam[] = [{ param: 'person', value: 'nobody', reason: 'unknown-person' }];
    function Reports() {
      const [ignored, setIgnored] = useState(first);
      return (
        <>
          <button onClick={() => setIgnored([...first])}>same again</button>
          <button onClick={() => setIgnored(second)}>another</button>
          <LinkNotice ignored={ignored} />
        </>
      );
    }
    renderWithI18n(<Reports />);
    await user.click(screen.getByRole('button', { name: 'Dismiss the notice about the link' }));
    await user.click(screen.getByRole('button', { name: 'same again' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'another' }));
    expect(lineTexts()).toEqual(['Ignored “person=nobody”: no such person in the corpus.']);
  });

  test('markup in a value is shown as text, never parsed', () => {
    const { ignored } = parseViewState('?view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    const { container } = renderWithI18n(<LinkNotice ignored={ignored} />);
    expect(container.querySelector('img')).toBeNull();
    expect(lineTexts()).toEqual(['Ignored “view=<img src=x onerror=alert(1)>”: not one of the accepted values.']);
  });

  test('cuts long values to about 60 characters', () => {
    const { ignored } = parseViewState(`?q=${'a'.repeat(10_000)}`);
    renderWithI18n(<LinkNotice ignored={ignored} />);
    const [line] = lineTexts();
    expect(line).toBe(`Ignored “q=${'a'.repeat(57)}…”: too long; only the first part is used.`);
  });

  test('shows control and bidi-override characters as replacement marks', () => {
    renderWithI18n(<LinkNotice ignored={[{ param: 'q', value: 'a\u202Eb\nc', reason: 'too-long' }]} />);
    expect(lineTexts()).toEqual(['Ignored “q=a\uFFFDb\uFFFDc”: too long; only the first part is used.']);
  });

  test('lists the first ten and counts the rest', () => {
    const ignored = Array.from({ length: 25 }, (_, i) => ({
      param: `x${i}`,
      value: '',
      reason: 'unknown-parameter' as const,
    }));
    renderWithI18n(<LinkNotice ignored={ignored} />);
    expect(lineTexts()).toHaveLength(10);
    expect(screen.getByText('…and 15 more.')).toBeVisible();
  });

  test('speaks Russian, with its plural forms', () => {
    const ignored = Array.from({ length: 15 }, () => ({
      param: 'from',
      value: '2025-02-30',
      reason: 'malformed-date' as const,
    }));
    renderWithI18n(<LinkNotice ignored={ignored} />, { lang: 'ru' });
    expect(lineTexts()[0]).toBe('Пропущено «from=2025-02-30»: такой даты не существует.');
    expect(screen.getByText('…и ещё 5 пунктов.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Закрыть уведомление о ссылке' })).toBeVisible();
  });

  test('speaks Arabic, keeping the parameter left to right inside the sentence', () => {
    const ignored = Array.from({ length: 12 }, () => ({
      param: 'country',
      value: 'ZZ',
      reason: 'unknown-country' as const,
    }));
    renderWithI18n(<LinkNotice ignored={ignored} />, { lang: 'ar' });
    const [first] = within(screen.getByRole('status')).getAllByRole('listitem');
    expect(first).toHaveTextContent('تم تجاهل «\u2068country=ZZ\u2069»: لا توجد هذه الدولة في المدونة.');
    expect(screen.getByText('…وبندان آخران.')).toBeVisible();
  });
});
