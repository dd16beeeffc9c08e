import {
  agreementId,
  DEMO_AGREEMENTS,
  DEMO_OPPORTUNITIES,
  DEMO_REBATE_TIERS,
  loadDemoFamily,
} from '@global-accounts/seeds';

import { startAppHost, type AppHost } from '../support/start-app-host.util';

type Money = { amountMicros: number | string; currencyCode: string } | null;
type Snapshot = {
  frameworkAgreements: {
    edges: {
      node: {
        id: string;
        kind: string;
        status: string;
        currency: string;
        startDate: string;
        endDate: string;
        coveredCountries: string[] | null;
        agreedDiscountPercent: number;
        retroactive: boolean;
        priority: number;
        globalAccountId: string;
      };
    }[];
  };
  rebateTiers: {
    edges: {
      node: {
        frameworkAgreementId: string;
        fromVolume: Money;
        rebatePercent: number;
      };
    }[];
  };
  opportunities: {
    edges: {
      node: {
        id: string;
        frameworkAgreementId: string | null;
        listAmount: Money;
      };
    }[];
  };
  companies: {
    edges: { node: { name: string; globalAccountSince: string | null } }[];
  };
};

const SNAPSHOT = `{
  frameworkAgreements(first: 200) { edges { node { id kind status currency startDate endDate
    coveredCountries agreedDiscountPercent retroactive priority globalAccountId } } }
  rebateTiers(first: 200) { edges { node { frameworkAgreementId fromVolume { amountMicros currencyCode } rebatePercent } } }
  opportunities(first: 200) { edges { node { id frameworkAgreementId listAmount { amountMicros currencyCode } } } }
  companies(first: 200, filter: { globalAccountSince: { is: NOT_NULL } }) { edges { node { name globalAccountSince } } }
}`;

// The seeds load through the workspace API as a real Twenty stores them: the agreements with
// their tiers, each deal's agreement link and list price, and the subsidiary's joining date.
describe('loading the demo agreements through the API', () => {
  let app: AppHost;
  let first: Snapshot;

  beforeAll(async () => {
    app = await startAppHost();
    const loaded = await loadDemoFamily(app.api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await app.host.waitForIdle(120_000);
    first = await app.graphql<Snapshot>(SNAPSHOT);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('stores both agreements with their terms', () => {
    const global = first.frameworkAgreements.edges.find(
      ({ node }) => node.id === agreementId('global'),
    )?.node;
    const association = first.frameworkAgreements.edges.find(
      ({ node }) => node.id === agreementId('deAssociation'),
    )?.node;

    expect(first.frameworkAgreements.edges).toHaveLength(
      DEMO_AGREEMENTS.length,
    );
    expect(global).toMatchObject({
      kind: 'GLOBAL_FRAMEWORK',
      status: 'ACTIVE',
      currency: 'EUR',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      retroactive: true,
      agreedDiscountPercent: 12,
    });
    expect(global?.coveredCountries ?? []).toEqual([]);
    expect(association).toMatchObject({
      kind: 'ASSOCIATION',
      coveredCountries: ['DE'],
      priority: global?.priority,
    });
  });

  it('stores every tier under its agreement in exact micros', () => {
    expect(
      first.rebateTiers.edges
        .map(({ node }) => [
          node.frameworkAgreementId,
          Number(node.fromVolume?.amountMicros),
          node.fromVolume?.currencyCode,
          node.rebatePercent,
        ])
        .sort(),
    ).toEqual(
      DEMO_REBATE_TIERS.map((tier) => [
        agreementId(tier.agreement),
        tier.fromVolume * 1_000_000,
        tier.currency,
        tier.rebatePercent,
      ]).sort(),
    );
  });

  it('links each deal to its agreement and keeps the list prices', () => {
    const byId = new Map(
      first.opportunities.edges.map(({ node }) => [node.id, node]),
    );

    for (const deal of DEMO_OPPORTUNITIES) {
      const stored = byId.get(deal.id);
      expect({ deal: deal.name, link: stored?.frameworkAgreementId }).toEqual({
        deal: deal.name,
        link:
          deal.frameworkAgreement === undefined
            ? null
            : agreementId(deal.frameworkAgreement),
      });
      if (deal.listAmount !== undefined)
        expect(Number(stored?.listAmount?.amountMicros)).toBe(
          deal.listAmount * 1_000_000,
        );
    }
  });

  it('keeps the mid-year joining date of the subsidiary', () => {
    expect(first.companies.edges.map(({ node }) => node)).toEqual([
      { name: 'Nordlys Ljusdesign AB', globalAccountSince: '2026-07-15' },
    ]);
  });

  it('changes nothing when loaded a second time', async () => {
    const loaded = await loadDemoFamily(app.api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await app.host.waitForIdle(120_000);

    const second = await app.graphql<Snapshot>(SNAPSHOT);

    const sorted = (snapshot: Snapshot) =>
      JSON.stringify({
        agreements: snapshot.frameworkAgreements.edges
          .map(({ node }) => JSON.stringify(node))
          .sort(),
        tiers: snapshot.rebateTiers.edges
          .map(({ node }) => JSON.stringify(node))
          .sort(),
        deals: snapshot.opportunities.edges
          .map(({ node }) => JSON.stringify(node))
          .sort(),
      });
    expect(sorted(second)).toBe(sorted(first));
  });
});
