import {
  COMPANIES,
  CURRENT_PERIOD,
  GLOBAL_ACCOUNT,
  NAMES,
  PEOPLE,
  createCreditScenario,
  opportunityId,
  toMicros,
} from './credit-scenario.util';
import { type AppHost } from './start-app-host.util';

const uuid = (group: number, index: number): string =>
  `e2e0${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

// The family signs a global framework (10% off list, all countries) and, in DE, an
// association agreement of equal priority; an old agreement expired years ago.
export const AGREEMENTS = {
  global: uuid(7, 1),
  association: uuid(7, 2),
  expired: uuid(7, 3),
};
export const OUTSIDER_COMPANY = uuid(3, 99);

export const createAgreementScenario = async (app: AppHost): Promise<void> => {
  await createCreditScenario(app);
  await app.graphql(
    'mutation Seed($data: [CompanyCreateInput!]!) { createCompanies(data: $data, upsert: true) { id } }',
    {
      data: [{ id: OUTSIDER_COMPANY, name: 'Outsider AB', countryCode: 'SE' }],
    },
  );
  await app.graphql(
    'mutation Seed($data: [FrameworkAgreementCreateInput!]!) { createFrameworkAgreements(data: $data, upsert: true) { id } }',
    {
      data: [
        {
          id: AGREEMENTS.global,
          name: 'Nordlys global framework',
          globalAccountId: GLOBAL_ACCOUNT,
          kind: 'GLOBAL_FRAMEWORK',
          status: 'ACTIVE',
          startDate: '2020-01-01',
          endDate: '2099-12-31',
          currency: 'EUR',
          coveredCountries: [],
          agreedDiscountPercent: 10,
          retroactive: true,
          priority: 1,
        },
        {
          id: AGREEMENTS.association,
          name: 'DE machinery association',
          globalAccountId: GLOBAL_ACCOUNT,
          kind: 'ASSOCIATION',
          status: 'ACTIVE',
          startDate: '2020-01-01',
          endDate: '2099-12-31',
          currency: 'EUR',
          coveredCountries: ['DE'],
          agreedDiscountPercent: 12,
          retroactive: false,
          priority: 1,
        },
        {
          id: AGREEMENTS.expired,
          name: 'Nordlys framework 2020',
          globalAccountId: GLOBAL_ACCOUNT,
          kind: 'GLOBAL_FRAMEWORK',
          status: 'EXPIRED',
          startDate: '2020-01-01',
          endDate: '2021-12-31',
          currency: 'EUR',
          coveredCountries: [],
          agreedDiscountPercent: 8,
          retroactive: true,
          priority: 0,
        },
      ],
    },
  );
  await app.host.waitForIdle(60_000);
};

export type PricedDeal = {
  index: number;
  owner: string;
  company: keyof typeof COMPANIES | 'OUTSIDER';
  amount: string;
  listAmount?: string;
  listCurrency?: string;
  agreement?: string;
};

const toInput = (deal: PricedDeal) => ({
  id: opportunityId(deal.index),
  name: `Deal ${deal.index}`,
  ownerId: deal.owner,
  companyId:
    deal.company === 'OUTSIDER' ? OUTSIDER_COMPANY : COMPANIES[deal.company],
  stage: 'PROPOSAL',
  closeDate: `${CURRENT_PERIOD.midDate}T12:00:00.000Z`,
  amount: { amountMicros: toMicros(deal.amount), currencyCode: 'EUR' },
  listAmount:
    deal.listAmount === undefined
      ? { amountMicros: null, currencyCode: null }
      : {
          amountMicros: toMicros(deal.listAmount),
          currencyCode: deal.listCurrency ?? 'EUR',
        },
  frameworkAgreementId: deal.agreement ?? null,
});

/** Creates the deals in one request (one event batch) and waits for the app's runs. */
export const createPricedDeals = async (
  app: AppHost,
  deals: readonly PricedDeal[],
): Promise<void> => {
  await app.graphql(
    'mutation Deals($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
    { data: deals.map(toInput) },
  );
  await app.host.waitForIdle(120_000);
};

export const agreementStatusOf = async (
  app: AppHost,
  index: number,
): Promise<string> => {
  const data = await app.graphql<{
    opportunity: { agreementStatus: string };
  }>(
    'query Deal($id: UUID!) { opportunity(filter: { id: { eq: $id } }) { agreementStatus } }',
    { id: opportunityId(index) },
  );
  return data.opportunity.agreementStatus;
};

/** The deal's conflicts as `KIND assignee STATUS`, sorted. */
export const dealConflictsOf = async (
  app: AppHost,
  index: number,
): Promise<string[]> => {
  const data = await app.graphql<{
    conflicts: {
      edges: {
        node: { kind: string; status: string; assigneeId: string | null };
      }[];
    };
  }>(
    'query Conflicts($id: UUID!) { conflicts(first: 200, filter: { opportunityId: { eq: $id } }) { edges { node { kind status assigneeId } } } }',
    { id: opportunityId(index) },
  );
  return data.conflicts.edges
    .map(
      ({ node }) =>
        `${node.kind} ${node.assigneeId === null ? 'nobody' : (NAMES[node.assigneeId] ?? node.assigneeId)} ${node.status}`,
    )
    .sort();
};

export { PEOPLE };
