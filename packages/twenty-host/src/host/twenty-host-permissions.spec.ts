import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  FIXTURE_APP_DIR,
  createGraphqlClient,
  fixtureHostOptions,
} from '../testing/host-test-client.util';
import { type TwentyHost, startTwentyHost } from './start-twenty-host';

// Permissions as Twenty enforces them (twenty-orm/repository/permissions.utils.ts): the app
// token acts with the app's default role, API keys and users with theirs.

const WIDGET = '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c10';
const WIDGET_SKU = '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c18';
const COMPANY = '20202020-b374-4779-a561-80086cb2e17f';
const APP_ROLE = '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c40';
const REP_ROLE = '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c41';
const USER_ONLY_ROLE = '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c42';

const role = (overrides: Record<string, unknown>) => ({
  canReadAllObjectRecords: false,
  canUpdateAllObjectRecords: false,
  canSoftDeleteAllObjectRecords: false,
  canDestroyAllObjectRecords: false,
  canBeAssignedToUsers: false,
  canBeAssignedToApiKeys: false,
  objectPermissions: [],
  fieldPermissions: [],
  permissionFlagUniversalIdentifiers: [],
  ...overrides,
});

const ROLES = [
  role({
    universalIdentifier: APP_ROLE,
    label: 'Fixture app role',
    objectPermissions: [
      {
        objectUniversalIdentifier: WIDGET,
        canReadObjectRecords: true,
        canUpdateObjectRecords: true,
        canSoftDeleteObjectRecords: false,
        canDestroyObjectRecords: false,
      },
      { objectUniversalIdentifier: COMPANY, canReadObjectRecords: true },
    ],
    fieldPermissions: [
      {
        objectUniversalIdentifier: WIDGET,
        fieldUniversalIdentifier: WIDGET_SKU,
        canReadFieldValue: true,
        canUpdateFieldValue: false,
      },
    ],
  }),
  role({
    universalIdentifier: REP_ROLE,
    label: 'Fixture rep',
    canReadAllObjectRecords: true,
    canUpdateAllObjectRecords: true,
    canSoftDeleteAllObjectRecords: true,
    canBeAssignedToUsers: true,
    canBeAssignedToApiKeys: true,
    objectPermissions: [
      {
        objectUniversalIdentifier: WIDGET,
        canReadObjectRecords: true,
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
        canDestroyObjectRecords: false,
      },
    ],
  }),
  role({
    universalIdentifier: USER_ONLY_ROLE,
    label: 'Users only',
    canReadAllObjectRecords: true,
    canBeAssignedToUsers: true,
  }),
];

const FORBIDDEN = {
  message: 'User does not have permission',
  extensions: {
    code: 'FORBIDDEN',
    subCode: 'PERMISSION_DENIED',
    userFriendlyMessage: 'User does not have permission.',
  },
};

let host: TwentyHost;
let dir: string;
let admin: ReturnType<typeof createGraphqlClient>;
let app: ReturnType<typeof createGraphqlClient>;
let companyId: string;
let widgetId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'twenty-host-permissions-'));
  const manifest = JSON.parse(
    readFileSync(join(FIXTURE_APP_DIR, 'manifest.json'), 'utf8'),
  ) as Record<string, unknown>;
  const manifestPath = join(dir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, roles: ROLES }));
  host = await startTwentyHost(
    fixtureHostOptions({ manifestPath, bundlesDir: undefined }),
  );
  admin = createGraphqlClient(host.url, host.apiKey);
  app = createGraphqlClient(host.url, host.appToken);
  const company = await admin(
    'mutation { createCompany(data: { name: "Acme" }) { id } }',
  );
  companyId = (company.data?.createCompany as { id: string }).id;
  const widget = await admin(
    'mutation($companyId: ID) { createWidget(data: { name: "W", sku: "W-1", companyId: $companyId }) { id } }',
    { companyId },
  );
  expect(widget.errors).toBeUndefined();
  widgetId = (widget.data?.createWidget as { id: string }).id;
});

