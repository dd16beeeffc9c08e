import {
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  GLOBAL_ACCOUNT,
  ledgerOf,
  PEOPLE,
  PREVIOUS_PERIOD,
} from '../support/credit-scenario.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

// The health check leaves out deals changed in the last 5 minutes (their events may still be
// on their way): the host's clock starts 10 minutes after the records' real write times.
const TEN_MINUTES_LATER = () => Date.now() + 10 * 60_000;

type Period = {
  name: string;
  startDate: string;
  endDate: string;
  state: string;
};

const periodsOf = async (app: AppHost): Promise<Period[]> => {
  const data = await app.graphql<{
    creditPeriods: { edges: { node: Period }[] };
  }>(
    '{ creditPeriods(first: 50) { edges { node { name startDate endDate state } } } }',
  );
  return data.creditPeriods.edges.map(({ node }) => node);
};

const findingsOf = async (app: AppHost) => {
  const result = await app.host.runHealthCheck();
  return {
    status: result?.status,
    lines: (result?.description ?? '')
      .split('\n')
      .filter((line) => line !== ''),
    title: result?.title,
    action: result?.action,
  };
};

const lastRunOf = (app: AppHost, functionName: string) =>
  app.host
    .runs()
    .filter((run) => run.functionName === functionName)
    .sort((left, right) => left.startSequence - right.startSequence)
    .at(-1);

describe('after install and the health check, through the built app on the host', () => {
  let app: AppHost;
  const deals: string[] = [];

  beforeAll(async () => {
    app = await startAppHost({ startAt: TEN_MINUTES_LATER() });
    await createCreditScenario(app);
    for (const period of [PREVIOUS_PERIOD, CURRENT_PERIOD])
      await app.graphql(
        'mutation($id: UUID!) { destroyCreditPeriod(id: $id) { id } }',
        {
          id: period.id,
        },
      );
    // Deals that were there before the app: no function ever saw them.
    app.host.faults.dropNext({
      count: 50,
      target: { eventName: 'opportunity.created' },
    });
    deals.push(
      await createDeal(app, {
        index: 61,
        amount: '1000',
        owner: PEOPLE.deLam,
        company: 'DE',
      }),
      await createDeal(app, {
        index: 62,
        amount: '500',
        owner: PEOPLE.plLam,
        company: 'PL',
      }),
    );
    app.host.faults.clear();
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('before the post-install step: no period for today and deals whose credit was never computed', async () => {
    expect(await ledgerOf(app, deals[0] ?? '')).toEqual([]);

    const health = await findingsOf(app);

    expect(health.status).toBe('ERROR');
    expect(health.title).toBe('Global Accounts found 2 problems');
    expect(health.lines).toEqual([
      expect.stringMatching(
        /^1\. 2 of 2 deals changed in the last day have credit lines that do not match them: .* What to do: Check that logic functions are enabled/,
      ),
      expect.stringMatching(
        /^2\. No credit period covers today \(.*\)\. What to do: Create the current period/,
      ),
    ]);
    expect(health.action).toEqual({
      label: 'Open the app settings',
      location: '#variables',
    });
  });

  it('the post-install step creates the current period and credits the deals that were there', async () => {
    const queued = await app.host.runPostInstall({ newVersion: '1.0.0' });
    await app.host.waitForIdle(60_000);

    expect(queued).toHaveProperty('queuedJobId');
    expect(lastRunOf(app, 'post-install')).toMatchObject({
      status: 'succeeded',
      trigger: 'job',
      payload: { newVersion: '1.0.0' },
      result: { outcome: 'installed', createdPeriod: CURRENT_PERIOD.name },
    });
    expect(await periodsOf(app)).toEqual([
      {
        name: CURRENT_PERIOD.name,
        startDate: CURRENT_PERIOD.startDate,
        endDate: CURRENT_PERIOD.endDate,
        state: 'OPEN',
      },
    ]);
    expect(await ledgerOf(app, deals[0] ?? '')).toEqual([
      `deLam REVENUE ORIGINAL ${CURRENT_PERIOD.name} PROVISIONAL 100% 1000 EUR`,
      `gam OVERLAY ORIGINAL ${CURRENT_PERIOD.name} PROVISIONAL 100% 1000 EUR`,
    ]);
    expect(await ledgerOf(app, deals[1] ?? '')).toHaveLength(2);
    expect(await findingsOf(app)).toMatchObject({ status: 'OK', lines: [] });
  });

  it('a second run changes nothing', async () => {
    const ledgersBefore = await Promise.all(
      deals.map((id) => ledgerOf(app, id, true)),
    );

    await app.host.runPostInstall({ newVersion: '1.0.0' });
    await app.host.waitForIdle(60_000);

    expect(lastRunOf(app, 'post-install')?.result).toMatchObject({
      createdPeriod: null,
    });
    expect(lastRunOf(app, 'recalculate-credit-batch')?.result).toMatchObject({
      outcome: 'fanned-out',
      jobs: [{ outcome: 'done', linesWritten: 0 }],
    });
    expect(await periodsOf(app)).toHaveLength(1);
    expect(
      await Promise.all(deals.map((id) => ledgerOf(app, id, true))),
    ).toEqual(ledgersBefore);
  });

  it('reports an account whose credit policy is invalid, by name', async () => {
    await app.graphql(
      'mutation($id: UUID!, $data: GlobalAccountUpdateInput!) { updateGlobalAccount(id: $id, data: $data) { id } }',
      {
        id: GLOBAL_ACCOUNT,
        data: {
          creditPolicy: {
            revenue: [{ role: 'NOBODY', percent: 100 }],
            overlay: [],
          },
        },
      },
    );
    await app.host.waitForIdle(60_000);

    const health = await findingsOf(app);

    await app.graphql(
      'mutation($id: UUID!) { updateGlobalAccount(id: $id, data: { creditPolicy: null }) { id } }',
      {
        id: GLOBAL_ACCOUNT,
      },
    );
    await app.host.waitForIdle(60_000);
    expect(health.status).toBe('ERROR');
    expect(health.lines).toEqual([
      expect.stringMatching(
        /^1\. Global account "Nordlys Group" has an invalid credit policy \(.*NOBODY.*\).* What to do: Open the global account "Nordlys Group" and correct Credit policy/,
      ),
    ]);
    expect(await findingsOf(app)).toMatchObject({ status: 'OK' });
  });

  it('reports an exchange rate deals need that nobody entered', async () => {
    await createDeal(app, {
      index: 63,
      amount: '700',
      currency: 'USD',
      owner: PEOPLE.frLam,
      company: 'FR',
    });

    const health = await findingsOf(app);

    expect(health.status).toBe('WARNING');
    expect(health.title).toBe(
      'No exchange rate USD→EUR: 2 credit lines have no amount in the reporting currency.',
    );
    expect(health.lines).toEqual([
      expect.stringMatching(
        /^1\. No exchange rate USD→EUR: .* What to do: Add the rate to Exchange rates/,
      ),
    ]);
  });

  it('reports a closed period for today', async () => {
    const data = await app.graphql<{
      creditPeriods: { edges: { node: { id: string } }[] };
    }>('{ creditPeriods(first: 1) { edges { node { id } } } }');
    await app.graphql(
      'mutation($id: UUID!) { updateCreditPeriod(id: $id, data: { state: CLOSED }) { id } }',
      {
        id: data.creditPeriods.edges[0]?.node.id,
      },
    );
    await app.host.waitForIdle(60_000);

    const health = await findingsOf(app);

    expect(health.lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `The credit period covering today \\(${CURRENT_PERIOD.name}\\) is closed.* What to do: Create and open the next credit period`,
        ),
      ),
    );
  });
});

