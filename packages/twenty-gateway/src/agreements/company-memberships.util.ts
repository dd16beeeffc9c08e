import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import { familyCompanyNodeSchema } from './schemas/agreement-family.schema';

export type CompanyMembership = z.infer<typeof familyCompanyNodeSchema>;

export const companyMembershipRequest = (companyIds: readonly string[]) => ({
  field: 'companies',
  typeName: 'Company',
  filter: { id: { in: companyIds } },
  selection: 'id globalAccountId countryCode globalAccountSince',
  node: familyCompanyNodeSchema,
});

/** The companies' current family and membership date (one request per 200 companies). */
export const loadCompanyMemberships = async ({
  client,
  companyIds,
}: {
  client: GraphqlClient;
  companyIds: readonly string[];
}): Promise<Result<CompanyMembership[], GatewayError>> => {
  if (companyIds.length === 0) return ok([]);
  const loaded = await fetchRootPages({
    client,
    requests: { companies: companyMembershipRequest([...new Set(companyIds)]) },
  });
  return loaded.success ? ok(loaded.data.companies) : loaded;
};

export const SAVE_MEMBERSHIP_DATES_MUTATION = `
mutation SaveGlobalAccountSince($ids: [UUID!]!, $data: CompanyUpdateInput!) {
  updateCompanies(filter: { id: { in: $ids } }, data: $data) { id }
}`;

/**
 * Writes company.globalAccountSince, one request per distinct day (usually one). Only that
 * field is written: the agreement company trigger reacts to it as to a manager's correction.
 */
export const saveCompanyMembershipDates = async ({
  client,
  dates,
}: {
  client: GraphqlClient;
  dates: readonly { companyId: string; since: string }[];
}): Promise<Result<{ requests: number }, GatewayError>> => {
  const byDay = new Map<string, string[]>();
  for (const { companyId, since } of dates)
    byDay.set(since, [...(byDay.get(since) ?? []), companyId]);
  for (const [since, ids] of byDay) {
    const written = await client.request(
      SAVE_MEMBERSHIP_DATES_MUTATION,
      { ids, data: { globalAccountSince: since } },
      z.object({}).loose(),
    );
    if (!written.success) return written;
  }
  return ok({ requests: byDay.size });
};
