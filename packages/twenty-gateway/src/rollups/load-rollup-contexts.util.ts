import { z } from 'zod';

import {
  fail,
  ok,
  type CompanyCountryGroup,
  type OpportunityAmountGroup,
  type Result,
  type TeamMember,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { groupBy } from '../credit/group-by.util';
import { toTeamMember } from '../credit/to-domain-values.util';
import { buildRootPagesDocument } from '../paging/build-root-pages-document.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import {
  type RootPageRequests,
  type RootPages,
} from '../paging/root-page-request.type';
import {
  amountGroupSchema,
  MAX_ROLLUP_GROUPS,
  objectivePageRequests,
  openConflictGroupSchema,
  OPEN_CONFLICTS_GROUP_BY_FIELD,
  OPPORTUNITY_GROUP_BY_FIELD,
  rollupPageRequests,
  type AmountGroup,
  type RollupAccountNode,
  type RollupCompanyNode,
  type RollupObjectiveNode,
  type RollupPlanNode,
} from './rollup-context.query';

/** What one account's roll-up needs, read with grouped queries (never a per-deal list). */
export type RollupContext = {
  account: RollupAccountNode;
  companies: RollupCompanyNode[];
  opportunityGroups: OpportunityAmountGroup[];
  companyCountries: CompanyCountryGroup[];
  team: TeamMember[];
  openConflictCount: number;
  plans: RollupPlanNode[];
  objectives: RollupObjectiveNode[];
};

const TOO_MANY_GROUPS = `${MAX_ROLLUP_GROUPS} or more groups`;

/** The load hit Twenty's group limit: load fewer accounts at once. */
export const isTooManyRollupGroups = (error: GatewayError): boolean =>
  error.code === 'INVALID_RESPONSE' &&
  error.message.startsWith(TOO_MANY_GROUPS);

const pageSchema = <TNode extends z.ZodType>(node: TNode) =>
  z.object({
    edges: z.array(z.object({ node })),
    pageInfo: z.object({ hasNextPage: z.boolean() }),
  });

/**
 * One document: the first page of each list and one group-by field. Lists longer than a page
 * are read again in full (a request per further 200 rows).
 */
const fetchPagesWithGroupBy = async <
  TRequests extends RootPageRequests,
  TGroup extends z.ZodType,
>({
  client,
  requests,
  groupByField,
  groupByVariable,
  groupByType,
  groupByFilter,
  group,
}: {
  client: GraphqlClient;
  requests: TRequests;
  groupByField: string;
  groupByVariable: string;
  groupByType: string;
  groupByFilter: Record<string, unknown>;
  group: TGroup;
}): Promise<
  Result<
    { pages: RootPages<TRequests>; groups: z.infer<TGroup>[] },
    GatewayError
  >
> => {
  const entries = Object.entries(requests);
  const pages = buildRootPagesDocument({
    slots: entries.map(([, request], index) => ({
      alias: `r${index}`,
      request,
      after: null,
    })),
  });
  const alias = groupByField.slice(0, groupByField.indexOf(':'));
  const document = pages.document
    .replace(
      'query LoadRootPages(',
      `query LoadRollupContext($${groupByVariable}: ${groupByType}, `,
    )
    .replace(/\n}$/, `\n  ${groupByField}\n}`);
  const response = await client.request(
    document,
    { ...pages.variables, [groupByVariable]: groupByFilter },
    z
      .object(
        Object.fromEntries(
          entries.map(([, request], index) => [
            `r${index}`,
            pageSchema(request.node),
          ]),
        ),
      )
      .extend({ [alias]: z.array(group) }),
  );
  if (!response.success) return response;
  const data = response.data as Record<string, unknown>;
  const groups = data[alias] as z.infer<TGroup>[];
  if (groups.length >= MAX_ROLLUP_GROUPS)
    return fail({
      code: 'INVALID_RESPONSE',
      message: `${TOO_MANY_GROUPS}: recompute fewer accounts at once`,
    });
  const firstPages = entries.map(
    (_, index) =>
      data[`r${index}`] as {
        edges: { node: unknown }[];
        pageInfo: { hasNextPage: boolean };
      },
  );
  if (firstPages.some((page) => page.pageInfo.hasNextPage)) {
    const full = await fetchRootPages({ client, requests });
    if (!full.success) return full;
    return ok({ pages: full.data, groups });
  }
  return ok({
    pages: Object.fromEntries(
      entries.map(([key], index) => [
        key,
        firstPages[index]?.edges.map((edge) => edge.node) ?? [],
      ]),
    ) as RootPages<TRequests>,
    groups,
  });
};

const toMicros = (value: number | string | null): bigint => {
  if (value === null) return 0n;
  if (typeof value === 'number') return BigInt(Math.round(value));
  const [whole = '0'] = value.split('.');
  return BigInt(whole);
};

