import {
  opportunityId,
  toMicros,
  updateDeal,
} from '../support/credit-scenario.util';
import {
  AGREEMENTS,
  PEOPLE,
  createAgreementScenario,
  createPricedDeals,
} from '../support/deal-compliance-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

// Twenty delivers events at least once, unordered, and runs fail. Replaying the agreement
// check's event stream duplicated, shuffled and with failing API requests must end with the
// clean run's statuses and conflicts.
const RANDOMIZED_RUNS = Number(process.env.COMPLIANCE_REPLAY_RUNS ?? 8);
const FUNCTION_PREFIX = 'check-deal-compliance-';

type Batch = ReturnType<AppHost['host']['events']>[number];

const randomFrom = (seed: number) => {
  let state = seed * 7919 + 1;
  return (limit: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % limit;
  };
};

const snapshot = async (app: AppHost): Promise<string[]> => {
  const data = await app.graphql<{
    opportunities: {
      edges: { node: { id: string; agreementStatus: string } }[];
    };
    conflicts: {
      edges: {
        node: {
          dedupeKey: string;
          status: string;
          evidenceHash: string | null;
        };
      }[];
    };
  }>(
    `{ opportunities(first: 200) { edges { node { id agreementStatus } } }
       conflicts(first: 200, filter: { kind: { in: [OFF_AGREEMENT, BELOW_AGREEMENT_PRICE, ABOVE_AGREEMENT_PRICE, EXPIRED_AGREEMENT, AGREEMENT_CONFLICT, INVALID_INPUT] } }) { edges { node { dedupeKey status evidenceHash } } } }`,
  );
  return [
    ...data.opportunities.edges.map(
      ({ node }) => `${node.id} ${node.agreementStatus}`,
    ),
    ...data.conflicts.edges.map(
      ({ node }) =>
        `${node.dedupeKey} ${node.status} ${node.evidenceHash ?? ''}`,
    ),
  ].sort();
};

const isPermanentFailure = (
  run: ReturnType<AppHost['host']['runs']>[number],
): boolean =>
  run.status === 'failed' &&
  !(run.error?.name === 'RetryableLogicFunctionError' && run.retryCount < 3);

// The batches the check listens to; the credit's and the app's own writes are left out.
const isChecked = (batch: Batch): boolean =>
  /^(opportunity\.created|opportunity\.updated|company\.updated|frameworkAgreement\.)/.test(
    batch.name,
  ) &&
  batch.events.some(
    (event) =>
      (event.properties.updatedFields ?? []).join() !== 'agreementStatus',
  );

describe('replaying the agreement check event stream', () => {
  let app: AppHost;
  let stream: Batch[];
  let clean: string[];

  beforeAll(async () => {
    app = await startAppHost({ timeScale: 4 });
    await createAgreementScenario(app);
    await createPricedDeals(app, [
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
      { index: 3, owner: PEOPLE.frLam, company: 'FR', amount: '1000' },
      {
        index: 4,
        owner: PEOPLE.deLam,
        company: 'DE',
        amount: '880',
        listAmount: '1000',
      },
      {
        index: 5,
        owner: PEOPLE.plLam,
        company: 'PL',
        amount: '920',
        listAmount: '1000',
        agreement: AGREEMENTS.expired,
      },
    ]);
    // Later facts: a fixed price, a refused price, an agreement change.
    await updateDeal(app, opportunityId(2), {
      amount: { amountMicros: toMicros('905'), currencyCode: 'EUR' },
    });
    await updateDeal(app, opportunityId(5), {
      listAmount: { amountMicros: toMicros('-1'), currencyCode: 'EUR' },
    });
    await app.graphql(
      'mutation A($id: UUID!) { updateFrameworkAgreement(id: $id, data: { priority: 0 }) { id } }',
      { id: AGREEMENTS.association },
    );
    await app.host.waitForIdle(120_000);
    stream = app.host.events().filter(isChecked);
    clean = await snapshot(app);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('starts from a clean run with each kind of outcome', () => {
    expect(stream.length).toBeGreaterThan(3);
    expect(clean.join('\n')).toMatch(/OFF_AGREEMENT:.* OPEN/);
    expect(clean.join('\n')).toMatch(/BELOW_AGREEMENT_PRICE:.* RESOLVED/);
    expect(clean.join('\n')).toMatch(/INVALID_INPUT:AGREEMENT_CHECK:.* OPEN/);
  });

  it(
    `ends with the clean statuses and conflicts after ${RANDOMIZED_RUNS} runs of duplicated, shuffled, failing deliveries`,
    async () => {
      for (let seed = 1; seed <= RANDOMIZED_RUNS; seed += 1) {
        const random = randomFrom(seed);
        // Forget the check's results; the replay must rebuild them. The refused deal keeps
        // its status and conflicts (a refusal writes nothing but its INVALID_INPUT conflict).
        await app.graphql(
          `mutation Reset($refused: UUID!) {
            updateOpportunities(filter: { id: { neq: $refused } }, data: { agreementStatus: NOT_APPLICABLE }) { id }
            destroyConflicts(filter: { or: [{ opportunityId: { neq: $refused } }, { kind: { eq: INVALID_INPUT } }] }) { id }
          }`,
          { refused: opportunityId(5) },
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
        const runsBefore = app.host.runs().length;

        app.host.replayEvents(deliveries);
        await app.host.waitForIdle(120_000);

        const lost = app.host
          .runs()
          .slice(runsBefore)
          .filter((run) => run.functionName.startsWith(FUNCTION_PREFIX))
          .filter(isPermanentFailure);
        expect({ seed, lost: lost.map((run) => run.error) }).toEqual({
          seed,
          lost: [],
        });
        // Resolved conflicts of the clean run were destroyed: only live outcomes must match.
        expect({
          seed,
          state: (await snapshot(app)).filter(
            (line) => !/ (RESOLVED|DISMISSED) /.test(line),
          ),
        }).toEqual({
          seed,
          state: clean.filter((line) => !/ (RESOLVED|DISMISSED) /.test(line)),
        });
      }
      expect(
        app.host
          .runs()
          .filter((run) => run.functionName.startsWith(FUNCTION_PREFIX))
          .filter((run) => run.retryCount > 0 && run.status === 'succeeded')
          .length,
      ).toBeGreaterThan(0);
    },
    300_000 + RANDOMIZED_RUNS * 60_000,
  );
});
