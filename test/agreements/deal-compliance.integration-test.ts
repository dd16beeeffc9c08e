import {
  COMPANIES,
  opportunityId,
  toMicros,
  updateDeal,
} from '../support/credit-scenario.util';
import {
  AGREEMENTS,
  PEOPLE,
  agreementStatusOf,
  createAgreementScenario,
  createPricedDeals,
  dealConflictsOf,
} from '../support/deal-compliance-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

const FUNCTION_PREFIX = 'check-deal-compliance-';

// One deal per status of AGREEMENTS.md "Compliance of a deal"; the global framework grants 10%
// off list with the default tolerance of 0.5 percentage points.
const DEALS = [
  {
    index: 1,
    owner: PEOPLE.plLam,
    company: 'PL',
    amount: '900',
    listAmount: '1000',
    agreement: AGREEMENTS.global,
  },
  {
    index: 2,
    owner: PEOPLE.plLam,
    company: 'PL',
    amount: '800',
    listAmount: '1000',
    agreement: AGREEMENTS.global,
  },
  {
    index: 3,
    owner: PEOPLE.frLam,
    company: 'FR',
    amount: '980',
    listAmount: '1000',
    agreement: AGREEMENTS.global,
  },
  { index: 4, owner: PEOPLE.frLam, company: 'FR', amount: '1000' },
  {
    index: 5,
    owner: PEOPLE.plLam,
    company: 'PL',
    amount: '920',
    listAmount: '1000',
    agreement: AGREEMENTS.expired,
  },
  {
    index: 6,
    owner: PEOPLE.deLam,
    company: 'DE',
    amount: '880',
    listAmount: '1000',
  },
  { index: 7, owner: PEOPLE.usRep, company: 'OUTSIDER', amount: '500' },
  { index: 8, owner: PEOPLE.gam, company: 'SE', amount: '700' },
  {
    index: 9,
    owner: PEOPLE.plLam,
    company: 'PL',
    amount: '904',
    listAmount: '1000',
    agreement: AGREEMENTS.global,
  },
] as const;

