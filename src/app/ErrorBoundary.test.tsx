import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';

const broken = { now: true };
function Fragile() {
  if (broken.now) throw new Error('the layout divided by zero');
  return <p>drawn</p>;
}

// React reports every caught error on the console; the tests look at the page instead.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  broken.now = true;
});
afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  test('shows its children while they work', () => {
    broken.now = false;
    renderWithI18n(
      <ErrorBoundary area="timeline" onReset={() => {}}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText('drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('replaces a failing part with a readable message, and the rest of the page keeps working', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    renderWithI18n(
      <>
        <button type="button" onClick={onClick}>
          elsewhere
        </button>
        <ErrorBoundary area="timeline" onReset={() => {}}>
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The timeline could not be shown' })).toBeVisible();
    expect(alert).toHaveTextContent('the layout divided by zero');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(onClick).toHaveBeenCalled();
  });

  test('"Reset the view" resets the view, then draws the part again', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn(() => {
      broken.now = false;
    });
    renderWithI18n(
      <ErrorBoundary area="details" onReset={onReset}>
        <Fragile />
      </ErrorBoundary>,
      { lang: 'ar' },
    );
    expect(screen.getByRole('heading', { name: 'تعذّر عرض تفاصيل الحدث' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'إعادة ضبط العرض' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('drawn')).toBeInTheDocument();
  });
});
