import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { Explorer } from './Explorer.tsx';
import { loadedFromCorpus } from '../model/loaded-corpus.ts';

// The timeline fails until the view is reset: as a bug in its drawing would.
const timeline = vi.hoisted(() => ({ broken: true }));
vi.mock('../components/timeline/Timeline.tsx', () => ({
  Timeline: () => {
    if (timeline.broken) throw new Error('cannot draw this window');
    return <p>the timeline</p>;
  },
}));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  timeline.broken = true;
});
afterEach(() => vi.restoreAllMocks());

describe('Explorer, when the timeline fails', () => {
  test('shows why in its place, keeps the filters and the list working, and resets the window', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?lang=en&from=2025-02-01&to=2025-02-10');
    renderWithI18n(<Explorer corpus={loadedFromCorpus(smallCorpus())} lang="en" />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The timeline could not be shown' })).toBeVisible();

    // The filters still work, and so does the list.
    await user.click(screen.getByRole('checkbox', { name: /^Statement/ }));
    expect(new URLSearchParams(window.location.search).get('type')).toBe('statement');
    await user.click(screen.getByRole('radio', { name: 'List' }));
    // The link's window holds no statement: the list says so, and which window it holds.
    expect(await screen.findByText('No event matches the filters.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all dates' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Timeline' }));

    timeline.broken = false;
    await user.click(screen.getByRole('button', { name: 'Reset the view' }));
    expect(screen.getByText('the timeline')).toBeInTheDocument();
    // The window the timeline could not draw is gone from the link; the filter stays.
    const params = new URLSearchParams(window.location.search);
    expect(params.get('from')).toBeNull();
    expect(params.get('type')).toBe('statement');
  });
});
