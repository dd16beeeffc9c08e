// The admin's path of the README, run with the real twenty CLI (twenty-sdk's bin) against
// the host started with no app: remote:add with an API key, the tarball upload of
// app:publish --private, app:install, an upgrade, the refusals and app:uninstall.
import {
  COMPANIES,
  createCreditScenario,
  createDeal,
  CURRENT_PERIOD,
  ledgerOf,
  PEOPLE,
} from '../support/credit-scenario.util';
import {
  builtAppVersion,
  packApp,
  removePackedApps,
} from '../support/pack-app.util';
import { startAppHost, type AppHost } from '../support/start-app-host.util';
import { createTwentyCli, type TwentyCli } from '../support/twenty-cli.util';

const UPGRADE_FIELD = {
  universalIdentifier: '542fa7b7-b49f-43a4-8ec7-b697fd2c33f0',
  type: 'TEXT',
  name: 'upgradeNote',
  label: 'Upgrade note',
  description: 'A field only the upgraded version has.',
  icon: 'IconNote',
  isNullable: true,
};

type ManifestObject = { nameSingular: string; fields: unknown[] };

const addUpgradeField = (manifest: Record<string, unknown>): void => {
  const objects = manifest.objects as ManifestObject[];
  const globalAccount = objects.find(
    (object) => object.nameSingular === 'globalAccount',
  );
  if (globalAccount === undefined)
    throw new Error('The manifest has no globalAccount object');
  globalAccount.fields.push(UPGRADE_FIELD);
};

const nextPatchVersion = (version: string): string => {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
};

const countOf = async (app: AppHost, plural: string): Promise<number> =>
  (
    await app.graphql<Record<string, { totalCount: number }>>(
      `{ ${plural} { totalCount } }`,
    )
  )[plural]?.totalCount ?? -1;

const startBareHost = (serverVersion?: string): Promise<AppHost> =>
  startAppHost({
    manifestPath: undefined,
    bundlesDir: undefined,
    ...(serverVersion === undefined ? {} : { serverVersion }),
  });

