import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';
import { type RootPageRequest } from '../paging/root-page-request.type';

const accountOfSchema = z.object({
  id: z.string(),
  globalAccountId: z.string().nullable(),
});

/** Which records lead to the families whose agreements to recompute. */
export type AgreementFamilyLookup = {
  agreementIds?: readonly string[];
  companyIds?: readonly string[];
  /** Agreements whose dates overlap these days (a credit period). */
  overlapping?: { from: string; toInclusive: string };
  /** Every ACTIVE agreement (the daily run). */
  active?: boolean;
};

const agreementRequest = (
  filter: Record<string, unknown>,
): RootPageRequest => ({
  field: 'frameworkAgreements',
  typeName: 'FrameworkAgreement',
  filter,
  selection: 'id globalAccountId',
  node: accountOfSchema,
});

export const agreementFamilyLookupRequests = (
  lookup: AgreementFamilyLookup,
): Record<string, RootPageRequest> => {
  const agreementFilters = [
    ...((lookup.agreementIds?.length ?? 0) > 0
      ? [{ id: { in: lookup.agreementIds } }]
      : []),
    ...(lookup.overlapping === undefined
      ? []
      : [
          {
            and: [
              { startDate: { lte: lookup.overlapping.toInclusive } },
              { endDate: { gte: lookup.overlapping.from } },
            ],
          },
        ]),
    ...(lookup.active === true ? [{ status: { eq: 'ACTIVE' } }] : []),
  ];
  return {
    ...(agreementFilters.length === 0
      ? {}
      : {
          agreements: agreementRequest(
            agreementFilters.length === 1
              ? (agreementFilters[0] as Record<string, unknown>)
              : { or: agreementFilters },
          ),
        }),
    ...((lookup.companyIds?.length ?? 0) > 0
      ? {
          companies: {
            field: 'companies',
            typeName: 'Company',
            filter: { id: { in: lookup.companyIds ?? [] } },
            selection: 'id globalAccountId',
            node: accountOfSchema,
          },
        }
      : {}),
  };
};

/**
 * The global accounts (families) the given agreements, companies, dates or the daily run lead
 * to, in one request (plus one per further 200 rows).
 */
export const findAgreementFamilies = async ({
  client,
  lookup,
}: {
  client: GraphqlClient;
  lookup: AgreementFamilyLookup;
}): Promise<Result<string[], GatewayError>> => {
  const requests = agreementFamilyLookupRequests(lookup);
  if (Object.keys(requests).length === 0) return ok([]);
  const found = await fetchRootPages({ client, requests });
  if (!found.success) return found;
  const rows = Object.values(found.data).flat() as z.infer<
    typeof accountOfSchema
  >[];
  return ok(
    [
      ...new Set(
        rows.flatMap((row) =>
          row.globalAccountId === null ? [] : [row.globalAccountId],
        ),
      ),
    ].sort(),
  );
};
