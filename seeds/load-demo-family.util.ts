import { z } from 'zod';

import {
  fail,
  ok,
  parseDecimalToMicros,
  type Result,
} from '@global-accounts/domain';
import {
  loadCreditPeriodBounds,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import {
  agreementId,
  DEMO_AGREEMENTS,
  DEMO_REBATE_TIERS,
} from './demo-agreements.seed';
import {
  companyId,
  DEMO_COMPANIES,
  DEMO_RADAR_COMPANIES,
  DEMO_RADAR_DEALS,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_MEMBERS,
  DEMO_OPPORTUNITIES,
  DEMO_PERIODS,
  DEMO_TEAM,
  memberId,
} from './demo-family.seed';
import {
  DEMO_ACCOUNT_PLAN,
  toDemoObjectiveRecords,
} from './demo-account-plan.seed';

export type Progress = (message: string) => void;

type SeedError = { code: 'SEED_FAILED'; message: string };

type CurrencyValue = { amountMicros: number; currencyCode: string };

/** Twenty's CURRENCY composite in exact micros, through the domain's decimal parser. */
const toCurrencyValue = (
  amount: number,
  currencyCode: string,
  what: string,
): Result<CurrencyValue, SeedError> => {
  const micros = parseDecimalToMicros(String(amount));
  return micros.success
    ? ok({ amountMicros: micros.data, currencyCode })
    : fail({ code: 'SEED_FAILED', message: `${what}: ${micros.error}` });
};

/** The demo opportunities as Twenty records; amounts in exact micros (the domain's parser). */
export const toDemoOpportunityRecords = (
  person: (key: (typeof DEMO_OPPORTUNITIES)[number]['owner']) => string,
): Result<object[], SeedError> => {
  const records: object[] = [];
  for (const deal of DEMO_OPPORTUNITIES) {
    const amount = toCurrencyValue(
      deal.amount,
      deal.currency,
      `demo opportunity ${deal.name}: amount`,
    );
    if (!amount.success) return amount;
    const listAmount =
      deal.listAmount === undefined
        ? null
        : toCurrencyValue(
            deal.listAmount,
            deal.currency,
            `demo opportunity ${deal.name}: list amount`,
          );
    if (listAmount !== null && !listAmount.success) return listAmount;
    records.push({
      id: deal.id,
      name: deal.name,
      companyId: companyId(deal.company),
      ownerId: person(deal.owner),
      stage: deal.stage,
      closeDate: `${deal.closeDate}T12:00:00.000Z`,
      amount: amount.data,
      ...(listAmount === null ? {} : { listAmount: listAmount.data }),
      bookingCountry: deal.bookingCountry ?? null,
      shipToCountry: deal.shipToCountry,
      frameworkAgreementId:
        deal.frameworkAgreement === undefined
          ? null
          : agreementId(deal.frameworkAgreement),
    });
  }
  return ok(records);
};

/** The demo agreements and their rebate tiers as Twenty records. */
export const toDemoAgreementRecords = (): Result<
  { agreements: object[]; tiers: object[] },
  SeedError
> => {
  const tiers: object[] = [];
  for (const tier of DEMO_REBATE_TIERS) {
    const fromVolume = toCurrencyValue(
      tier.fromVolume,
      tier.currency,
      `demo rebate tier ${tier.name}: from volume`,
    );
    if (!fromVolume.success) return fromVolume;
    tiers.push({
      id: tier.id,
      name: tier.name,
      frameworkAgreementId: agreementId(tier.agreement),
      fromVolume: fromVolume.data,
      rebatePercent: tier.rebatePercent,
    });
  }
  const agreements = DEMO_AGREEMENTS.map((agreement) => ({
    id: agreement.id,
    name: agreement.name,
    agreementNumber: agreement.agreementNumber,
    globalAccountId: DEMO_GLOBAL_ACCOUNT.id,
    kind: agreement.kind,
    status: agreement.status,
    startDate: agreement.startDate,
    endDate: agreement.endDate,
    currency: agreement.currency,
    coveredCountries: agreement.coveredCountries,
    agreedDiscountPercent: agreement.agreedDiscountPercent,
    retroactive: agreement.retroactive,
    priority: agreement.priority,
  }));
  return ok({ agreements, tiers });
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
 * Loads the Nordlys family through the workspace API: people, the global account, its
 * companies, the team, two credit periods, two framework agreements with their rebate tiers,
 * and the opportunities. Upserts by seed id, so a second load changes nothing.
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
  const agreements = toDemoAgreementRecords();
  if (!agreements.success) return agreements;
  const existingPeriods = await loadCreditPeriodBounds(client);
  if (!existingPeriods.success) return existingPeriods;
  const existingPeriodNames = new Set(
    existingPeriods.data.map((period) => period.name),
  );
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
        globalAccountSince: company.globalAccountSince,
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
      // The app's post-install step may have created today's period already: keep that one.
      DEMO_PERIODS.filter(
        (period) => !existingPeriodNames.has(period.name),
      ).map((period) => ({ ...period, state: 'OPEN' })),
    ],
    [
      'framework agreements',
      'createFrameworkAgreements',
      'FrameworkAgreementCreateInput',
      agreements.data.agreements,
    ],
    [
      'rebate tiers',
      'createRebateTiers',
      'RebateTierCreateInput',
      agreements.data.tiers,
    ],
    [
      'opportunities',
      'createOpportunities',
      'OpportunityCreateInput',
      opportunities.data,
    ],
    [
      'companies outside the family (conflict radar demo)',
      'createCompanies',
      'CompanyCreateInput',
      DEMO_RADAR_COMPANIES.map((company) => ({
        id: company.id,
        name: company.name,
        domainName:
          company.domain === null
            ? null
            : { primaryLinkUrl: `https://${company.domain}` },
        address: { addressCity: company.city, addressCountry: company.country },
        countryCode: company.country,
        registrationNumber: company.registrationNumber,
        accountOwnerId: company.owner === null ? null : person(company.owner),
      })),
    ],
    [
      'deals of the conflict radar demo (cross-region prospect, parallel import)',
      'createOpportunities',
      'OpportunityCreateInput',
      DEMO_RADAR_DEALS.map((deal) => ({
        id: deal.id,
        name: deal.name,
        companyId: companyId(deal.company),
        ownerId: person(deal.owner),
        stage: deal.stage,
        closeDate: `${deal.closeDate}T12:00:00.000Z`,
        amount: deal.amount,
        bookingCountry: deal.bookingCountry,
        shipToCountry: deal.shipToCountry,
      })),
    ],
    [
      'account plan',
      'createAccountPlans',
      'AccountPlanCreateInput',
      [DEMO_ACCOUNT_PLAN],
    ],
    [
      'plan objectives',
      'createAccountPlanObjectives',
      'AccountPlanObjectiveCreateInput',
      toDemoObjectiveRecords(person),
    ],
  ];
  for (const [label, mutation, inputType, records] of steps) {
    if (records.length === 0) continue;
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
