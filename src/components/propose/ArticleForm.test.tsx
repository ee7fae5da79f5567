import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import { detectLanguage } from '../../extract/detect-language.ts';
import { ArticleForm, type ArticleDraft } from './ArticleForm.tsx';

function Harness({ onSubmit, onOpenFile }: { onSubmit: (a: ArticleDraft) => void; onOpenFile?: (f: File) => void }) {
  const [article, setArticle] = useState<ArticleDraft>({ text: '', language: null, published: '' });
  return (
    <ArticleForm
      article={article}
      detected={detectLanguage(article.text)}
      onChange={(change) => setArticle((a) => ({ ...a, ...change }))}
      onOpenFile={onOpenFile ?? (() => {})}
      fileMessage={null}
      busy={false}
      onSubmit={() => onSubmit(article)}
    />
  );
}

describe('ArticleForm', () => {
  test('takes the text, says the language it detects, and the publication date', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    renderWithI18n(<Harness onSubmit={onSubmit} />);
    const text = screen.getByRole('textbox', { name: 'Article text' });
    await user.click(text);
    await user.paste('Вчера в Анкаре президент Турции принял министра.');
    expect(screen.getByRole('combobox', { name: 'Language of the article' })).toHaveDisplayValue('Russian (detected)');
    expect(text).toHaveAttribute('lang', 'ru');
    await user.type(screen.getByLabelText('Publication date'), '2025-01-30');
    await user.click(screen.getByRole('button', { name: 'Propose events' }));
    expect(onSubmit).toHaveBeenCalledWith({
      text: 'Вчера в Анкаре президент Турции принял министра.',
      language: null,
      published: '2025-01-30',
    });
  });

  test('keeps Arabic text right to left whatever the page’s language', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness onSubmit={() => {}} />);
    const text = screen.getByRole('textbox', { name: 'Article text' });
    await user.click(text);
    await user.paste('التقى الوزير نظيره');
    expect(text).toHaveAttribute('dir', 'auto');
    expect(text).toHaveAttribute('lang', 'ar');
  });

  test('opens a file through its labelled button', async () => {
    const user = userEvent.setup();
    const onOpenFile = vi.fn();
    renderWithI18n(<Harness onSubmit={() => {}} onOpenFile={onOpenFile} />);
    const file = new File(['نص'], 'article.md', { type: 'text/markdown' });
    await user.upload(screen.getByLabelText('Open a file…', { selector: 'input' }), file);
    expect(onOpenFile).toHaveBeenCalledWith(file);
  });
});
