import {
  COMPANIES,
  createCreditScenario,
  GLOBAL_ACCOUNT,
  opportunityId,
  PEOPLE,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const DEALS = 230;

const countRevenueLines = async (
  app: AppHost,
  percent: number,
): Promise<number> => {
  const data = await app.graphql<{ creditAllocations: { totalCount: number } }>(
    'query Count($percent: Float!) { creditAllocations(filter: { creditType: { eq: REVENUE }, status: { neq: REVERSED }, percent: { eq: $percent } }) { totalCount } }',
    { percent },
  );
  return data.creditAllocations.totalCount;
};

describe('a recomputation larger than one run, through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    // One page of 200 opportunities per run: the second page must come from a follow-up job, paced at half the app budget.
    app = await startAppHost({
      applicationVariables: {
        CREDIT_FAN_OUT_PAGES_PER_RUN: '1',
      },
    });
    await createCreditScenario(app);
    const deals = Array.from({ length: DEALS }, (_, index) => ({
      id: opportunityId(1000 + index),
      name: `Bulk ${index}`,
      ownerId: PEOPLE.deLam,
      companyId: COMPANIES.DE,
      stage: 'PROPOSAL',
      amount: { amountMicros: 1_000_000_000, currencyCode: 'EUR' },
      shipToCountry: 'PL',
    }));
    for (let start = 0; start < deals.length; start += 200) {
      await app.graphql(
        'mutation Bulk($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }',
        { data: deals.slice(start, start + 200) },
      );
    }
    await app.host.waitForIdle(120_000);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('continues in a queued job from its cursor until every opportunity follows the new policy', async () => {
    expect(await countRevenueLines(app, 75)).toBe(DEALS);

    await app.graphql(
      'mutation Policy($id: UUID!, $policy: JSON) { updateGlobalAccount(id: $id, data: { creditPolicy: $policy }) { id } }',
      {
        id: GLOBAL_ACCOUNT,
        policy: {
          revenue: [{ role: 'BOOKING_OWNER', percent: 100 }],
          overlay: [{ role: 'GAM', percent: 100 }],
        },
      },
    );
    await app.host.waitForIdle(120_000);

    const followUps = app.host
      .runs()
      .filter((run) => run.functionName === 'recalculate-credit-batch');
    expect(followUps.map((run) => run.status)).toEqual(['succeeded']);
    expect(await countRevenueLines(app, 100)).toBe(DEALS);
    expect(await countRevenueLines(app, 75)).toBe(0);
  });
});
