import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';

const hierarchyNodeSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  parentCompanyId: z.string().nullable(),
  globalAccountId: z.string().nullable(),
});
export type HierarchyCompany = z.infer<typeof hierarchyNodeSchema>;

/** Deeper chains than this are not walked (the check then sees no cycle). */
export const MAX_HIERARCHY_DEPTH = 20;

/**
 * The companies and every ancestor of theirs (parentCompany chains), one request per level
 * for all chains together (a family is rarely more than four levels deep).
 */
export const loadCompanyAncestors = async ({
  client,
  companyIds,
}: {
  client: GraphqlClient;
  companyIds: readonly string[];
}): Promise<Result<Map<string, HierarchyCompany>, GatewayError>> => {
  const loaded = new Map<string, HierarchyCompany>();
  let frontier = [...new Set(companyIds)];
  for (
    let depth = 0;
    depth < MAX_HIERARCHY_DEPTH && frontier.length > 0;
    depth += 1
  ) {
    const pages = await fetchRootPages({
      client,
      requests: {
        companies: {
          field: 'companies',
          typeName: 'Company',
          filter: { id: { in: frontier } },
          selection: 'id name parentCompanyId globalAccountId',
          node: hierarchyNodeSchema,
        },
      },
    });
    if (!pages.success) return pages;
    for (const company of pages.data.companies) loaded.set(company.id, company);
    frontier = [
      ...new Set(
        pages.data.companies.flatMap((company) =>
          company.parentCompanyId !== null &&
          !loaded.has(company.parentCompanyId)
            ? [company.parentCompanyId]
            : [],
        ),
      ),
    ];
  }
  return ok(loaded);
};

export type CompanyHierarchyWrite =
  | { id: string; parentCompanyId: string | null }
  | { id: string; globalAccountId: string };

export type HierarchyConflictWrite = {
  kind: 'INVALID_INPUT' | 'UNLINKED_AFFILIATE';
  dedupeKey: string;
  globalAccountId: string | null;
  companyId: string;
  summary: string;
  details: Record<string, unknown>;
};

/**
 * One request: the companies' corrections (a refused parent put back, a joined account) and
 * the conflicts that tell a person, both as upserts (conflicts matched on their dedupeKey).
 */
export const saveHierarchyDecisions = async ({
  client,
  companies,
  conflicts,
  now,
}: {
  client: GraphqlClient;
  companies: readonly CompanyHierarchyWrite[];
  conflicts: readonly HierarchyConflictWrite[];
  now: Date;
}): Promise<Result<{ requests: number }, GatewayError>> => {
  if (companies.length === 0 && conflicts.length === 0)
    return ok({ requests: 0 });
  const declarations = [
    companies.length > 0 ? '$companies: [CompanyCreateInput!]!' : '',
    conflicts.length > 0 ? '$conflicts: [ConflictCreateInput!]!' : '',
  ].filter((entry) => entry !== '');
  const fields = [
    companies.length > 0
      ? 'createCompanies(data: $companies, upsert: true) { id }'
      : '',
    conflicts.length > 0
      ? 'createConflicts(data: $conflicts, upsert: true) { id }'
      : '',
  ].filter((entry) => entry !== '');
  const written = await client.request(
    `mutation SaveHierarchyDecisions(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}`,
    {
      ...(companies.length > 0 ? { companies } : {}),
      ...(conflicts.length > 0
        ? {
            conflicts: conflicts.map((conflict) => ({
              name: conflict.summary.slice(0, 120),
              kind: conflict.kind,
              severity: 'WARNING',
              status: 'OPEN',
              globalAccountId: conflict.globalAccountId,
              companyId: conflict.companyId,
              summary: conflict.summary,
              details: conflict.details,
              dedupeKey: conflict.dedupeKey,
              detectedAt: now.toISOString(),
              resolvedAt: null,
            })),
          }
        : {}),
    },
    z.object({}).loose(),
  );
  if (!written.success) return written;
  return ok({ requests: 1 });
};

/** The global accounts of companies (the roll-ups an opportunity event touches): one request. */
export const findAccountsOfCompanies = async ({
  client,
  companyIds,
}: {
  client: GraphqlClient;
  companyIds: readonly string[];
}): Promise<Result<string[], GatewayError>> => {
  if (companyIds.length === 0) return ok([]);
  const pages = await fetchRootPages({
    client,
    requests: {
      companies: {
        field: 'companies',
        typeName: 'Company',
        filter: { id: { in: [...new Set(companyIds)] } },
        selection: 'id globalAccountId',
        node: z.object({
          id: z.string(),
          globalAccountId: z.string().nullable(),
        }),
      },
    },
  });
  if (!pages.success) return pages;
  return ok([
    ...new Set(
      pages.data.companies.flatMap((company) =>
        company.globalAccountId === null ? [] : [company.globalAccountId],
      ),
    ),
  ]);
};
