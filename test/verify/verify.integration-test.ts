import { createCreditScenario } from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';
import { runVerify } from './run-verify.util';
import { createGraphqlTarget, VERIFY_TAG } from './verify-target.type';

// `npm run verify` against the test host: the same scenario files an admin runs against their
// Twenty, waiting through the host (idle) instead of polling.
describe('npm run verify against a host with the app installed', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
    await createCreditScenario(app); // the workspace's members (a real workspace has them)
  });

  afterAll(async () => {
    await app.host.stop();
  });

  const target = () =>
    createGraphqlTarget({
      apiUrl: app.host.url,
      apiKey: app.host.apiKey,
      eventually: async (check) => {
        await app.host.waitForIdle(60_000);
        await check();
      },
    });

  const taggedCounts = async () => {
    const data = await app.graphql<Record<string, { totalCount: number }>>(
      `{
        globalAccounts(filter: { name: { like: "${VERIFY_TAG}%" } }) { totalCount }
        companies(filter: { name: { like: "${VERIFY_TAG}%" } }) { totalCount }
        opportunities(filter: { and: [{ name: { like: "${VERIFY_TAG}%" } }, { or: [{ deletedAt: { is: NULL } }, { deletedAt: { is: NOT_NULL } }] }] }) { totalCount }
        accountTeamMembers(filter: { name: { like: "${VERIFY_TAG}%" } }) { totalCount }
        creditAllocations { totalCount }
      }`,
    );
    return Object.fromEntries(
      Object.entries(data).map(([key, value]) => [key, value.totalCount]),
    );
  };

  it('prints "N passed, 0 failed" and leaves none of its records behind', async () => {
    const before = await taggedCounts();
    const lines: string[] = [];

    const report = await runVerify({
      target: target(),
      log: (line) => lines.push(line),
    });

    expect(lines.at(-1)).toBe('4 passed, 0 failed');
    expect(lines.filter((line) => line.startsWith('  ✔'))).toHaveLength(4);
    expect(report).toMatchObject({ passed: 4, failed: 0 });
    expect(await taggedCounts()).toEqual(before);
  });

  it('reports a failing scenario as failed, and the next run cleans up after a run that stopped half-way', async () => {
    const before = await taggedCounts();
    // A run that stopped half-way: its account and a deal are still there.
    await target().graphql(
      `mutation { createGlobalAccount(data: { name: "${VERIFY_TAG} crashed run account", reportingCurrency: "EUR" }) { id } }`,
    );
    await target().graphql(
      `mutation { createOpportunity(data: { name: "${VERIFY_TAG} crashed run deal", amount: { amountMicros: 1000000, currencyCode: "EUR" } }) { id } }`,
    );
    const lines: string[] = [];

    const report = await runVerify({
      target: target(),
      log: (line) => lines.push(line),
      scenarios: [
        { name: 'passes', run: () => Promise.resolve() },
        {
          name: 'fails',
          run: () => Promise.reject(new Error('expected 1, got 2')),
        },
      ],
    });

    expect(lines[0]).toBe(
      'Removed the records of an earlier verify run (1 accounts, 1 deals).',
    );
    expect(lines).toContain('  ✘ fails: expected 1, got 2');
    expect(lines.at(-1)).toBe('1 passed, 1 failed');
    expect(report).toMatchObject({ passed: 1, failed: 1 });
    expect(await taggedCounts()).toEqual(before);
  });
});
