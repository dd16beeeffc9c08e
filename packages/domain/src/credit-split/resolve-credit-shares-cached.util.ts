import { type PolicyEntry } from '../credit-policy/credit-policy.type';
import {
  resolveCreditShares,
  type RecipientContext,
  type ResolvedShares,
} from './resolve-credit-shares.util';
import { type TeamMember } from './team-member.type';

// Opportunities of one account share its team and policy, and most share an owner and
// countries: the resolution is computed once per combination. Results are never mutated.
const MAX_ENTRIES_PER_TEAM = 10_000;
const cache = new WeakMap<
  readonly TeamMember[],
  WeakMap<readonly PolicyEntry[], Map<string, ResolvedShares>>
>();

const keyOf = (context: RecipientContext, fallBackToOwner: boolean): string =>
  `${context.bookingOwnerId}|${context.bookingCountry}|${context.soldToCountry}|${context.shipToCountry}|${context.globalAccountManagerId}|${context.onDay}|${fallBackToOwner ? 1 : 0}`;

/** `resolveCreditShares` for a policy's entry list (stable objects), memoised per team. */
export const resolveCreditSharesCached = (
  context: RecipientContext,
  entries: readonly PolicyEntry[],
  fallBackToOwner: boolean,
): ResolvedShares => {
  let byEntries = cache.get(context.team);
  if (byEntries === undefined) {
    byEntries = new WeakMap();
    cache.set(context.team, byEntries);
  }
  let byKey = byEntries.get(entries);
  if (byKey === undefined || byKey.size >= MAX_ENTRIES_PER_TEAM) {
    byKey = new Map();
    byEntries.set(entries, byKey);
  }
  const key = keyOf(context, fallBackToOwner);
  let resolved = byKey.get(key);
  if (resolved === undefined) {
    resolved = resolveCreditShares(context, entries, fallBackToOwner);
    byKey.set(key, resolved);
  }
  return resolved;
};
