import {
  buildAccountCockpit,
  DEFAULT_COCKPIT_ACTIVITY_LIMIT,
  ok,
  type AccountCockpit,
  type Result,
} from '@global-accounts/domain';
import {
  loadAccountCockpitLists,
  loadRollupContexts,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import {
  buildRollupWrites,
  describeUltimateParent,
  type RollupConfig,
} from '../rollups/build-rollup-writes.util';

export type CockpitAnswer =
  { kind: 'found'; cockpit: AccountCockpit } | { kind: 'not-found' };

/**
 * One account's cockpit: the roll-up computed now, as the nightly and event runs compute it
 * (two requests), then its credit, conflicts, agreements and recent activity (two requests).
 * Nothing is written.
 */
export const loadAccountCockpit = async ({
  client,
  globalAccountId,
  config,
  now,
}: {
  client: GraphqlClient;
  globalAccountId: string;
  config: RollupConfig;
  now: Date;
}): Promise<Result<CockpitAnswer, GatewayError>> => {
  const contexts = await loadRollupContexts({
    client,
    globalAccountIds: [globalAccountId],
  });
  if (!contexts.success) return contexts;
  const [context] = contexts.data;
  if (context === undefined) return ok({ kind: 'not-found' });
  const { rollup } = buildRollupWrites({ context, config, now });
  const lists = await loadAccountCockpitLists({
    client,
    globalAccountId,
    companyIds: context.companies.map((company) => company.id),
    activityLimit: DEFAULT_COCKPIT_ACTIVITY_LIMIT,
  });
  if (!lists.success) return lists;
  return ok({
    kind: 'found',
    cockpit: buildAccountCockpit({
      account: {
        id: context.account.id,
        name: context.account.name,
        ultimateParent: describeUltimateParent(context.companies),
      },
      rollup,
      companies: context.companies,
      ...lists.data,
    }),
  });
};
