import path from 'node:path';

import { type AccountCockpit as Cockpit } from '@global-accounts/domain';
import { companyId, DEMO_GLOBAL_ACCOUNT } from '@global-accounts/seeds';

import {
  ARTIFACTS_DIR,
  describeInChromium,
  renderFrontComponent,
} from '../support/chromium-page.util';
import {
  callAppRoute,
  startDemoFamilyHost,
  type AppHost,
} from '../support/start-app-host.util';

const TASK_TITLE = 'Call Nordlys Polska about the Q4 volume';

// Cents of a micros sum, rounded half away from zero, computed here apart from the domain.
const centsOf = (micros: bigint): number => {
  const magnitude = micros < 0n ? -micros : micros;
  const cents = Number((magnitude + 5_000n) / 10_000n);
  return micros < 0n ? -cents : cents;
};

describe('the global account cockpit, on the demo family', () => {
  let app: AppHost;
  const cockpitUrl = () =>
    `${app.host.url}/front-components/account-cockpit?recordId=${DEMO_GLOBAL_ACCOUNT.id}`;

  const getCockpit = (id: string) =>
    callAppRoute(app, 'GET', `/global-accounts/${id}/cockpit`);

  /** The account's ledger, read apart from the cockpit: cents per office and status. */
  const ledgerByOffice = async (): Promise<Map<string, number>> => {
    const data = await app.graphql<{
      creditAllocations: {
        edges: {
          node: {
            countryCode: string | null;
            status: string;
            reportingAmount: { amountMicros: number | null } | null;
          };
        }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(
      `query Ledger($id: UUID!) { creditAllocations(filter: { globalAccountId: { eq: $id }, creditType: { eq: REVENUE } }, first: 200) {
        edges { node { countryCode status reportingAmount { amountMicros } } } pageInfo { hasNextPage } } }`,
      { id: DEMO_GLOBAL_ACCOUNT.id },
    );
    expect(data.creditAllocations.pageInfo.hasNextPage).toBe(false);
    const sums = new Map<string, bigint>();
    for (const { node } of data.creditAllocations.edges) {
      const key = `${node.countryCode ?? '—'} ${node.status}`;
      sums.set(
        key,
        (sums.get(key) ?? 0n) + BigInt(node.reportingAmount?.amountMicros ?? 0),
      );
    }
    return new Map([...sums].map(([key, micros]) => [key, centsOf(micros)]));
  };

  beforeAll(async () => {
    app = await startDemoFamilyHost();
    // After the workflows' own writes, so the task is the family's newest activity.
    const task = await app.graphql<{ createTask: { id: string } }>(
      'mutation Task($title: String!) { createTask(data: { title: $title }) { id } }',
      { title: TASK_TITLE },
    );
    await app.graphql(
      'mutation Target($taskId: ID!, $companyId: ID!) { createTaskTarget(data: { taskId: $taskId, targetCompanyId: $companyId }) { id } }',
      { taskId: task.createTask.id, companyId: companyId('pl') },
    );
    await app.host.waitForIdle(300_000);
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it("gives each office's revenue credit as the ledger holds it: won apart from provisional, reversed lines left out", async () => {
    const { status, body } = await getCockpit(DEMO_GLOBAL_ACCOUNT.id);
    expect(status).toBe(200);
    const cockpit = body as Cockpit;
    const ledger = await ledgerByOffice();
    expect(cockpit.creditByOffice.length).toBeGreaterThan(0);
    for (const row of cockpit.creditByOffice) {
      expect(row.currency).toBe(cockpit.account.reportingCurrency);
      expect(row.creditedMinor).toBe(
        ledger.get(`${row.countryCode} CREDITED`) ?? 0,
      );
      expect(row.provisionalMinor).toBe(
        ledger.get(`${row.countryCode} PROVISIONAL`) ?? 0,
      );
    }
    const offices = new Set(
      cockpit.creditByOffice.map((row) => row.countryCode),
    );
    for (const key of ledger.keys()) {
      const [country, lineStatus] = key.split(' ');
      if (lineStatus === 'CREDITED' || lineStatus === 'PROVISIONAL')
        expect(offices).toContain(country);
    }
  });

  it('shows every member company once, the open conflicts and the family task', async () => {
    const cockpit = (await getCockpit(DEMO_GLOBAL_ACCOUNT.id)).body as Cockpit;
    const members = await app.graphql<{
      companies: { edges: { node: { id: string } }[] };
    }>(
      'query Members($id: UUID!) { companies(filter: { globalAccountId: { eq: $id } }, first: 200) { edges { node { id } } } }',
      { id: DEMO_GLOBAL_ACCOUNT.id },
    );
    expect(cockpit.familyTree.map((row) => row.id).sort()).toEqual(
      members.companies.edges.map(({ node }) => node.id).sort(),
    );
    const open = await app.graphql<{
      conflicts: { edges: { node: { kind: string; summary: string } }[] };
    }>(
      'query Open($id: UUID!) { conflicts(filter: { globalAccountId: { eq: $id }, status: { eq: OPEN } }, first: 200) { edges { node { kind summary } } } }',
      { id: DEMO_GLOBAL_ACCOUNT.id },
    );
    const causes = new Set(
      open.conflicts.edges.map(({ node }) => `${node.kind} ${node.summary}`),
    );
    expect(
      cockpit.conflicts.map((row) => `${row.kind} ${row.summary}`).sort(),
    ).toEqual([...causes].sort());
    expect(cockpit.recentActivity).toContainEqual(
      expect.objectContaining({ kind: 'TASK', title: TASK_TITLE }),
    );
  });

  it('refuses an address that names no account, in words', async () => {
    const unknown = await getCockpit('00000000-0000-4000-8000-000000000999');
    expect(unknown.status).toBe(404);
    expect(JSON.stringify(unknown.body)).toContain('No global account');
    const malformed = await getCockpit('not-an-id');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('UUID');
  });

  describeInChromium('in headless Chromium, as a person sees it', (browser) => {
    it('renders the built bundle with the figures of the ledger and no error', async () => {
      const cockpit = (await getCockpit(DEMO_GLOBAL_ACCOUNT.id))
        .body as Cockpit;
      const page = await renderFrontComponent({
        browser: browser(),
        url: cockpitUrl(),
        screenshotPath: path.join(ARTIFACTS_DIR, 'account-cockpit.png'),
      });
      expect(page.alerts).toEqual([]);
      expect(page.text).not.toContain('Loading');
      expect(page.text).toContain(cockpit.account.name);
      for (const section of [
        'Family and coverage',
        'Pipeline and won revenue by country',
        'Revenue credit by office',
        'Agreement tier progress',
        'Open conflicts',
        'Recent activity in the family',
      ])
        expect(page.text).toContain(section);
      for (const row of cockpit.creditByOffice) {
        expect(page.text).toContain(row.credited);
        expect(page.text).toContain(row.provisional);
      }
      for (const row of cockpit.familyTree)
        expect(page.text).toContain(row.name);
      expect(page.text).toContain(TASK_TITLE);
      expect(page.renderedMs).toBeGreaterThan(0);
    });

    it('says so in words when the record is not a global account', async () => {
      const page = await renderFrontComponent({
        browser: browser(),
        url: `${app.host.url}/front-components/account-cockpit?recordId=00000000-0000-4000-8000-000000000999`,
      });
      expect(page.alerts.join(' ')).toContain('No global account');
    });
  });
});
