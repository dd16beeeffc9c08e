import { ok, toIsoDate } from '@global-accounts/domain';
import {
  loadCompanyMemberships,
  saveCompanyMembershipDates,
} from '@global-accounts/twenty-gateway';

import {
  findFamilyMoves,
  planMembershipDates,
} from './plan-membership-dates.util';
import { type BeforeRecompute } from './run-agreement-handler.util';

/** Company events: writes globalAccountSince for companies that joined a family (see planMembershipDates). */
export const markMembershipDates: BeforeRecompute = async ({
  client,
  events,
  now,
}) => {
  const moves = findFamilyMoves(events);
  if (moves.length === 0) return ok(undefined);
  const current = await loadCompanyMemberships({
    client,
    companyIds: moves.map((event) => event.recordId),
  });
  if (!current.success) return current;
  const dates = planMembershipDates({
    moves,
    current: current.data,
    today: toIsoDate(now),
  });
  if (dates.length === 0) return ok(undefined);
  const saved = await saveCompanyMembershipDates({ client, dates });
  return saved.success ? ok(undefined) : saved;
};
