import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { NewPeopleForm } from './NewPeopleForm.tsx';

const FUAD = {
  key: 'new:فؤاد حسين',
  written: 'فؤاد حسين',
  names: {
    full: { ar: 'فؤاد حسين', en: 'Fuad Hsin', ru: 'Фуад Хсин' },
    short: { ar: 'فؤاد حسين', en: 'Fuad Hsin', ru: 'Фуад Хсин' },
    guessed: ['en', 'ru'] as ('en' | 'ru')[],
  },
};

describe('NewPeopleForm', () => {
  test('marks names guessed by transliteration, and a name the editor writes is no longer a guess', async () => {
    const user = userEvent.setup();
    const onRename = vi.fn();
    renderWithI18n(<NewPeopleForm people={[FUAD]} onRename={onRename} />);
    const english = screen.getByRole('textbox', { name: 'Name of فؤاد حسين in English (guessed)' });
    expect(english).toHaveValue('Fuad Hsin');
    expect(screen.getByRole('textbox', { name: 'Name of فؤاد حسين in Arabic' })).toHaveAttribute('dir', 'rtl');
    await user.type(english, 'e');
    expect(onRename).toHaveBeenLastCalledWith('new:فؤاد حسين', {
      full: { ar: 'فؤاد حسين', en: 'Fuad Hsine', ru: 'Фуад Хсин' },
      short: { ar: 'فؤاد حسين', en: 'Fuad Hsine', ru: 'Фуад Хсин' },
      guessed: ['ru'],
    });
  });

  test('shows nothing when everyone is in the gazetteer', () => {
    const { container } = renderWithI18n(<NewPeopleForm people={[]} onRename={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
