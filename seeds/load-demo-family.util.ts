import { z } from 'zod';

import {
  fail,
  ok,
  parseDecimalToMicros,
  type Result,
} from '@global-accounts/domain';
import {
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import {
  companyId,
  DEMO_COMPANIES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_MEMBERS,
  DEMO_OPPORTUNITIES,
  DEMO_PERIODS,
  DEMO_TEAM,
  memberId,
} from './demo-family.seed';

export type Progress = (message: string) => void;

type SeedError = { code: 'SEED_FAILED'; message: string };

/** The demo opportunities as Twenty records; amounts in exact micros (the domain's parser). */
export const toDemoOpportunityRecords = (
  person: (key: (typeof DEMO_OPPORTUNITIES)[number]['owner']) => string,
): Result<object[], SeedError> => {
  const records: object[] = [];
  for (const deal of DEMO_OPPORTUNITIES) {
    const micros = parseDecimalToMicros(String(deal.amount));
    if (!micros.success)
      return fail({
        code: 'SEED_FAILED',
        message: `demo opportunity ${deal.name}: amount ${micros.error}`,
      });
    records.push({
      id: deal.id,
      name: deal.name,
      companyId: companyId(deal.company),
      ownerId: person(deal.owner),
      stage: deal.stage,
      closeDate: `${deal.closeDate}T12:00:00.000Z`,
      amount: { amountMicros: micros.data, currencyCode: deal.currency },
      bookingCountry: deal.bookingCountry ?? null,
      shipToCountry: deal.shipToCountry,
    });
  }
  return ok(records);
};

const idsSchema = z.record(
  z.string(),
  z.array(z.object({ id: z.string() })).nullable(),
);

const upsert = async (
  client: GraphqlClient,
  mutation: string,
  inputType: string,
  records: readonly object[],
): Promise<Result<number, GatewayError>> => {
  const document = `mutation Seed($data: [${inputType}!]!) { ${mutation}(data: $data, upsert: true) { id } }`;
  const result = await client.request(document, { data: records }, idsSchema);
  return result.success ? ok(records.length) : result;
};

const membersSchema = z.object({
  workspaceMembers: z.object({
    edges: z.array(
      z.object({
        node: z.object({ id: z.string(), userEmail: z.string().nullable() }),
      }),
    ),
  }),
});

// A real Twenty creates workspace members only for users who sign up: demo people are matched
// by e-mail, created where the API allows it, else mapped onto an existing member.
const resolveMembers = async (
  client: GraphqlClient,
  progress: Progress,
): Promise<Result<Map<string, string>, GatewayError>> => {
  const emails = DEMO_MEMBERS.map((member) => member.email);
  const found = await client.request(
    'query Members($emails: [String!]!) { workspaceMembers(first: 200, filter: { userEmail: { in: $emails } }) { edges { node { id userEmail } } } }',
    { emails },
    membersSchema,
  );
  if (!found.success) return found;
  const byEmail = new Map(
    found.data.workspaceMembers.edges.map((edge) => [
      edge.node.userEmail ?? '',
      edge.node.id,
    ]),
  );
  const missing = DEMO_MEMBERS.filter((member) => !byEmail.has(member.email));
  if (missing.length > 0) {
    const created = await upsert(
      client,
      'createWorkspaceMembers',
      'WorkspaceMemberCreateInput',
      missing.map((member) => ({
        id: member.id,
        name: { firstName: member.first, lastName: member.last },
        userEmail: member.email,
        userId: member.id,
        colorScheme: 'System',
        locale: 'en',
        timeZone: 'Europe/Stockholm',
        calendarStartDay: 1,
      })),
    );
    if (!created.success) return created;
    missing.forEach((member) => byEmail.set(member.email, member.id));
  }
  progress(`  ${DEMO_MEMBERS.length} sales people (${missing.length} created)`);
  return ok(
    new Map(
      DEMO_MEMBERS.map((member) => [
        member.id,
        byEmail.get(member.email) ?? member.id,
      ]),
    ),
  );
};

/**
 * Loads the Nordlys family through the workspace API: people, the global account, six
 * companies, the team, two credit periods and eight opportunities. Upserts by seed id, so a
 * second load changes nothing.
 */
export const loadDemoFamily = async (
  client: GraphqlClient,
  progress: Progress,
): Promise<Result<void, GatewayError | SeedError>> => {
  progress('Loading the Nordlys demo family');
  const members = await resolveMembers(client, progress);
  if (!members.success) return members;
  const person = (key: Parameters<typeof memberId>[0]): string =>
    members.data.get(memberId(key)) ?? memberId(key);
  const opportunities = toDemoOpportunityRecords(person);
  if (!opportunities.success) return opportunities;
  const steps: [string, string, string, object[]][] = [
    [
      'global account',
      'createGlobalAccounts',
      'GlobalAccountCreateInput',
      [{ ...DEMO_GLOBAL_ACCOUNT, globalAccountManagerId: person('gam') }],
    ],
    [
      'companies',
      'createCompanies',
      'CompanyCreateInput',
      DEMO_COMPANIES.map((company) => ({
        id: company.id,
        name: company.name,
        domainName: { primaryLinkUrl: `https://${company.domain}` },
        address: { addressCity: company.city, addressCountry: company.country },
        countryCode: company.country,
        registrationNumber: company.registrationNumber,
        globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
        parentCompanyId:
          company.parent === null ? null : companyId(company.parent),
      })),
    ],
    [
      'account team members',
      'createAccountTeamMembers',
      'AccountTeamMemberCreateInput',
      DEMO_TEAM.map((row) => ({
        id: row.id,
        name: `${row.role} ${row.country}`,
        globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
        workspaceMemberId: person(row.member),
        role: row.role,
        countryCode: row.country,
        startDate: row.startDate,
      })),
    ],
    [
      'credit periods',
      'createCreditPeriods',
      'CreditPeriodCreateInput',
      DEMO_PERIODS.map((period) => ({ ...period, state: 'OPEN' })),
    ],
    [
      'opportunities',
      'createOpportunities',
      'OpportunityCreateInput',
      opportunities.data,
    ],
  ];
  for (const [label, mutation, inputType, records] of steps) {
    const written = await upsert(client, mutation, inputType, records);
    if (!written.success)
      return fail({
        code: 'SEED_FAILED',
        message: `could not load the ${label}: ${written.error.message}`,
      });
    progress(`  ${written.data} ${label}`);
  }
  return ok(undefined);
};
