import {
  type CreditRole,
  type PolicyEntry,
  type PolicyHolder,
} from '../credit-policy/credit-policy.type';
import { assertUnreachable } from '../shared/assert.util';
import { compareText, sortSmall } from '../shared/sort-small.util';
import { type WorkspaceMemberId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { findActiveTeamMember } from './find-active-team-member.util';
import { type TeamMember } from './team-member.type';
import { type TeamRole } from '../shared/data-model.constants';

export type RecipientContext = {
  bookingOwnerId: WorkspaceMemberId;
  bookingCountry: string | null;
  soldToCountry: string | null;
  shipToCountry: string | null;
  globalAccountManagerId: WorkspaceMemberId | null;
  team: readonly TeamMember[];
  onDay: IsoDate;
};

/** One person's merged share of a policy list. */
export type ResolvedShare = {
  recipientId: WorkspaceMemberId;
  countryCode: string | null;
  basisPoints: number;
  roles: string[];
};

export type ResolvedShares = {
  shares: ResolvedShare[];
  uncoveredCountries: string[];
};

type Resolution =
  { recipientId: WorkspaceMemberId; countryCode: string | null } | undefined;

const countryOf = (
  context: RecipientContext,
  personId: WorkspaceMemberId,
): string | null =>
  findActiveTeamMember(context.team, context.onDay, {
    workspaceMemberId: personId,
  })?.countryCode ?? null;

const asResolution = (member: TeamMember | undefined): Resolution =>
  member && {
    recipientId: member.workspaceMemberId,
    countryCode: member.countryCode,
  };

const localAccountManager = (
  context: RecipientContext,
  countryCode: string | null,
): Resolution =>
  countryCode === null
    ? undefined
    : asResolution(
        findActiveTeamMember(context.team, context.onDay, {
          role: 'LOCAL_ACCOUNT_MANAGER',
          countryCode,
        }),
      );

// A named team role prefers a member in the sold-to country, then any active member.
const teamRoleHolder = (
  context: RecipientContext,
  role: TeamRole,
): Resolution =>
  asResolution(
    findActiveTeamMember(context.team, context.onDay, {
      role,
      countryCode: context.soldToCountry,
    }) ?? findActiveTeamMember(context.team, context.onDay, { role }),
  );

const resolveRole = (
  context: RecipientContext,
  role: CreditRole,
): Resolution => {
  switch (role) {
    case 'BOOKING_OWNER':
      return {
        recipientId: context.bookingOwnerId,
        countryCode: context.bookingCountry,
      };
    case 'SOLD_TO_LAM':
      return localAccountManager(context, context.soldToCountry);
    case 'SHIP_TO_LAM':
      return localAccountManager(context, context.shipToCountry);
    case 'GAM': {
      const gamId = context.globalAccountManagerId;
      if (gamId !== null)
        return { recipientId: gamId, countryCode: countryOf(context, gamId) };
      return teamRoleHolder(context, 'GLOBAL_ACCOUNT_MANAGER');
    }
    default:
      return teamRoleHolder(context, role);
  }
};

const resolveHolder = (
  context: RecipientContext,
  holder: PolicyHolder,
): Resolution => {
  switch (holder.kind) {
    case 'role':
      return resolveRole(context, holder.role);
    case 'person':
      return {
        recipientId: holder.workspaceMemberId,
        countryCode: countryOf(context, holder.workspaceMemberId),
      };
    default:
      return assertUnreachable(holder);
  }
};

const uncoveredCountryOf = (
  context: RecipientContext,
  holder: PolicyHolder,
): string | null => {
  if (holder.kind !== 'role') return null;
  if (holder.role === 'SOLD_TO_LAM') return context.soldToCountry;
  if (holder.role === 'SHIP_TO_LAM') return context.shipToCountry;
  return null;
};

const holderLabel = (holder: PolicyHolder): string =>
  holder.kind === 'role' ? holder.role : 'PERSON';

// Owner first, then recipient id order: the tie order of the largest-remainder allocation.
const compareShares =
  (ownerId: WorkspaceMemberId) =>
  (left: ResolvedShare, right: ResolvedShare): number => {
    if (left.recipientId === ownerId) return -1;
    if (right.recipientId === ownerId) return 1;
    return left.recipientId < right.recipientId
      ? -1
      : left.recipientId > right.recipientId
        ? 1
        : 0;
  };

/**
 * Resolves policy roles to people and merges shares that land on the same person.
 * With `fallBackToOwner`, a role that resolves to nobody gives its share to the booking owner.
 */
export const resolveCreditShares = (
  context: RecipientContext,
  entries: readonly PolicyEntry[],
  fallBackToOwner: boolean,
): ResolvedShares => {
  // At most ten holders: a linear search beats a Map on this hot path.
  const shares: ResolvedShare[] = [];
  const uncoveredCountries: string[] = [];
  for (let entryIndex = 0; entryIndex < entries.length; entryIndex += 1) {
    const entry = entries[entryIndex] as PolicyEntry;
    let resolution = resolveHolder(context, entry.holder);
    let label = holderLabel(entry.holder);
    if (resolution === undefined) {
      const country = uncoveredCountryOf(context, entry.holder);
      if (country !== null && !uncoveredCountries.includes(country))
        uncoveredCountries.push(country);
      if (!fallBackToOwner) continue;
      resolution = resolveRole(context, 'BOOKING_OWNER');
      label = `${label}→BOOKING_OWNER`;
    }
    if (resolution === undefined) continue;
    const recipientId = resolution.recipientId;
    let existing: ResolvedShare | undefined;
    for (
      let shareIndex = 0;
      shareIndex < shares.length && existing === undefined;
      shareIndex += 1
    ) {
      if (shares[shareIndex]?.recipientId === recipientId)
        existing = shares[shareIndex];
    }
    if (existing === undefined) {
      shares.push({
        recipientId,
        countryCode: resolution.countryCode,
        basisPoints: entry.basisPoints,
        roles: [label],
      });
    } else {
      // A merged line takes the country of its first role in name order, whatever the policy order.
      if (label < (existing.roles[0] ?? ''))
        existing.countryCode = resolution.countryCode;
      existing.basisPoints += entry.basisPoints;
      existing.roles.push(label);
      sortSmall(existing.roles, compareText);
    }
  }
  sortSmall(shares, compareShares(context.bookingOwnerId));
  return {
    shares,
    uncoveredCountries: sortSmall(uncoveredCountries, compareText),
  };
};
