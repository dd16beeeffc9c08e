import { loadDemoFamily } from '@global-accounts/seeds';

import { startAppHost, type AppHost } from '../support/start-app-host.util';

// Twenty delivers events at least once, unordered, and runs fail. Replaying the demo's event
// stream with duplicates, shuffling and failing API requests must leave the clean run's ledger.
const RANDOMIZED_RUNS = Number(process.env.RELIABILITY_RUNS ?? 50);
const LISTENED =
  /^(opportunity|accountTeamMember|globalAccount|company|creditAllocation)\./;

type Batch = ReturnType<AppHost['host']['events']>[number];

// A small seeded generator: every run is reproducible from its seed.
const randomFrom = (seed: number) => {
  let state = seed * 7919 + 1;
  return (limit: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
};

const ledgerSnapshot = async (app: AppHost): Promise<string[]> => {
  const data = await app.graphql<{
    creditAllocations: { edges: { node: Record<string, unknown> }[] };
  }>(
    `{ creditAllocations(first: 200, filter: { status: { neq: REVERSED } }) { edges { node {
      opportunityId recipientId creditType entryType period status source percent entryKey amount { amountMicros currencyCode } reportingAmount { amountMicros currencyCode } } } } }`,
  );
  return data.creditAllocations.edges
    .map(({ node }) => JSON.stringify(node))
    .sort();
};

const conflictSnapshot = async (app: AppHost): Promise<string[]> => {
  const data = await app.graphql<{
    conflicts: { edges: { node: { dedupeKey: string; status: string } }[] };
  }>('{ conflicts(first: 200) { edges { node { dedupeKey status } } } }');
  return data.conflicts.edges
    .map(({ node }) => `${node.dedupeKey} ${node.status}`)
    .sort();
};

// A failed attempt Twenty retries is not lost; one it gives up on (or a plain error) is.
const isPermanentFailure = (
  run: ReturnType<AppHost['host']['runs']>[number],
): boolean =>
  run.status === 'failed' &&
  !(run.error?.name === 'RetryableLogicFunctionError' && run.retryCount < 3);

// Only batches a handler acts on: the app's own POLICY lines are ignored by its handlers anyway.
const isWorthReplaying = (batch: Batch): boolean =>
  LISTENED.test(batch.name) &&
  (!batch.name.startsWith('creditAllocation.') ||
    batch.events.some((event) => event.properties.after?.source === 'MANUAL'));

describe('replaying the demo event stream', () => {
  let app: AppHost;
  let stream: Batch[];
  let cleanLedger: string[];
  let cleanConflicts: string[];

  beforeAll(async () => {
    // Twenty's budget (500 requests a minute) and retry backoff, on a clock 4× faster than real time.
    app = await startAppHost({ timeScale: 4 });
    const loaded = await loadDemoFamily(app.api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await app.host.waitForIdle(120_000);
    stream = app.host.events().filter(isWorthReplaying);
    cleanLedger = await ledgerSnapshot(app);
    cleanConflicts = await conflictSnapshot(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('starts from a clean run that credited every demo deal', () => {
    expect(stream.length).toBeGreaterThan(0);
    expect(cleanLedger.length).toBeGreaterThan(15);
    expect(cleanConflicts).toContainEqual(
      expect.stringMatching(/^UNCOVERED_COUNTRY:.*:US OPEN$/),
    );
  });

  it(
    `ends with the clean ledger after ${RANDOMIZED_RUNS} runs of duplicated, shuffled, failing deliveries`,
    async () => {
      for (let seed = 1; seed <= RANDOMIZED_RUNS; seed += 1) {
        const random = randomFrom(seed);
        await app.graphql(
          'mutation Reset { destroyCreditAllocations(filter: { source: { eq: POLICY } }) { id } destroyConflicts(filter: { id: { is: NOT_NULL } }) { id } }',
        );
        await app.host.waitForIdle(60_000);
        const deliveries = stream.flatMap((batch) =>
          Array.from({ length: 1 + random(3) }, () => batch),
        );
        for (let index = deliveries.length - 1; index > 0; index -= 1) {
          const other = random(index + 1);
          [deliveries[index], deliveries[other]] = [
            deliveries[other] as Batch,
            deliveries[index] as Batch,
          ];
        }
        app.host.faults.clear();
        app.host.faults.failRunAtRequest({
          atRequest: 1 + random(3),
          runs: 1 + random(3),
        });

        app.host.replayEvents(deliveries);
        await app.host.waitForIdle(120_000);

        const lost = app.host.runs().filter(isPermanentFailure);
        expect({ seed, lost: lost.map((run) => run.error) }).toEqual({
          seed,
          lost: [],
        });
        expect({ seed, ledger: await ledgerSnapshot(app) }).toEqual({
          seed,
          ledger: cleanLedger,
        });
        expect({ seed, conflicts: await conflictSnapshot(app) }).toEqual({
          seed,
          conflicts: cleanConflicts,
        });
      }
      expect(
        app.host
          .runs()
          .filter((run) => run.retryCount > 0 && run.status === 'succeeded')
          .length,
      ).toBeGreaterThan(0);
      // A guard against a hung queue, not a speed verdict: a busy machine forks runs slowly.
    },
    300_000 + RANDOMIZED_RUNS * 60_000,
  );
});
