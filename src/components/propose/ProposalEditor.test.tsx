import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { aProposal } from '../../../tests/proposal-fixture.ts';
import type { Proposal } from '../../extract/types.ts';
import { ProposalEditor } from './ProposalEditor.tsx';

const MEETING = aProposal({
  id: 'm',
  type: 'meeting',
  date: { start: null, end: null, precision: null, expression: 'الأسبوع الماضي', rule: null },
  people: [
    { id: 'ayman-safadi', name: 'الصفدي', country: 'JO', role: 'host' },
    { id: 'hakan-fidan', name: 'هاكان فيدان', country: 'TR', role: 'guest' },
  ],
  countries: ['JO', 'TR'],
});
const TEXTS = {
  title: { ar: 'هاكان فيدان يلتقي الصفدي', en: 'Fidan meets Safadi', ru: 'Фидан и Сафади провели встречу' },
  summary: { ar: 'استقبل الصفدي فيدان.', en: 'Safadi received Fidan.', ru: 'Сафади и Фидан провели встречу.' },
};

describe('ProposalEditor', () => {
  test('gives a date by hand, changes a role, leaves a person out and rewrites a title, by labelled fields', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    renderWithI18n(
      <ProposalEditor
        proposal={MEETING}
        number={3}
        texts={TEXTS}
        personLabels={['Ayman Safadi', 'Hakan Fidan']}
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('form', { name: 'Edit proposal 3' })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'The date is known to the' }), 'month');
    await user.type(screen.getByLabelText('Date'), '2025-05');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of Hakan Fidan' }), 'participant');
    await user.click(screen.getByRole('checkbox', { name: 'Leave out Ayman Safadi' }));
    const title = screen.getByRole('textbox', { name: 'Title in English' });
    await user.clear(title);
    await user.type(title, 'Fidan in Amman');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    const [edited, texts] = onSave.mock.calls[0] as [Proposal, typeof TEXTS];
    expect(edited.date).toEqual({
      start: '2025-05-01',
      end: '2025-05-31',
      precision: 'month',
      expression: '',
      rule: 'explicit',
    });
    expect(edited.people.map((p) => `${p.id}:${p.role}`)).toEqual(['hakan-fidan:participant']);
    expect(edited.countries).toEqual(['TR']);
    expect(texts.title.en).toBe('Fidan in Amman');
    expect(texts.title.ar).toBe(TEXTS.title.ar);
  });

  test('writes each language’s title and summary in its own direction', () => {
    renderWithI18n(
      <ProposalEditor
        proposal={MEETING}
        number={1}
        texts={TEXTS}
        personLabels={[]}
        onSave={() => {}}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Title in Arabic' })).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('textbox', { name: 'Summary in Russian' })).toHaveAttribute('lang', 'ru');
  });

  test('cancel leaves the proposal as it was', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn();
    const onCancel = vi.fn();
    renderWithI18n(
      <ProposalEditor
        proposal={MEETING}
        number={1}
        texts={TEXTS}
        personLabels={[]}
        onSave={onSave}
        onCancel={onCancel}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });
});
