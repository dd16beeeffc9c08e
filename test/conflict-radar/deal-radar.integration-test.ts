import { createGraphqlClient } from '@global-accounts/twenty-gateway';
import { z } from 'zod';

import {
  COMPANIES,
  CURRENT_PERIOD,
  NAMES,
  PEOPLE,
  opportunityId,
  toMicros,
  updateDeal,
} from '../support/credit-scenario.util';
import { createAgreementScenario } from '../support/deal-compliance-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

type ConflictLine = {
  id: string;
  kind: string;
  status: string;
  severity: string;
  assigneeId: string | null;
  summary: string;
  countries: string[];
  details: Record<string, unknown>;
};

const conflictsOf = async (
  app: AppHost,
  index: number,
  kind: string,
): Promise<ConflictLine[]> => {
  const data = await app.graphql<{
    conflicts: { edges: { node: ConflictLine }[] };
  }>(
    `query Conflicts($id: UUID!) {
      conflicts(first: 50, filter: { opportunityId: { eq: $id }, kind: { eq: ${kind} } }) {
        edges { node { id kind status severity assigneeId summary countries details } }
      }
    }`,
    { id: opportunityId(index) },
  );
  return data.conflicts.edges
    .map(({ node }) => node)
    .sort((a, b) =>
      (NAMES[a.assigneeId ?? ''] ?? '').localeCompare(
        NAMES[b.assigneeId ?? ''] ?? '',
      ),
    );
};

const lines = (conflicts: readonly ConflictLine[]): string[] =>
  conflicts.map(
    (c) => `${NAMES[c.assigneeId ?? ''] ?? 'nobody'} ${c.severity} ${c.status}`,
  );

const dealInput = (
  index: number,
  owner: string,
  company: keyof typeof COMPANIES,
  extra: Record<string, unknown> = {},
) => ({
  id: opportunityId(index),
  name: `Radar deal ${index}`,
  ownerId: owner,
  companyId: COMPANIES[company],
  stage: 'PROPOSAL',
  closeDate: `${CURRENT_PERIOD.midDate}T12:00:00.000Z`,
  amount: { amountMicros: toMicros('1000'), currencyCode: 'EUR' },
  ...extra,
});

const CREATE =
  'mutation Deals($data: [OpportunityCreateInput!]!) { createOpportunities(data: $data) { id } }';

