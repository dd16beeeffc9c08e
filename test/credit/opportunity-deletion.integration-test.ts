import {
  createCreditScenario,
  createDeal,
  PEOPLE,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

// Deleting a deal reverses its credit lines. Twenty's soft delete leaves the lines'
// opportunityId in place (no released query runner calls
// common-query-runners/services/relation-on-delete.service.ts, and pull request #20258 that
// would have nulled SET_NULL foreign keys on soft delete was closed unmerged); newer read paths
// show a soft-deleted many-to-one target as null when the relation itself is selected
// (process-nested-relations-v2.helper.ts). Either way the lines must end REVERSED.

type Line = { status: string; opportunityId: string | null };

const linesOf = async (app: AppHost, id: string): Promise<Line[]> => {
  const data = await app.graphql<{
    creditAllocations: { edges: { node: Line }[] };
  }>(
    'query Lines($id: UUID!) { creditAllocations(first: 200, filter: { opportunityId: { eq: $id } }) { edges { node { status opportunityId } } } }',
    { id },
  );
  return data.creditAllocations.edges.map(({ node }) => node);
};

describe('deleting an opportunity', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('reverses every credit line of the deleted deal', async () => {
    const id = await createDeal(app, {
      index: 71,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });
    const before = await linesOf(app, id);

    await app.graphql(
      'mutation Delete($id: UUID!) { deleteOpportunity(id: $id) { id } }',
      { id },
    );
    await app.host.waitForIdle(60_000);
    const after = await linesOf(app, id);

    expect(before.length).toBeGreaterThan(0);
    expect(before.every((line) => line.status !== 'REVERSED')).toBe(true);
    expect(after.filter((line) => line.status !== 'REVERSED')).toEqual([]);
    expect(
      app.host
        .runs()
        .filter((run) => run.status === 'failed')
        .map((run) => run.error?.message),
    ).toEqual([]);
  });
});