afterAll(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('the app token acts with the app default role', () => {
  it('reads and writes what the role allows', async () => {
    const read = await app(
      '{ widgets { edges { node { id sku company { name } } } } companies { edges { node { widgets { totalCount } } } } workspaceMembers { totalCount } }',
    );
    const created = await app(
      'mutation { createWidget(data: { name: "By app", quantity: 2 }) { id } }',
    );
    const updated = await app(
      'mutation($id: UUID!) { updateWidget(id: $id, data: { quantity: 3 }) { quantity } }',
      { id: widgetId },
    );

    expect(read.errors).toBeUndefined();
    expect(created.errors).toBeUndefined();
    expect(updated.data?.updateWidget).toEqual({ quantity: 3 });
  });

  it.each([
    [
      'reads an object it has no read permission on',
      '{ people { totalCount } }',
    ],
    [
      'creates on a read-only object',
      'mutation { createCompany(data: { name: "No" }) { id } }',
    ],
    [
      'soft-deletes without canSoftDelete',
      'mutation($id: UUID!) { deleteWidget(id: $id) { id } }',
    ],
    [
      'restores without canSoftDelete',
      'mutation($id: UUID!) { restoreWidget(id: $id) { id } }',
    ],
    [
      'destroys without canDestroy',
      'mutation($id: UUID!) { destroyWidget(id: $id) { id } }',
    ],
  ])('is refused when it %s', async (_label, query) => {
    const result = await app(query, { id: widgetId });

    expect(result.errors?.[0]).toMatchObject(FORBIDDEN);
  });

  it('is refused when it writes a field with canUpdate false, and nothing is written', async () => {
    const result = await app(
      'mutation($id: UUID!) { updateWidget(id: $id, data: { sku: "X", quantity: 9 }) { id } }',
      { id: widgetId },
    );
    const after = await admin(
      'query($id: UUID!) { widget(filter: { id: { eq: $id } }) { sku quantity } }',
      { id: widgetId },
    );

    expect(result.errors?.[0]).toMatchObject({
      message:
        'User does not have permission: no permission to write field "sku" on "widget"',
      extensions: { code: 'FORBIDDEN', subCode: 'PERMISSION_DENIED' },
    });
    expect(after.data?.widget).toEqual({ sku: 'W-1', quantity: 3 });
  });
});

describe('API keys and users act with their role', () => {
  it('an API key with a role can do what its role allows, and no more', async () => {
    const rep = createGraphqlClient(
      host.url,
      host.createApiKey({ roleUniversalIdentifier: REP_ROLE }),
    );

    const reads = await rep('{ widgets { totalCount } people { totalCount } }');
    const companyUpdate = await rep(
      'mutation($id: UUID!) { updateCompany(id: $id, data: { employees: 5 }) { employees } }',
      { id: companyId },
    );
    const widgetCreate = await rep(
      'mutation { createWidget(data: { name: "By rep" }) { id } }',
    );
    const companyDestroy = await rep(
      'mutation($id: UUID!) { destroyCompany(id: $id) { id } }',
      { id: companyId },
    );

    expect(reads.errors).toBeUndefined();
    expect(companyUpdate.data?.updateCompany).toEqual({ employees: 5 });
    expect(widgetCreate.errors?.[0]).toMatchObject(FORBIDDEN);
    expect(companyDestroy.errors?.[0]).toMatchObject(FORBIDDEN);
  });

  it('refuses an API key for a role that cannot be given to API keys', () => {
    expect(() =>
      host.createApiKey({ roleUniversalIdentifier: USER_ONLY_ROLE }),
    ).toThrow('Role "Users only" cannot be assigned to API keys');
  });

  it('a member with a role acts with it', async () => {
    const member = createGraphqlClient(
      host.url,
      host.createUserToken(host.service.newId(), {
        roleUniversalIdentifier: USER_ONLY_ROLE,
      }),
    );

    const read = await member('{ widgets { totalCount } }');
    const write = await member(
      'mutation { createWidget(data: { name: "By member" }) { id } }',
    );

    expect(read.errors).toBeUndefined();
    expect(write.errors?.[0]).toMatchObject(FORBIDDEN);
  });
});
