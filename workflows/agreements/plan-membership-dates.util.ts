import { isIsoDate, type IsoDate } from '@global-accounts/domain';
import { type CompanyMembership } from '@global-accounts/twenty-gateway';

import { type DatabaseEvent } from '../shared/database-event-payload.schema';

const stringOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

const sinceOf = (record: Record<string, unknown> | null | undefined) =>
  stringOrNull(record?.globalAccountSince)?.slice(0, 10) ?? null;

/** The events in which a company joined or moved to a family without a membership date set with it. */
export const findFamilyMoves = (
  events: readonly DatabaseEvent[],
): DatabaseEvent[] =>
  events.filter((event) => {
    const before = event.properties?.before;
    const after = event.properties?.after;
    const joined = stringOrNull(after?.globalAccountId);
    const updatedFields = event.properties?.updatedFields ?? [];
    return (
      joined !== null &&
      stringOrNull(before?.globalAccountId) !== joined &&
      !updatedFields.includes('globalAccountSince') &&
      sinceOf(before) === sinceOf(after)
    );
  });

/**
 * DATA-MODEL.md company.globalAccountSince: when an existing company's globalAccount changes the
 * app writes the day of the change, unless a manager set (or has since corrected) the date. A
 * company is written only while it is exactly as the event left it, so a replayed or late event
 * never overwrites a manager's correction or the app's own earlier write.
 */
export const planMembershipDates = ({
  moves,
  current,
  today,
}: {
  moves: readonly DatabaseEvent[];
  current: readonly CompanyMembership[];
  today: IsoDate;
}): { companyId: string; since: IsoDate }[] => {
  const companies = new Map(current.map((company) => [company.id, company]));
  const dates = new Map<string, IsoDate>();
  for (const event of moves) {
    const after = event.properties?.after;
    const company = companies.get(event.recordId);
    if (company === undefined) continue;
    const changedOn = stringOrNull(after?.updatedAt)?.slice(0, 10) ?? null;
    const day = isIsoDate(changedOn) && changedOn <= today ? changedOn : today;
    const asTheEventLeftIt =
      company.globalAccountId === stringOrNull(after?.globalAccountId) &&
      (company.globalAccountSince?.slice(0, 10) ?? null) === sinceOf(after);
    if (asTheEventLeftIt && company.globalAccountSince?.slice(0, 10) !== day)
      dates.set(company.id, day);
  }
  return [...dates].map(([companyId, since]) => ({ companyId, since }));
};
