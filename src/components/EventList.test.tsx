import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { smallCorpus } from '../../tests/corpus-fixture.ts';
import { renderWithI18n } from '../../tests/render-with-i18n.tsx';
import { EventList } from './EventList.tsx';

function card(name: string): HTMLElement {
  return screen.getByRole('article', { name });
}

describe('EventList in English', () => {
  test('lists every event in date order inside a named ordered list', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const list = screen.getByRole('list', { name: 'Events' });
    expect(list.tagName).toBe('OL');
    const titles = within(list)
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
    expect(titles).toEqual([
      'Al-Sharaa named president for the transitional period',
      'Putin calls al-Sharaa',
      'Peskov calls the conversation with al-Sharaa constructive',
    ]);
  });

  test('shows each date at its precision, with its type', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const milestone = card('Al-Sharaa named president for the transitional period');
    expect(within(milestone).getByText('January 2025')).toHaveAttribute('datetime', '2025-01');
    expect(within(milestone).getByText('Milestone')).toBeInTheDocument();
    const call = card('Putin calls al-Sharaa');
    expect(within(call).getByText('12 February 2025')).toHaveAttribute('datetime', '2025-02-12');
    expect(within(call).getByText('Phone call')).toBeInTheDocument();
    expect(
      within(card('Peskov calls the conversation with al-Sharaa constructive')).getByText('Statement'),
    ).toBeInTheDocument();
  });

  test('gives each event type its own icon shape, so type does not rest on colour', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const shapes = ['call', 'statement', 'milestone'].map(
      (type) => document.querySelector(`svg[data-event-type="${type}"]`)?.innerHTML,
    );
    expect(shapes.every((shape) => shape)).toBe(true);
    expect(new Set(shapes).size).toBe(3);
  });

  test('names participants with their role and country, or the country alone', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const call = within(card('Putin calls al-Sharaa')).getByRole('list', { name: 'Participants' });
    expect(
      within(call)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Vladimir Putin (caller, Russia)', 'Ahmed al-Sharaa (recipient, Syria)']);
    const statement = card('Peskov calls the conversation with al-Sharaa constructive');
    expect(within(statement).getByText('Syria (subject)')).toBeInTheDocument();
  });

  test('quotes each source in its own language and direction, attributed in the UI language', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const call = card('Putin calls al-Sharaa');
    const arabic = within(call)
      .getByText(/^تلقى الرئيس أحمد الشرع/)
      .closest('blockquote');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    const russian = within(call)
      .getByText(/^Состоялся телефонный разговор/)
      .closest('blockquote');
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(russian).toHaveAttribute('dir', 'ltr');
    expect(within(call).getByText('— Syrian Presidency, SANA, 12 February 2025')).toBeInTheDocument();
    expect(within(call).getByRole('link', { name: /Телефонный разговор/ })).toHaveAttribute(
      'href',
      'http://kremlin.ru/events/president/news/76256',
    );
  });

  test('names an outlet once when it is also the attribution', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const milestone = card('Al-Sharaa named president for the transitional period');
    expect(within(milestone).getByText('— Al Jazeera, 13 February 2025')).toBeInTheDocument();
  });

  test('explains a date resolved from a relative expression, quoting it in its own language', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'en' });
    const milestone = card('Al-Sharaa named president for the transitional period');
    const expression = within(milestone).getByText('الشهر الماضي');
    expect(expression.tagName).toBe('Q');
    expect(expression).toHaveAttribute('lang', 'ar');
    expect(expression).toHaveAttribute('dir', 'rtl');
    expect(
      within(milestone).getByText('resolved from the article of 13 February 2025 (previous month)', { exact: false }),
    ).toBeInTheDocument();
    expect(within(card('Putin calls al-Sharaa')).queryByText(/resolved from/)).toBeNull();
  });

  test('says when a date is ambiguous, with its other readings', () => {
    const corpus = smallCorpus();
    const statement = corpus.events.find((e) => e.type === 'statement');
    if (!statement) throw new Error('fixture has a statement');
    statement.date.readings = [{ start: '2025-02-06', end: '2025-02-06', precision: 'day', anchor: '2025-02-07' }];
    renderWithI18n(<EventList corpus={corpus} />, { lang: 'en' });
    expect(screen.getByText('ambiguous — also possible: 6 February 2025')).toBeInTheDocument();
  });

  test('shows a range as both bounds and says that the day within it is unknown', () => {
    const corpus = smallCorpus();
    const call = corpus.events.find((e) => e.type === 'call');
    if (!call) throw new Error('fixture has a call');
    call.date = { start: '2025-02-12', end: '2025-02-13', precision: 'day', range: true, rule: 'explicit' };
    renderWithI18n(<EventList corpus={corpus} />, { lang: 'en' });
    const article = card('Putin calls al-Sharaa');
    expect(within(article).getByText('12–13 February 2025')).toBeInTheDocument();
    expect(within(article).getByText('the exact day is unknown: some day in this range')).toBeInTheDocument();
  });

  test('says so when the corpus has no events', () => {
    renderWithI18n(<EventList corpus={{ ...smallCorpus(), events: [] }} />, { lang: 'en' });
    expect(screen.getByText('The corpus has no events yet.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Events' })).toBeNull();
  });
});

describe('EventList in Arabic', () => {
  test('shows titles, dates, types and participants in Arabic, quotes in their own languages', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'ar' });
    expect(screen.getByRole('list', { name: 'الأحداث' })).toBeInTheDocument();
    const milestone = card('تعيين الشرع رئيساً للمرحلة الانتقالية');
    expect(within(milestone).getByText('يناير 2025')).toBeInTheDocument();
    expect(within(milestone).getByText('محطة')).toBeInTheDocument();
    expect(
      within(milestone).getByText('استُنتج التاريخ من مقال بتاريخ 13 فبراير 2025 (الشهر السابق)', { exact: false }),
    ).toBeInTheDocument();
    const call = card('بوتين يتصل بالشرع');
    expect(within(call).getByText('12 فبراير 2025')).toBeInTheDocument();
    expect(within(call).getByText('اتصال هاتفي')).toBeInTheDocument();
    expect(within(call).getByText('فلاديمير بوتين (المتصل، روسيا)')).toBeInTheDocument();
    const russian = within(call)
      .getByText(/^Состоялся телефонный разговор/)
      .closest('blockquote');
    expect(russian).toHaveAttribute('lang', 'ru');
    expect(russian).toHaveAttribute('dir', 'ltr');
  });
});

describe('EventList in Russian', () => {
  test('shows titles, nominative month names, types and participants in Russian', () => {
    renderWithI18n(<EventList corpus={smallCorpus()} />, { lang: 'ru' });
    expect(screen.getByRole('list', { name: 'События' })).toBeInTheDocument();
    const milestone = card('Аш-Шараа назначен президентом на переходный период');
    expect(within(milestone).getByText('январь 2025')).toBeInTheDocument();
    expect(within(milestone).getByText('Веха')).toBeInTheDocument();
    const call = card('Путин звонит аш-Шараа');
    expect(within(call).getByText('12 февраля 2025')).toBeInTheDocument();
    expect(within(call).getByText('Телефонный разговор')).toBeInTheDocument();
    expect(within(call).getByText('Владимир Путин (звонивший, Россия)')).toBeInTheDocument();
    const arabic = within(call)
      .getByText(/^تلقى الرئيس/)
      .closest('blockquote');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(
      within(card('Песков назвал разговор с аш-Шараа конструктивным')).getByText('Сирия (затронутая сторона)'),
    ).toBeInTheDocument();
  });
});