describe('deal compliance against framework agreements, through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createAgreementScenario(app);
    await createPricedDeals(app, DEALS);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it.each([
    [1, 'COMPLIANT', []],
    [9, 'COMPLIANT', []],
    [
      2,
      'BELOW_AGREEMENT',
      ['BELOW_AGREEMENT_PRICE gam OPEN', 'BELOW_AGREEMENT_PRICE plLam OPEN'],
    ],
    [
      3,
      'ABOVE_AGREEMENT',
      ['ABOVE_AGREEMENT_PRICE frLam OPEN', 'ABOVE_AGREEMENT_PRICE gam OPEN'],
    ],
    [
      4,
      'OFF_AGREEMENT',
      ['OFF_AGREEMENT frLam OPEN', 'OFF_AGREEMENT gam OPEN'],
    ],
    [
      5,
      'EXPIRED_AGREEMENT',
      ['EXPIRED_AGREEMENT gam OPEN', 'EXPIRED_AGREEMENT plLam OPEN'],
    ],
    [
      6,
      'AGREEMENT_CONFLICT',
      ['AGREEMENT_CONFLICT deLam OPEN', 'AGREEMENT_CONFLICT gam OPEN'],
    ],
    [7, 'NOT_APPLICABLE', []],
    // The GAM owns the deal: one person must act, one conflict.
    [8, 'OFF_AGREEMENT', ['OFF_AGREEMENT gam OPEN']],
  ])(
    'deal %i is %s with its conflicts for the GAM and the owner',
    async (index, status, conflicts) => {
      expect(await agreementStatusOf(app, index)).toBe(status);
      expect(await dealConflictsOf(app, index)).toEqual(conflicts);
    },
  );

  it('chooses no agreement for a deal two agreements cover with equal priority', async () => {
    const data = await app.graphql<{
      conflicts: {
        edges: {
          node: {
            frameworkAgreementId: string | null;
            details: { candidateAgreementIds: string[] };
          };
        }[];
      };
    }>(
      'query C($id: UUID!) { conflicts(filter: { opportunityId: { eq: $id } }) { edges { node { frameworkAgreementId details } } } }',
      { id: opportunityId(6) },
    );
    for (const { node } of data.conflicts.edges) {
      expect(node.frameworkAgreementId).toBeNull();
      expect([...node.details.candidateAgreementIds].sort()).toEqual(
        [AGREEMENTS.global, AGREEMENTS.association].sort(),
      );
    }
    const deal = await app.graphql<{
      opportunity: { frameworkAgreementId: string | null };
    }>(
      'query D($id: UUID!) { opportunity(filter: { id: { eq: $id } }) { frameworkAgreementId } }',
      { id: opportunityId(6) },
    );
    expect(deal.opportunity.frameworkAgreementId).toBeNull();
  });

  it('runs no check on its own writes of agreementStatus', () => {
    const ownWrites = app.host
      .events()
      .filter((batch) => batch.name === 'opportunity.updated')
      .flatMap((batch) => batch.events)
      .filter(
        (event) =>
          (event.properties.updatedFields ?? []).join() === 'agreementStatus',
      );
    expect(ownWrites.length).toBeGreaterThan(0);
    const triggeredByOwnWrites = app.host
      .runs()
      .filter((run) => run.functionName.startsWith(FUNCTION_PREFIX))
      .filter((run) =>
        JSON.stringify(run.payload).includes(
          '"updatedFields":["agreementStatus"]',
        ),
      );
    expect(triggeredByOwnWrites).toEqual([]);
  });

  it('resolves the conflicts of a deal once it is priced as agreed, and raises them again when it is not', async () => {
    await updateDeal(app, opportunityId(2), {
      amount: { amountMicros: toMicros('900'), currencyCode: 'EUR' },
    });
    expect(await agreementStatusOf(app, 2)).toBe('COMPLIANT');
    expect(await dealConflictsOf(app, 2)).toEqual([
      'BELOW_AGREEMENT_PRICE gam RESOLVED',
      'BELOW_AGREEMENT_PRICE plLam RESOLVED',
    ]);

    await updateDeal(app, opportunityId(2), {
      amount: { amountMicros: toMicros('850'), currencyCode: 'EUR' },
    });
    expect(await agreementStatusOf(app, 2)).toBe('BELOW_AGREEMENT');
    expect(await dealConflictsOf(app, 2)).toEqual([
      'BELOW_AGREEMENT_PRICE gam OPEN',
      'BELOW_AGREEMENT_PRICE plLam OPEN',
    ]);
  });

  it("resolves a deleted deal's agreement conflicts and raises them again when it is restored", async () => {
    await app.graphql(
      'mutation D($id: UUID!) { deleteOpportunity(id: $id) { id } }',
      {
        id: opportunityId(2),
      },
    );
    await app.host.waitForIdle(60_000);
    expect(await dealConflictsOf(app, 2)).toEqual([
      'BELOW_AGREEMENT_PRICE gam RESOLVED',
      'BELOW_AGREEMENT_PRICE plLam RESOLVED',
    ]);

    await app.graphql(
      'mutation R($id: UUID!) { restoreOpportunity(id: $id) { id } }',
      {
        id: opportunityId(2),
      },
    );
    await app.host.waitForIdle(60_000);
    expect(await dealConflictsOf(app, 2)).toEqual([
      'BELOW_AGREEMENT_PRICE gam OPEN',
      'BELOW_AGREEMENT_PRICE plLam OPEN',
    ]);
  });

  it('keeps a dismissed conflict dismissed until its evidence changes', async () => {
    await app.graphql(
      'mutation D($id: UUID!) { updateConflicts(filter: { opportunityId: { eq: $id } }, data: { status: DISMISSED }) { id } }',
      { id: opportunityId(3) },
    );
    // Same facts (a new stage is no new evidence): still dismissed.
    await updateDeal(app, opportunityId(3), { stage: 'MEETING' });
    expect(await dealConflictsOf(app, 3)).toEqual([
      'ABOVE_AGREEMENT_PRICE frLam DISMISSED',
      'ABOVE_AGREEMENT_PRICE gam DISMISSED',
    ]);
    // Another price: new evidence, raised again.
    await updateDeal(app, opportunityId(3), {
      amount: { amountMicros: toMicros('990'), currencyCode: 'EUR' },
    });
    expect(await dealConflictsOf(app, 3)).toEqual([
      'ABOVE_AGREEMENT_PRICE frLam OPEN',
      'ABOVE_AGREEMENT_PRICE gam OPEN',
    ]);
  });

  it('re-judges the family when an agreement changes', async () => {
    await app.graphql(
      'mutation A($id: UUID!) { updateFrameworkAgreement(id: $id, data: { priority: 0 }) { id } }',
      { id: AGREEMENTS.association },
    );
    await app.host.waitForIdle(120_000);
    // The global framework now applies in DE: the unlinked DE deal is off agreement.
    expect(await agreementStatusOf(app, 6)).toBe('OFF_AGREEMENT');
    expect(await dealConflictsOf(app, 6)).toEqual([
      'AGREEMENT_CONFLICT deLam RESOLVED',
      'AGREEMENT_CONFLICT gam RESOLVED',
      'OFF_AGREEMENT deLam OPEN',
      'OFF_AGREEMENT gam OPEN',
    ]);

    await app.graphql(
      'mutation A($id: UUID!) { updateFrameworkAgreement(id: $id, data: { agreedDiscountPercent: 20 }) { id } }',
      { id: AGREEMENTS.global },
    );
    await app.host.waitForIdle(120_000);
    // 10% off is now less than the 20% agreed: the customer pays more than agreed.
    expect(await agreementStatusOf(app, 1)).toBe('ABOVE_AGREEMENT');
    expect(await agreementStatusOf(app, 7)).toBe('NOT_APPLICABLE');
    expect(
      app.host
        .runs()
        .filter((run) => run.functionName.startsWith(FUNCTION_PREFIX))
        .filter((run) => run.status !== 'succeeded'),
    ).toEqual([]);
  });

  it('re-judges the deals of a company that leaves the family', async () => {
    await app.graphql(
      'mutation C($id: UUID!) { updateCompany(id: $id, data: { globalAccountId: null }) { id } }',
      { id: COMPANIES.FR },
    );
    await app.host.waitForIdle(120_000);
    expect(await agreementStatusOf(app, 4)).toBe('NOT_APPLICABLE');
    expect(await dealConflictsOf(app, 4)).toEqual([
      'OFF_AGREEMENT frLam RESOLVED',
      'OFF_AGREEMENT gam RESOLVED',
    ]);
  });

  it('refuses unreadable prices with an INVALID_INPUT conflict on the deal and leaves its check as it was', async () => {
    const before = await dealConflictsOf(app, 5);
    await updateDeal(app, opportunityId(5), {
      listAmount: { amountMicros: toMicros('-1000'), currencyCode: 'EUR' },
    });
    expect(await agreementStatusOf(app, 5)).toBe('EXPIRED_AGREEMENT');
    expect(await dealConflictsOf(app, 5)).toEqual(
      [...before, 'INVALID_INPUT plLam OPEN'].sort(),
    );
    const refusal = await app.graphql<{
      conflicts: { edges: { node: { summary: string } }[] };
    }>(
      'query R($id: UUID!) { conflicts(filter: { opportunityId: { eq: $id }, kind: { eq: INVALID_INPUT } }) { edges { node { summary } } } }',
      { id: opportunityId(5) },
    );
    expect(refusal.conflicts.edges[0]?.node.summary).toMatch(
      /listAmount.*negative/,
    );

    await updateDeal(app, opportunityId(5), {
      listAmount: { amountMicros: toMicros('1000'), currencyCode: 'XYZ' },
    });
    const unknownCurrency = await app.graphql<{
      conflicts: { edges: { node: { summary: string; status: string } }[] };
    }>(
      'query R($id: UUID!) { conflicts(filter: { opportunityId: { eq: $id }, kind: { eq: INVALID_INPUT } }) { edges { node { summary status } } } }',
      { id: opportunityId(5) },
    );
    expect(
      unknownCurrency.conflicts.edges.map(({ node }) => node.status),
    ).toEqual(['OPEN']);
    expect(unknownCurrency.conflicts.edges[0]?.node.summary).toMatch(
      /unknown currency "XYZ"/,
    );

    await updateDeal(app, opportunityId(5), {
      frameworkAgreementId: AGREEMENTS.global,
      listAmount: { amountMicros: toMicros('1000'), currencyCode: 'EUR' },
      amount: { amountMicros: toMicros('800'), currencyCode: 'EUR' },
    });
    // Fixed: the refusal is resolved and the deal judged again (20% off, as now agreed).
    expect(await agreementStatusOf(app, 5)).toBe('COMPLIANT');
    expect(await dealConflictsOf(app, 5)).toEqual([
      'EXPIRED_AGREEMENT gam RESOLVED',
      'EXPIRED_AGREEMENT plLam RESOLVED',
      'INVALID_INPUT plLam RESOLVED',
    ]);
  });
});
