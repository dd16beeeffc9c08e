import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadDemoFamily } from '@global-accounts/seeds';

import {
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  GLOBAL_ACCOUNT,
  opportunityId,
  PEOPLE,
  updateDeal,
} from '../support/credit-scenario.util';
import {
  graphqlAs as GRAPHQL,
  readManifest,
  roleId,
  type Manifest,
} from '../support/manifest-roles.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';

// The built app on a host that enforces permissions as Twenty does
// (twenty-orm/repository/permissions.utils.ts): the logic functions act with the app's default
// role from the manifest, people and API keys with theirs.

const PERMISSION_DENIED = /User does not have permission/;

const failedRuns = (app: AppHost) =>
  app.host.runs().filter((run) => run.status === 'failed');

const CREATE_LINE = `mutation Line($data: [CreditAllocationCreateInput!]!) { createCreditAllocations(data: $data) { id } }`;
const UPDATE_PERIOD = `mutation Period($id: UUID!) { updateCreditPeriod(id: $id, data: { state: CLOSED }) { id } }`;

const manualLine = (index: number) => ({
  name: `Manual ${index}`,
  opportunityId: opportunityId(index),
  globalAccountId: GLOBAL_ACCOUNT,
  recipientId: PEOPLE.deLam,
  countryCode: 'DE',
  creditType: 'REVENUE',
  percent: 100,
  source: 'MANUAL',
  period: CURRENT_PERIOD.name,
});

describe('the app under its own role', () => {
  let app: AppHost;

  beforeAll(async () => {
    app = await startAppHost();
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('loads the demo family and follows a credit change without a permission failure', async () => {
    const loaded = await loadDemoFamily(app.api, () => undefined);
    if (!loaded.success) throw new Error(loaded.error.message);
    await app.host.waitForIdle(120_000);
    await createCreditScenario(app);
    const id = await createDeal(app, {
      index: 91,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
      shipTo: 'PL',
    });
    await updateDeal(app, id, {
      amount: { amountMicros: 2_000_000_000, currencyCode: 'EUR' },
    });
    const lines = await app.graphql<{
      creditAllocations: { totalCount: number };
    }>(
      'query Lines($id: UUID!) { creditAllocations(filter: { opportunityId: { eq: $id } }) { totalCount } }',
      { id },
    );

    expect(app.host.runs().length).toBeGreaterThan(0);
    expect(
      failedRuns(app).map(
        (run) => `${run.functionName}: ${run.error?.message}`,
      ),
    ).toEqual([]);
    expect(lines.creditAllocations.totalCount).toBeGreaterThan(0);
  });
});

describe('the app without a permission it needs', () => {
  let app: AppHost;
  let dir: string;

  beforeAll(async () => {
    const manifest = readManifest();
    const creditLine = manifest.objects.find(
      (object) => object.nameSingular === 'creditAllocation',
    );
    const appRole = manifest.roles.find(
      (role) =>
        role.universalIdentifier ===
        manifest.application.defaultRoleUniversalIdentifier,
    );
    const permission = appRole?.objectPermissions.find(
      (candidate) =>
        candidate.objectUniversalIdentifier === creditLine?.universalIdentifier,
    );
    if (permission === undefined) {
      throw new Error('The app role has no permission on credit lines');
    }
    permission.canUpdateObjectRecords = false;
    dir = mkdtempSync(path.join(tmpdir(), 'app-permissions-'));
    const manifestPath = path.join(dir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify(manifest));
    app = await startAppHost({ manifestPath });
    await createCreditScenario(app);
  });

  afterAll(async () => {
    await app.host.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails its runs with Twenty’s PERMISSION_DENIED and writes no credit line', async () => {
    await createDeal(app, {
      index: 92,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
    });
    const lines = await app.graphql<{
      creditAllocations: { totalCount: number };
    }>('{ creditAllocations { totalCount } }');

    expect(failedRuns(app).length).toBeGreaterThan(0);
    expect(
      failedRuns(app).every((run) =>
        PERMISSION_DENIED.test(run.error?.message ?? ''),
      ),
    ).toBe(true);
    expect(lines.creditAllocations.totalCount).toBe(0);
  });
});

describe('people and API keys with the app’s roles', () => {
  let app: AppHost;
  let manifest: Manifest;

  beforeAll(async () => {
    manifest = readManifest();
    app = await startAppHost();
    await createCreditScenario(app);
    for (const index of [93, 94]) {
      await createDeal(app, {
        index,
        amount: '500',
        owner: PEOPLE.deLam,
        company: 'DE',
      });
    }
  });

  afterAll(async () => {
    await app.host.stop();
  });

  // Integrations act through API keys with a role, people through their own role: the app's
  // rep and manager roles can be given to both (canBeAssignedToApiKeys and ToUsers).
  const tokenFor = (kind: 'API key' | 'person', label: string): string => {
    const roleUniversalIdentifier = roleId(manifest, label);
    return kind === 'API key'
      ? app.host.createApiKey({ roleUniversalIdentifier })
      : app.host.createUserToken(PEOPLE.plLam, { roleUniversalIdentifier });
  };

  it.each(['API key', 'person'] as const)(
    'a rep (%s) reads credit lines but cannot write them or credit periods',
    async (kind) => {
      const rep = tokenFor(kind, 'Global account rep');

      const line = await GRAPHQL(app, rep, CREATE_LINE, {
        data: [manualLine(93)],
      });
      const period = await GRAPHQL(app, rep, UPDATE_PERIOD, {
        id: CURRENT_PERIOD.id,
      });
      const read = await GRAPHQL(
        app,
        rep,
        '{ creditAllocations { totalCount } }',
      );

      expect(line.errors?.[0]).toMatchObject({
        message: 'User does not have permission',
        extensions: { code: 'FORBIDDEN', subCode: 'PERMISSION_DENIED' },
      });
      expect(period.errors?.[0]?.message).toMatch(PERMISSION_DENIED);
      expect(read.errors).toBeUndefined();
    },
  );

  it.each(['API key', 'person'] as const)(
    'a manager (%s) can write both',
    async (kind) => {
      const manager = tokenFor(kind, 'Global account manager');

      const line = await GRAPHQL(app, manager, CREATE_LINE, {
        data: [manualLine(kind === 'API key' ? 93 : 94)],
      });
      const period = await GRAPHQL(app, manager, UPDATE_PERIOD, {
        id: CURRENT_PERIOD.id,
      });

      expect(line.errors).toBeUndefined();
      expect(period.errors).toBeUndefined();
      await app.host.waitForIdle(60_000);
    },
  );

  it('refuses an API key for the app’s own role, as Twenty does (canBeAssignedToApiKeys false)', () => {
    expect(() =>
      app.host.createApiKey({
        roleUniversalIdentifier:
          manifest.application.defaultRoleUniversalIdentifier,
      }),
    ).toThrow(/cannot be assigned to API keys/);
  });
});
