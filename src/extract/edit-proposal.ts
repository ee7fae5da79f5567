import { spanOf, type DatePrecision } from '../model/calendar-date.ts';
import type { Role } from '../model/corpus-vocabulary.ts';
import type { ContactType, Proposal } from './types.ts';

/** What the editor can change of a proposal in the page. */
export interface ProposalChanges {
  type: ContactType;
  /** The date as given: its precision and YYYY-MM-DD, YYYY-MM or YYYY; null for none. */
  date: { precision: DatePrecision; value: string } | null;
  /** Each person's role by position; null leaves the person out. */
  roles: (Role | null)[];
}

/** The form's starting values: the proposal as it is. */
export function changesOf(proposal: Proposal): ProposalChanges {
  const date = proposal.date?.start && proposal.date.precision ? proposal.date : null;
  return {
    type: proposal.type,
    date: date
      ? {
          precision: date.precision!,
          value:
            date.precision === 'day'
              ? date.start!
              : date.precision === 'month'
                ? date.start!.slice(0, 7)
                : date.start!.slice(0, 4),
        }
      : null,
    roles: proposal.people.map((p) => p.role),
  };
}

/**
 * The proposal with the editor's changes. A date left as it was keeps its words and rule; one
 * given by hand is explicit, with no words of the article behind it. An invalid date is ignored
 * (the form does not offer one).
 */
export function applyChanges(proposal: Proposal, changes: ProposalChanges): Proposal {
  const people = proposal.people.flatMap((person, k) => {
    const role = changes.roles[k];
    return role ? [{ ...person, role }] : [];
  });
  const countries = [
    ...new Set([
      ...people.flatMap((p) => (p.country ? [p.country] : [])),
      ...proposal.countryParticipants.map((c) => c.country),
    ]),
  ];
  const unchanged = JSON.stringify(changesOf(proposal).date) === JSON.stringify(changes.date);
  let date = proposal.date;
  if (!unchanged) {
    const given = changes.date;
    const start =
      given === null
        ? null
        : given.precision === 'day'
          ? given.value
          : given.precision === 'month'
            ? `${given.value}-01`
            : `${given.value}-01-01`;
    date = null;
    if (given && start && /^\d{4}-\d{2}-\d{2}$/.test(start)) {
      try {
        const span = spanOf(start, given.precision);
        date = { ...span, precision: given.precision, expression: '', rule: 'explicit' };
      } catch {
        date = proposal.date;
      }
    }
  }
  return { ...proposal, type: changes.type, date, people, countries };
}
