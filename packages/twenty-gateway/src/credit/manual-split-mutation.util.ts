import { type ManualSplitWrites } from '@global-accounts/domain';

/**
 * The one GraphQL request that saves a manager's split: re-weighted lines, then new ones, then
 * the removed ones (soft deleted, as Twenty's delete does). The credit engine computes each
 * MANUAL line's amount, status and period from its events.
 */
export const manualSplitMutation = (
  deal: { opportunityId: string; globalAccountId: string },
  writes: ManualSplitWrites,
): { query: string; variables: Record<string, unknown> } => {
  const parameters: string[] = [];
  const fields: string[] = [];
  const variables: Record<string, unknown> = {};
  writes.update.forEach(({ id, basisPoints }, index) => {
    parameters.push(
      `$id${index}: UUID!`,
      `$data${index}: CreditAllocationUpdateInput!`,
    );
    fields.push(
      `update${index}: updateCreditAllocation(id: $id${index}, data: $data${index}) { id }`,
    );
    variables[`id${index}`] = id;
    variables[`data${index}`] = { percent: basisPoints / 100 };
  });
  if (writes.create.length > 0) {
    parameters.push('$create: [CreditAllocationCreateInput!]!');
    fields.push('created: createCreditAllocations(data: $create) { id }');
    variables.create = writes.create.map(({ recipientId, basisPoints }) => ({
      name: 'Manual revenue share',
      opportunityId: deal.opportunityId,
      globalAccountId: deal.globalAccountId,
      recipientId,
      creditType: 'REVENUE',
      entryType: 'ORIGINAL',
      source: 'MANUAL',
      percent: basisPoints / 100,
    }));
  }
  if (writes.remove.length > 0) {
    parameters.push('$remove: [UUID!]!');
    fields.push(
      'removed: deleteCreditAllocations(filter: { id: { in: $remove } }) { id }',
    );
    variables.remove = writes.remove;
  }
  return {
    query: `mutation SaveManualSplit(${parameters.join(', ')}) { ${fields.join(' ')} }`,
    variables,
  };
};