describe('install, upgrade and uninstall with the twenty CLI against the host', () => {
  let app: AppHost;
  let cli: TwentyCli;
  let firstTarball: string;
  let dealId: string;

  beforeAll(async () => {
    [app, firstTarball] = await Promise.all([startBareHost(), packApp()]);
    cli = createTwentyCli();
  });

  afterAll(async () => {
    await app.host.stop();
    cli.dispose();
    removePackedApps();
  });

  it('adds the host as a remote with the API key, and refuses a wrong key', async () => {
    const refused = await cli.run([
      'remote:add',
      '--url',
      app.host.url,
      '--api-key',
      'th_api_not_a_key',
      '--as',
      'wrong',
    ]);
    expect(refused.exitCode).toBe(1);
    expect(refused.output).toContain('Authentication failed');

    const added = await cli.run([
      'remote:add',
      '--url',
      app.host.url,
      '--api-key',
      app.host.apiKey,
      '--as',
      'host',
    ]);
    expect(added.output).toContain('Remote "host" added');
    expect(added.exitCode).toBe(0);
  });

  it('publishes and installs the app: its objects exist and its functions run only from then on', async () => {
    await app.graphql(
      'mutation { createCompany(data: { name: "Standard Ltd" }) { id } }',
    );
    await expect(
      app.graphql('{ globalAccounts { totalCount } }'),
    ).rejects.toThrow(/globalAccounts/);

    const published = await cli.deployTarball({
      tarballPath: firstTarball,
      remote: 'host',
    });
    expect(published.output).toContain('deployed');
    expect(published.exitCode).toBe(0);
    const installed = await cli.run(['app:install', '--remote', 'host']);
    expect(installed.output).toContain('Application installed');
    expect(installed.exitCode).toBe(0);

    expect(app.host.applications.findManyApplications()).toEqual([
      expect.objectContaining({
        name: 'Global Accounts',
        version: builtAppVersion(),
      }),
    ]);
    // Install queues the post-install function (and it the full recomputation), nothing else.
    await app.host.waitForIdle(60_000);
    expect(
      app.host
        .runs()
        .map((run) => `${run.functionName} ${run.status}`)
        .sort(),
    ).toEqual(['post-install succeeded', 'recalculate-credit-batch succeeded']);
    const periods = await app.graphql<{
      creditPeriods: { edges: { node: { name: string; state: string } }[] };
    }>('{ creditPeriods { edges { node { name state } } } }');
    expect(periods.creditPeriods.edges.map(({ node }) => node)).toEqual([
      { name: CURRENT_PERIOD.name, state: 'OPEN' },
    ]);
    await createCreditScenario(app);
    dealId = await createDeal(app, {
      index: 1,
      amount: '1000',
      owner: PEOPLE.deLam,
      company: 'DE',
    });
    expect(await ledgerOf(app, dealId)).not.toEqual([]);
    expect(app.host.runs().length).toBeGreaterThan(0);
    expect(app.host.runs().filter((run) => run.status !== 'succeeded')).toEqual(
      [],
    );
  });

  it('refuses the same version again: publish (VERSION_ALREADY_EXISTS) and install (already installed)', async () => {
    const republished = await cli.deployTarball({
      tarballPath: firstTarball,
      remote: 'host',
    });
    expect(republished.exitCode).toBe(1);
    expect(republished.output).toContain(
      `version must be higher than the currently deployed version ${builtAppVersion()}`,
    );
    const reinstalled = await cli.run(['app:install', '--remote', 'host']);
    expect(reinstalled.exitCode).toBe(1);
    expect(reinstalled.output).toContain('is already installed');
  });

  it('upgrades to a version that adds a field: records and the credit ledger are kept', async () => {
    const ledgerBefore = await ledgerOf(app, dealId);
    const linesBefore = await countOf(app, 'creditAllocations');
    const companiesBefore = await countOf(app, 'companies');
    const nextVersion = nextPatchVersion(builtAppVersion());
    const tarball = await packApp({
      version: nextVersion,
      editManifest: addUpgradeField,
    });

    const published = await cli.deployTarball({
      tarballPath: tarball,
      remote: 'host',
    });
    expect(published.exitCode).toBe(0);
    const installed = await cli.run(['app:install', '--remote', 'host']);
    expect(installed.exitCode).toBe(0);

    expect(app.host.applications.findManyApplications()).toEqual([
      expect.objectContaining({ version: nextVersion }),
    ]);
    // An upgrade does not run the post-install function (shouldRunOnVersionUpgrade is off).
    await app.host.waitForIdle(60_000);
    expect(
      app.host.runs().filter((run) => run.functionName === 'post-install'),
    ).toEqual([]);
    const accounts = await app.graphql<{
      globalAccounts: {
        edges: { node: { id: string; upgradeNote: string | null } }[];
      };
    }>('{ globalAccounts { edges { node { id upgradeNote } } } }');
    expect(accounts.globalAccounts.edges.length).toBeGreaterThan(0);
    expect(
      accounts.globalAccounts.edges.map(({ node }) => node.upgradeNote),
    ).toEqual(accounts.globalAccounts.edges.map(() => null));
    expect(await ledgerOf(app, dealId)).toEqual(ledgerBefore);
    expect(await countOf(app, 'creditAllocations')).toBe(linesBefore);
    expect(await countOf(app, 'companies')).toBe(companiesBefore);

    // The upgraded functions run: a new deal gets its credit.
    const next = await createDeal(app, {
      index: 2,
      amount: '500',
      owner: PEOPLE.deLam,
      company: 'DE',
    });
    expect(await ledgerOf(app, next)).not.toEqual([]);
  });

  it('uninstalls: the app objects and their data are gone, the standard records stay', async () => {
    const companiesBefore = await countOf(app, 'companies');
    const peopleBefore = await countOf(app, 'people');

    const uninstalled = await cli.run(['app:uninstall', '--yes']);
    expect(uninstalled.output).toContain('uninstalled');
    expect(uninstalled.exitCode).toBe(0);

    expect(app.host.applications.findManyApplications()).toEqual([]);
    await expect(
      app.graphql('{ creditAllocations { totalCount } }'),
    ).rejects.toThrow(/creditAllocations/);
    await expect(
      app.graphql('{ companies { edges { node { globalAccountId } } } }'),
    ).rejects.toThrow(/globalAccountId/);
    expect(await countOf(app, 'companies')).toBe(companiesBefore);
    expect(await countOf(app, 'people')).toBe(peopleBefore);
    const company = await app.graphql<{ company: { name: string } | null }>(
      'query Company($id: UUID!) { company(filter: { id: { eq: $id } }) { name } }',
      { id: COMPANIES.DE },
    );
    expect(company.company).not.toBeNull();
  });
});

describe('a Twenty below the range of engines.twenty', () => {
  let app: AppHost;
  let cli: TwentyCli;

  beforeAll(async () => {
    app = await startBareHost('2.39.0');
    cli = createTwentyCli();
  });

  afterAll(async () => {
    await app.host.stop();
    cli.dispose();
    removePackedApps();
  });

  it('refuses the upload (SERVER_VERSION_INCOMPATIBLE) and has nothing to install', async () => {
    const added = await cli.run([
      'remote:add',
      '--url',
      app.host.url,
      '--api-key',
      app.host.apiKey,
      '--as',
      'old',
    ]);
    expect(added.exitCode).toBe(0);

    const published = await cli.deployTarball({
      tarballPath: await packApp(),
      remote: 'old',
    });
    expect(published.exitCode).toBe(1);
    expect(published.output).toContain(
      'App requires Twenty server >=2.40.0 but this server is 2.39.0',
    );
    const installed = await cli.run(['app:install', '--remote', 'old']);
    expect(installed.exitCode).toBe(1);
    expect(installed.output).toContain('registration');
    expect(app.host.applications.findManyApplications()).toEqual([]);
    await expect(
      app.graphql('{ globalAccounts { totalCount } }'),
    ).rejects.toThrow(/globalAccounts/);
  });
});