describe('the health check on invalid settings, through /metadata', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost({
      applicationVariables: {
        EXCHANGE_RATES:
          '[{"fromCurrency":"EUR","toCurrency":"SEK","rate":11.5}',
        CREDIT_WON_STAGES: 'CUSTOMER',
        CREDIT_LOST_STAGES: 'LOST,CUSTOMER',
      },
    });
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('answers runApplicationHealthCheck with each invalid setting and what to do', async () => {
    const [application] = app.host.applications.findManyApplications();
    const response = await fetch(`${app.host.url}/metadata`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${app.host.apiKey}`,
      },
      body: JSON.stringify({
        query:
          'mutation($id: UUID!) { runApplicationHealthCheck(applicationId: $id) { status title description action { label location } } }',
        variables: { id: application?.id },
      }),
    });
    const body = (await response.json()) as {
      data: {
        runApplicationHealthCheck: {
          status: string;
          title: string;
          description: string;
        };
      };
    };

    const result = body.data.runApplicationHealthCheck;
    expect(result.status).toBe('ERROR');
    expect(result.title).toBe('Global Accounts found 2 problems');
    expect(result.description.split('\n')).toEqual([
      expect.stringMatching(
        /^1\. Exchange rates is not JSON .* What to do: Open Settings → Applications → Global Accounts → Settings/,
      ),
      expect.stringMatching(
        /^2\. CUSTOMER is in both Won stages and Lost stages: .* What to do: .*Remove CUSTOMER from one of the two lists/,
      ),
    ]);
  });

  it('refuses the app token (APPLICATIONS permission)', async () => {
    const [application] = app.host.applications.findManyApplications();
    const response = await fetch(`${app.host.url}/metadata`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${app.host.appToken}`,
      },
      body: JSON.stringify({
        query:
          'mutation($id: UUID!) { runApplicationHealthCheck(applicationId: $id) { status } }',
        variables: { id: application?.id },
      }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/APPLICATIONS permission/);
  });
});