describe('conflict radar, deal side (CROSS_REGION_PROSPECT, PARALLEL_IMPORT), through the built app on the host', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createAgreementScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('a DE manager who opens a deal for the PL subsidiary: the GAM and the PL manager are told, and the creator learns who works it', async () => {
    // createdBy is the person behind the token (Twenty: createdBy.source MANUAL, workspaceMemberId).
    const asDeLam = createGraphqlClient({
      apiUrl: app.host.url,
      token: app.host.createUserToken(PEOPLE.deLam),
    });
    const created = await asDeLam.request(
      CREATE,
      { data: [dealInput(301, PEOPLE.gam, 'PL')] },
      z.unknown(),
    );
    expect(created.success).toBe(true);
    await app.host.waitForIdle(120_000);

    const conflicts = await conflictsOf(app, 301, 'CROSS_REGION_PROSPECT');
    // The owner (the GAM) does not count: the creator is the DE manager.
    expect(lines(conflicts)).toEqual([
      'deLam INFO OPEN',
      'gam WARNING OPEN',
      'plLam WARNING OPEN',
    ]);
    const [forCreator, forGam] = conflicts;
    expect(forGam?.summary).toBe(
      'deLam Test (DE) opened a deal for Nordlys PL (PL), which Nordlys Group works from PL: agree who leads it.',
    );
    expect(forCreator?.summary).toBe(
      'Nordlys PL is already worked in Nordlys Group: Nordlys PL (PL; no owner; global account Nordlys Group; 1 open opportunity; last activity ' +
        `${String((forCreator?.details.workedBy as { lastActivityAt: string }).lastActivityAt).slice(0, 10)}). Talk to plLam Test (local account manager PL) and gam Test (global account manager) before you prospect it.`,
    );
    expect(forCreator?.countries).toEqual(['PL', 'DE']);
    // Privacy: the other record's facts only, never amounts.
    expect(Object.keys(forCreator?.details.workedBy as object).sort()).toEqual([
      'countryCode',
      'globalAccountName',
      'lastActivityAt',
      'name',
      'openOpportunityCount',
      'ownerName',
      'owningOffice',
    ]);
    expect(JSON.stringify(conflicts)).not.toContain('amountMicros');
  });

  it('through an API key the owner stands in; a local deal raises nothing; a redelivered event writes nothing', async () => {
    await app.graphql(CREATE, {
      data: [
        dealInput(302, PEOPLE.frLam, 'DE'),
        dealInput(303, PEOPLE.plLam, 'PL'),
      ],
    });
    await app.host.waitForIdle(120_000);
    expect(lines(await conflictsOf(app, 302, 'CROSS_REGION_PROSPECT'))).toEqual(
      ['deLam WARNING OPEN', 'frLam INFO OPEN', 'gam WARNING OPEN'],
    );
    expect(await conflictsOf(app, 303, 'CROSS_REGION_PROSPECT')).toEqual([]);

    const runsBefore = app.host.runs().length;
    app.host.replayEvents([
      {
        name: 'opportunity.created',
        events: [{ recordId: opportunityId(302), properties: {} }],
      },
    ]);
    await app.host.waitForIdle(120_000);
    const [replay] = app.host
      .runs()
      .slice(runsBefore)
      .filter((run) => run.functionName === 'on-opportunity-created');
    expect(replay?.status).toBe('succeeded');
    // The step's reads only (deals with conflicts; teams and deals behind the facts), no write.
    expect(
      (replay?.result as { steps: Record<string, unknown> }).steps[
        'cross-region-prospect'
      ],
    ).toMatchObject({
      outcome: 'unchanged',
      raised: 3,
      conflictsWritten: 0,
      requests: 2,
    });
    expect(lines(await conflictsOf(app, 302, 'CROSS_REGION_PROSPECT'))).toEqual(
      ['deLam WARNING OPEN', 'frLam INFO OPEN', 'gam WARNING OPEN'],
    );
  });

  it('a deleted deal resolves its cross-region conflicts', async () => {
    await app.graphql(
      'mutation D($id: UUID!) { deleteOpportunity(id: $id) { id } }',
      {
        id: opportunityId(302),
      },
    );
    await app.host.waitForIdle(120_000);
    expect(lines(await conflictsOf(app, 302, 'CROSS_REGION_PROSPECT'))).toEqual(
      ['deLam WARNING RESOLVED', 'frLam INFO RESOLVED', 'gam WARNING RESOLVED'],
    );
  });

  it('PARALLEL_IMPORT: the PL subsidiary booked in DE, with the price gap; dismissed stays dismissed until the evidence changes; resolved when booked at home; resolved on delete', async () => {
    await app.graphql(CREATE, {
      data: [dealInput(310, PEOPLE.plLam, 'PL', { bookingCountry: 'DE' })],
    });
    await app.host.waitForIdle(120_000);
    let conflicts = await conflictsOf(app, 310, 'PARALLEL_IMPORT');
    expect(lines(conflicts)).toEqual([
      'gam WARNING OPEN',
      'plLam WARNING OPEN',
    ]);
    // Global framework: 10% everywhere; the DE association: 12% with the same priority.
    expect(conflicts[0]?.summary).toBe(
      'Parallel import: booked in DE, for a company in PL. Agree which office serves it. Agreed prices differ by 2 points (PL 10% off list, DE 12% off list): the order is placed where it is cheaper.',
    );
    expect(conflicts[0]?.countries).toEqual(['PL', 'DE']);
    expect(conflicts[0]?.details).toMatchObject({ priceGapBasisPoints: 200 });

    const gamConflict = conflicts[0] as ConflictLine;
    await app.graphql(
      'mutation U($id: UUID!) { updateConflict(id: $id, data: { status: DISMISSED }) { id } }',
      { id: gamConflict.id },
    );
    await app.host.waitForIdle(60_000);
    // Same evidence (another amount): still dismissed.
    await updateDeal(app, opportunityId(310), {
      amount: { amountMicros: toMicros('1100'), currencyCode: 'EUR' },
    });
    expect(lines(await conflictsOf(app, 310, 'PARALLEL_IMPORT'))).toEqual([
      'gam WARNING DISMISSED',
      'plLam WARNING OPEN',
    ]);
    // New evidence (shipped to FR): raised again.
    await updateDeal(app, opportunityId(310), { shipToCountry: 'FR' });
    conflicts = await conflictsOf(app, 310, 'PARALLEL_IMPORT');
    expect(lines(conflicts)).toEqual([
      'gam WARNING OPEN',
      'plLam WARNING OPEN',
    ]);
    expect(conflicts[0]?.countries).toEqual(['PL', 'DE', 'FR']);

    // Booked and shipped at home: the cause is gone.
    await updateDeal(app, opportunityId(310), {
      bookingCountry: 'PL',
      shipToCountry: 'PL',
    });
    expect(lines(await conflictsOf(app, 310, 'PARALLEL_IMPORT'))).toEqual([
      'gam WARNING RESOLVED',
      'plLam WARNING RESOLVED',
    ]);

    // Booked abroad again, then deleted.
    await updateDeal(app, opportunityId(310), { bookingCountry: 'SE' });
    expect(lines(await conflictsOf(app, 310, 'PARALLEL_IMPORT'))).toEqual([
      'gam WARNING OPEN',
      'plLam WARNING OPEN',
    ]);
    await app.graphql(
      'mutation D($id: UUID!) { deleteOpportunity(id: $id) { id } }',
      {
        id: opportunityId(310),
      },
    );
    await app.host.waitForIdle(120_000);
    expect(lines(await conflictsOf(app, 310, 'PARALLEL_IMPORT'))).toEqual([
      'gam WARNING RESOLVED',
      'plLam WARNING RESOLVED',
    ]);
  });

  it('a deal outside every family raises no deal radar conflict', async () => {
    await app.graphql(CREATE, {
      data: [
        {
          ...dealInput(320, PEOPLE.usRep, 'PL', { bookingCountry: 'US' }),
          companyId: 'e2e00003-0000-4000-8000-000000000099',
        },
      ],
    });
    await app.host.waitForIdle(120_000);
    expect(await conflictsOf(app, 320, 'PARALLEL_IMPORT')).toEqual([]);
    expect(await conflictsOf(app, 320, 'CROSS_REGION_PROSPECT')).toEqual([]);
  });
});