const toAmountGroup = (
  group: AmountGroup,
  companyCountry: (companyId: string) => string | null,
): { companyId: string | null; group: OpportunityAmountGroup } => {
  const [companyId, stage, currencyCode, shipToCountry, month] =
    group.groupByDimensionValues;
  const country =
    shipToCountry !== null && shipToCountry.trim() !== ''
      ? shipToCountry.trim().toUpperCase()
      : companyId === null
        ? null
        : companyCountry(companyId);
  return {
    companyId,
    group: {
      stage,
      currencyCode: currencyCode === '' ? null : currencyCode,
      countryCode: country,
      closeMonth: month === null ? null : month.slice(0, 7),
      amountMicros: toMicros(group.sumAmountAmountMicros),
    },
  };
};

const countCountries = (
  companies: readonly RollupCompanyNode[],
): CompanyCountryGroup[] => {
  const counts = new Map<string | null, number>();
  for (const company of companies) {
    const code =
      company.countryCode === null || company.countryCode.trim() === ''
        ? null
        : company.countryCode.trim().toUpperCase();
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([countryCode, companyCount]) => ({
    countryCode,
    companyCount,
  }));
};

/**
 * Loads the roll-up contexts of `globalAccountIds` in two requests whatever the deal count:
 * (1) accounts, member companies, team and plans with the open-conflict count per account
 * (`conflictsGroupBy`); (2) the plans' objectives with the members' amounts from
 * `opportunitiesGroupBy` (by company, stage, currency, ship-to country, close month). A list
 * longer than one page adds a request per 200 rows. Accounts that do not exist are left out.
 */
export const loadRollupContexts = async ({
  client,
  globalAccountIds,
}: {
  client: GraphqlClient;
  globalAccountIds: readonly string[];
}): Promise<Result<RollupContext[], GatewayError>> => {
  const ids = [...new Set(globalAccountIds)];
  if (ids.length === 0) return ok([]);
  const first = await fetchPagesWithGroupBy({
    client,
    requests: rollupPageRequests({ globalAccountIds: ids }),
    groupByField: OPEN_CONFLICTS_GROUP_BY_FIELD,
    groupByVariable: 'conflictFilter',
    groupByType: 'ConflictFilterInput',
    groupByFilter: {
      and: [{ globalAccountId: { in: ids } }, { status: { eq: 'OPEN' } }],
    },
    group: openConflictGroupSchema,
  });
  if (!first.success) return first;
  const { accounts, companies, team, plans } = first.data.pages;
  if (accounts.length === 0) return ok([]);
  const second = await fetchPagesWithGroupBy({
    client,
    requests: objectivePageRequests({ planIds: plans.map((plan) => plan.id) }),
    groupByField: OPPORTUNITY_GROUP_BY_FIELD,
    groupByVariable: 'amountFilter',
    groupByType: 'OpportunityFilterInput',
    groupByFilter: {
      companyId: { in: companies.map((company) => company.id) },
    },
    group: amountGroupSchema,
  });
  if (!second.success) return second;
  const companyById = new Map(
    companies.map((company) => [company.id, company]),
  );
  const countryOf = (companyId: string): string | null => {
    const code = companyById.get(companyId)?.countryCode ?? null;
    return code === null || code.trim() === ''
      ? null
      : code.trim().toUpperCase();
  };
  const amountsOf = groupBy(
    second.data.groups.map((group) => toAmountGroup(group, countryOf)),
    ({ companyId }) => companyById.get(companyId ?? '')?.globalAccountId ?? '',
  );
  const conflictsOf = new Map(
    first.data.groups.map((group) => [
      group.groupByDimensionValues[0] ?? '',
      group.totalCount,
    ]),
  );
  const companiesOf = groupBy(
    companies,
    (company) => company.globalAccountId ?? '',
  );
  const teamOf = groupBy(team, (member) => member.globalAccountId ?? '');
  const plansOf = groupBy(plans, (plan) => plan.globalAccountId ?? '');
  const objectivesOf = groupBy(
    second.data.pages.objectives,
    (objective) => objective.accountPlanId ?? '',
  );
  return ok(
    accounts.map((account): RollupContext => {
      const members = companiesOf.get(account.id) ?? [];
      const accountPlans = plansOf.get(account.id) ?? [];
      return {
        account,
        companies: members,
        opportunityGroups: (amountsOf.get(account.id) ?? []).map(
          ({ group }) => group,
        ),
        companyCountries: countCountries(members),
        team: (teamOf.get(account.id) ?? []).flatMap((node) => {
          const member = toTeamMember(node);
          return member.success && member.data !== undefined
            ? [member.data]
            : [];
        }),
        openConflictCount: conflictsOf.get(account.id) ?? 0,
        plans: accountPlans,
        objectives: accountPlans.flatMap(
          (plan) => objectivesOf.get(plan.id) ?? [],
        ),
      };
    }),
  );
};
