import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import type { LaneMode, ViewMode } from '../../model/view-state.ts';
import { ViewControls } from './ViewControls.tsx';

function Harness({ onView, onLanes }: { onView: (v: ViewMode) => void; onLanes: (l: LaneMode) => void }) {
  const [view, setView] = useState<ViewMode>('timeline');
  const [lanes, setLanes] = useState<LaneMode>('country');
  return (
    <ViewControls
      view={view}
      lanes={lanes}
      onViewChange={(v) => {
        onView(v);
        setView(v);
      }}
      onLanesChange={(l) => {
        onLanes(l);
        setLanes(l);
      }}
    />
  );
}

describe('ViewControls', () => {
  test('shows the current view as the checked one of a labelled pair of radio buttons', () => {
    renderWithI18n(<ViewControls view="list" lanes="none" onViewChange={() => {}} onLanesChange={() => {}} />, {
      lang: 'en',
    });
    const group = screen.getByRole('group', { name: 'View' });
    expect(within(group).getByRole('radio', { name: 'List' })).toBeChecked();
    expect(within(group).getByRole('radio', { name: 'Timeline' })).not.toBeChecked();
  });

  test('offers the lanes with the timeline only, where they do something', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness onView={() => {}} onLanes={() => {}} />, { lang: 'en' });
    expect(screen.getByRole('combobox', { name: 'Lanes' })).toHaveValue('country');
    await user.click(screen.getByRole('radio', { name: 'List' }));
    expect(screen.queryByRole('combobox', { name: 'Lanes' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Network' }));
    expect(screen.queryByRole('combobox', { name: 'Lanes' })).toBeNull();
  });

  test('switches the view by click and by arrow key', async () => {
    const user = userEvent.setup();
    const onView = vi.fn();
    renderWithI18n(<Harness onView={onView} onLanes={() => {}} />, { lang: 'en' });
    await user.click(screen.getByRole('radio', { name: 'List' }));
    expect(onView).toHaveBeenLastCalledWith('list');
    expect(screen.getByRole('radio', { name: 'List' })).toBeChecked();

    await user.keyboard('{ArrowLeft}');
    expect(onView).toHaveBeenLastCalledWith('timeline');
  });

  test('picks lanes from a labelled select, in Russian', async () => {
    const user = userEvent.setup();
    const onLanes = vi.fn();
    renderWithI18n(<Harness onView={() => {}} onLanes={onLanes} />, { lang: 'ru' });
    const select = screen.getByRole('combobox', { name: 'Дорожки' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['По странам', 'По людям', 'Без дорожек']);
    await user.selectOptions(select, 'По людям');
    expect(onLanes).toHaveBeenLastCalledWith('person');
    expect(select).toHaveValue('person');
  });
});
