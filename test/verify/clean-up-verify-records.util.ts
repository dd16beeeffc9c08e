import { VERIFY_TAG, type VerifyTarget } from './verify-target.type';

const TAGGED = { name: { like: `${VERIFY_TAG}%` } };
// Soft-deleted records too (a scenario deletes its deal; a failed run may leave any state).
const ANY_DELETION = {
  or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }],
};

type Ids = { edges: { node: { id: string } }[] };

const idsOf = async (
  target: VerifyTarget,
  plural: string,
  filterType: string,
  filter: object,
): Promise<string[]> => {
  const data = await target.graphql<Record<string, Ids>>(
    `query Tagged($filter: ${filterType}) { ${plural}(first: 200, filter: $filter) { edges { node { id } } } }`,
    { filter: { and: [filter, ANY_DELETION] } },
  );
  return (data[plural]?.edges ?? []).map(({ node }) => node.id);
};

const destroy = async (
  target: VerifyTarget,
  mutation: string,
  filterType: string,
  filter: object,
): Promise<void> => {
  await target.graphql(
    `mutation Destroy($filter: ${filterType}!) { ${mutation}(filter: $filter) { id } }`,
    { filter: { and: [filter, ANY_DELETION] } },
  );
};

/**
 * Removes every record a verify run created, this run's or a run that stopped half-way:
 * tagged accounts, companies, deals and team rows, and the credit lines and conflicts the app
 * wrote for them. Returns how many tagged deals and accounts it found.
 */
export const cleanUpVerifyRecords = async (
  target: VerifyTarget,
): Promise<{ accounts: number; deals: number }> => {
  const accountIds = await idsOf(
    target,
    'globalAccounts',
    'GlobalAccountFilterInput',
    TAGGED,
  );
  const dealIds = await idsOf(
    target,
    'opportunities',
    'OpportunityFilterInput',
    TAGGED,
  );
  const ofTagged = {
    or: [
      { globalAccountId: { in: accountIds } },
      { opportunityId: { in: dealIds } },
    ],
  };
  if (dealIds.length > 0)
    await destroy(target, 'destroyOpportunities', 'OpportunityFilterInput', {
      id: { in: dealIds },
    });
  if (accountIds.length + dealIds.length > 0) {
    await destroy(
      target,
      'destroyCreditAllocations',
      'CreditAllocationFilterInput',
      ofTagged,
    );
    await destroy(target, 'destroyConflicts', 'ConflictFilterInput', ofTagged);
  }
  await destroy(
    target,
    'destroyAccountTeamMembers',
    'AccountTeamMemberFilterInput',
    TAGGED,
  );
  await destroy(target, 'destroyCompanies', 'CompanyFilterInput', TAGGED);
  if (accountIds.length > 0)
    await destroy(target, 'destroyGlobalAccounts', 'GlobalAccountFilterInput', {
      id: { in: accountIds },
    });
  return { accounts: accountIds.length, deals: dealIds.length };
};
