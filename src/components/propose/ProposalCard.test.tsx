import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/render-with-i18n.tsx';
import type { Decision } from '../../extract/review.ts';
import { aProposal } from '../../../tests/proposal-fixture.ts';
import type { Proposal } from '../../extract/types.ts';
import { ProposalCard } from './ProposalCard.tsx';

const CALL = aProposal({
  people: [
    { id: 'vladimir-putin', name: 'فلاديمير بوتين', country: 'RU', role: 'caller' },
    { id: null, name: 'فؤاد حسين', country: 'IQ', role: 'recipient', office: 'foreign-minister' },
  ],
  countries: ['RU', 'IQ'],
  why: [
    { code: 'trigger', values: { kind: 'call', words: 'اتصالاً هاتفياً', rule: 'ar.call.noun' } },
    { code: 'date', values: { expression: 'الأربعاء', date: '2025-02-12', rule: 'weekday', anchor: '2025-02-13' } },
  ],
});

const NAMES = {
  'vladimir-putin': {
    full: { ar: 'فلاديمير بوتين', en: 'Vladimir Putin', ru: 'Владимир Путин' },
    short: { ar: 'بوتين', en: 'Putin', ru: 'Путин' },
    guessed: [],
  },
};

function Harness({ proposal = CALL, onDecide }: { proposal?: Proposal; onDecide?: (d: Decision) => void }) {
  const [decision, setDecision] = useState<Decision>('open');
  return (
    <ProposalCard
      proposal={proposal}
      number={1}
      title="Putin and Fuad Hsin speak by phone"
      decision={decision}
      names={NAMES}
      articleLanguage="ar"
      active={false}
      onShowInText={() => {}}
      onDecide={(_, d) => {
        onDecide?.(d);
        setDecision(d);
      }}
      editing={false}
      onEdit={() => {}}
    />
  );
}

describe('ProposalCard', () => {
  test('says what, when, who and why, with the quote in the article’s language', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness />);
    const card = screen.getByRole('article', { name: '1. Putin and Fuad Hsin speak by phone' });
    expect(within(card).getByText('Phone call')).toBeInTheDocument();
    expect(within(card).getByText('12 February 2025')).toHaveAttribute('dateTime', '2025-02-12');
    expect(card).toHaveTextContent('(weekday)');
    expect(card).toHaveTextContent('Vladimir Putin (فلاديمير بوتين) — caller, Russia');
    expect(within(card).getByText('not in the gazetteer')).toBeInTheDocument();
    expect(within(card).getByText(CALL.quote.text)).toHaveAttribute('lang', 'ar');
    expect(card).not.toHaveTextContent('counted from');
    await user.click(within(card).getByText('Why the assistant proposes it'));
    expect(card).toHaveTextContent('Date: «الأربعاء» is 2025-02-12 by the rule “weekday”, counted from 2025-02-13.');
  });

  test('accepts and rejects by keyboard, each decision a pressed button that can be undone', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    renderWithI18n(<Harness onDecide={onDecide} />);
    const decisions = screen.getByRole('group', { name: 'Decision on proposal 1' });
    const accept = within(decisions).getByRole('button', { name: 'Accept' });
    await user.tab();
    while (document.activeElement !== accept) await user.tab();
    await user.keyboard('{Enter}');
    expect(accept).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Accepted')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(accept).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(decisions).getByRole('button', { name: 'Reject' }));
    expect(onDecide.mock.calls.map(([d]) => d)).toEqual(['accepted', 'open', 'rejected']);
  });

  test('a planned contact cannot be accepted, and says why', () => {
    renderWithI18n(<Harness proposal={{ ...CALL, status: 'planned' }} />);
    expect(screen.getByRole('button', { name: 'Accept' })).toBeDisabled();
    expect(screen.getByText(/A planned contact becomes a corpus event once it has happened/)).toBeInTheDocument();
  });

  test('one with no date asks for one before it can be accepted', () => {
    renderWithI18n(
      <Harness
        proposal={{
          ...CALL,
          date: { start: null, end: null, precision: null, expression: 'الأسبوع الماضي', rule: null },
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Accept' })).toBeDisabled();
    expect(screen.getByText('“الأسبوع الماضي”, not resolved.')).toBeInTheDocument();
    expect(screen.getByText(/Give it a date before accepting/)).toBeInTheDocument();
  });

  test('speaks Arabic in Arabic: roles, countries and reasons', () => {
    renderWithI18n(<Harness />, { lang: 'ar' });
    const card = screen.getByRole('article');
    expect(card).toHaveTextContent('المتصل');
    expect(card).toHaveTextContent('روسيا');
    expect(screen.getByRole('button', { name: 'قبول' })).toBeInTheDocument();
  });
});
