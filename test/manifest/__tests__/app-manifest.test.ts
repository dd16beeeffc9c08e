import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STANDARD_OBJECT, STANDARD_PAGE_LAYOUT } from 'twenty-sdk/define';

import { checkManifest, type Manifest } from '@global-accounts/manifest-check';

import { APP_ROOT, readBuiltAppManifest } from '../build-app-manifest.util';
import { countEntityFiles } from '../count-entity-files.util';
import { createSdkCheckContext } from '../create-sdk-check-context.util';
import {
  EXPECTED_CUSTOM_OBJECTS,
  EXPECTED_STANDARD_OBJECT_FIELDS,
  type ExpectedField,
  EXTRA_SELECT_VALUES,
} from '../expected-data-model.constant';

type ManifestField =
  Manifest['fields'][number] | Manifest['objects'][number]['fields'][number];

let manifest: Manifest;
let rawManifest: unknown;

beforeAll(() => {
  ({ manifest, rawManifest } = readBuiltAppManifest());
});

const objectNamesByUniversalIdentifier = (): Map<string, string> =>
  new Map([
    ...Object.entries(STANDARD_OBJECT).map(
      ([name, object]): [string, string] => [object.universalIdentifier, name],
    ),
    ...manifest.objects.map((object): [string, string] => [
      object.universalIdentifier,
      object.nameSingular,
    ]),
  ]);

const objectId = (name: string): string => {
  const id = [...objectNamesByUniversalIdentifier()].find(
    ([, candidate]) => candidate === name,
  )?.[0];
  if (id === undefined) throw new Error(`unknown object ${name}`);
  return id;
};

const roleIdByLabel = (label: string): string => {
  const role = manifest.roles.find((candidate) => candidate.label === label);
  if (role === undefined) throw new Error(`no role labelled ${label}`);
  return role.universalIdentifier;
};

const findCustomField = (
  objectName: string,
  fieldName: string,
): ManifestField | undefined =>
  manifest.objects
    .find((object) => object.nameSingular === objectName)
    ?.fields.find((field) => field.name === fieldName);

const findStandardObjectField = (
  objectName: string,
  fieldName: string,
): ManifestField | undefined => {
  const objectId = objectNamesByUniversalIdentifier();
  return manifest.fields.find(
    (field) =>
      field.name === fieldName &&
      objectId.get(field.objectUniversalIdentifier) === objectName,
  );
};

const expectFieldToMatch = (
  key: string,
  field: ManifestField | undefined,
  expected: ExpectedField,
) => {
  expect(field).toBeDefined();
  expect(field?.type).toBe(expected.type);
  if (expected.type === 'SELECT') {
    const values = field?.options.map((option) => option.value);
    expect(values).toEqual([
      ...expected.values,
      ...(EXTRA_SELECT_VALUES[key] ?? []),
    ]);
    expect(
      field?.options.every(
        (option) =>
          typeof option['label'] === 'string' &&
          typeof option['color'] === 'string',
      ),
    ).toBe(true);
  }
  if (expected.type === 'RELATION') {
    expect(field?.universalSettings?.['relationType']).toBe(
      expected.relationType,
    );
    const target = field?.relationTargetObjectMetadataUniversalIdentifier ?? '';
    expect(objectNamesByUniversalIdentifier().get(target)).toBe(
      expected.target,
    );
  }
  if ('isUnique' in expected) {
    expect(field?.['isUnique']).toBe(true);
  }
};

const CUSTOM_FIELD_CASES = Object.entries(EXPECTED_CUSTOM_OBJECTS).flatMap(
  ([objectName, fields]) =>
    Object.entries(fields).map(([fieldName, expected]) => ({
      key: `${objectName}.${fieldName}`,
      objectName,
      fieldName,
      expected,
    })),
);
const STANDARD_FIELD_CASES = Object.entries(
  EXPECTED_STANDARD_OBJECT_FIELDS,
).flatMap(([objectName, fields]) =>
  Object.entries(fields).map(([fieldName, expected]) => ({
    key: `${objectName}.${fieldName}`,
    objectName,
    fieldName,
    expected,
  })),
);

const isUuidV5 = (id: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(
    id,
  );

const collectIds = (value: unknown, key = ''): string[] => {
  if (Array.isArray(value))
    return value.flatMap((item) => collectIds(item, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([childKey, child]) =>
      collectIds(child, childKey),
    );
  }
  // Entity ids and SELECT option ids.
  return typeof value === 'string' &&
    (key === 'universalIdentifier' || key === 'id')
    ? [value]
    : [];
};

// The UUID literals written in the app's identifier files (objects/ and
// workflows/ each keep one), read as text: the test project may not import the
// app's sources.
// Every `*universal-identifiers.ts` file of objects/constants and workflows/constants.
const IDENTIFIER_FILES = ['objects', 'workflows']
  .map((folder) => path.join(APP_ROOT, folder, 'constants'))
  .filter((folder) => existsSync(folder))
  .flatMap((folder) =>
    readdirSync(folder)
      .filter((file) => file.endsWith('universal-identifiers.ts'))
      .map((file) => path.join(folder, file)),
  );
const readWrittenIds = (): string[] =>
  IDENTIFIER_FILES.filter((file) => existsSync(file)).flatMap(
    (file) =>
      readFileSync(file, 'utf8').match(
        /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g,
      ) ?? [],
  );

const collectConstantIds = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(collectConstantIds)
      : [];

describe('the app built with twenty-sdk', () => {
  it('writes a manifest for the app declared in application.config.ts', () => {
    expect(readWrittenIds()).toContain(
      manifest.application.universalIdentifier,
    );
    expect(manifest.application['displayName']).toBe('Global Accounts');
    expect(manifest.application['requiredServerVersionRange']).toEqual(
      expect.stringContaining('>='),
    );
  });

  it('holds one entity per define file (a file without a direct export default is silently dropped)', () => {
    const files = countEntityFiles(APP_ROOT);

    const counts = Object.fromEntries(
      Object.keys(files).map((kind) => [
        kind,
        (manifest[kind as keyof typeof files] as unknown[]).length,
      ]),
    );

    expect(counts).toEqual(files);
  });

  it('passes the offline manifest check without errors', () => {
    const violations = checkManifest(rawManifest, createSdkCheckContext());

    expect(
      violations.filter((violation) => violation.severity === 'error'),
    ).toEqual([]);
  });

  it('takes every universal identifier from objects/constants or derives it deterministically', () => {
    const written = new Set(readWrittenIds());
    const standard = new Set(collectConstantIds(STANDARD_OBJECT));

    const strays = collectIds(rawManifest).filter(
      (id) => !written.has(id) && !standard.has(id) && !isUuidV5(id),
    );

    expect(strays).toEqual([]);
  });
});

describe('the data model of DATA-MODEL.md', () => {
  it('has exactly its custom objects', () => {
    const names = manifest.objects.map((object) => object.nameSingular).sort();

    expect(names).toEqual(Object.keys(EXPECTED_CUSTOM_OBJECTS).sort());
  });

  it.each(CUSTOM_FIELD_CASES)(
    'defines $key as $expected.type',
    ({ key, objectName, fieldName, expected }) => {
      expectFieldToMatch(key, findCustomField(objectName, fieldName), expected);
    },
  );

  it.each(STANDARD_FIELD_CASES)(
    'adds $key as $expected.type',
    ({ key, objectName, fieldName, expected }) => {
      expectFieldToMatch(
        key,
        findStandardObjectField(objectName, fieldName),
        expected,
      );
    },
  );

  it('indexes company.matchKey', () => {
    const matchKey = findStandardObjectField('company', 'matchKey');

    const indexedFields = manifest.indexes.flatMap((index) =>
      index.fields.map((field) => field.fieldUniversalIdentifier),
    );

    expect(indexedFields).toContain(matchKey?.universalIdentifier);
  });
});

describe('roles', () => {
  const roleById = (id: string) => {
    const role = manifest.roles.find(
      (candidate) => candidate.universalIdentifier === id,
    );
    if (role === undefined)
      throw new Error(`role ${id} is not in the manifest`);
    return role;
  };
  const permissionOn = (roleId: string, objectName: string) =>
    roleById(roleId).objectPermissions.find(
      (entry) => entry.objectUniversalIdentifier === objectId(objectName),
    );

  it('runs the logic functions with the app role, which reads only what they read', () => {
    const appRole = roleById(
      manifest.application.defaultRoleUniversalIdentifier ?? '',
    );

    const readable = appRole.objectPermissions
      .filter((entry) => entry.canReadObjectRecords === true)
      .map((entry) =>
        objectNamesByUniversalIdentifier().get(entry.objectUniversalIdentifier),
      )
      .sort();

    expect(manifest.application.defaultRoleUniversalIdentifier).toBe(
      manifest.application.defaultRoleUniversalIdentifier ?? '',
    );
    expect(appRole.canReadAllObjectRecords).toBe(false);
    expect(readable).toEqual(
      [
        ...Object.keys(EXPECTED_CUSTOM_OBJECTS),
        'company',
        'opportunity',
        'workspaceMember',
        // The cockpit's recent activity of the family.
        'task',
        'taskTarget',
        'note',
        'noteTarget',
      ].sort(),
    );
  });

  it('lets the app role write credit lines, conflicts and computed fields only, and delete credit lines only (the split editor removes manual lines through it) and destroy nothing', () => {
    const appRole = roleById(
      manifest.application.defaultRoleUniversalIdentifier ?? '',
    );

    const writable = appRole.objectPermissions
      .filter((entry) => entry['canUpdateObjectRecords'] === true)
      .map((entry) =>
        objectNamesByUniversalIdentifier().get(entry.objectUniversalIdentifier),
      )
      .sort();
    const deletes = appRole.objectPermissions
      .filter((entry) => entry['canSoftDeleteObjectRecords'] === true)
      .map((entry) =>
        objectNamesByUniversalIdentifier().get(entry.objectUniversalIdentifier),
      );
    const destroys = appRole.objectPermissions.filter(
      (entry) => entry['canDestroyObjectRecords'] === true,
    );
    const readOnlyFieldIds = new Set(
      appRole.fieldPermissions.map((entry) => entry.fieldUniversalIdentifier),
    );

    expect(writable).toEqual([
      'accountPlanObjective',
      'company',
      'conflict',
      'creditAllocation',
      'creditPeriod',
      'frameworkAgreement',
      'globalAccount',
      'opportunity',
      'rebateSettlement',
    ]);
    expect(deletes).toEqual(['creditAllocation']);
    expect(destroys).toEqual([]);
    expect(
      readOnlyFieldIds.has(
        findStandardObjectField('company', 'matchKey')?.universalIdentifier ??
          '',
      ),
    ).toBe(false);
    expect(
      readOnlyFieldIds.has(
        findStandardObjectField('company', 'globalAccountSince')
          ?.universalIdentifier ?? '',
      ),
    ).toBe(false);
    // The hierarchy rules (issue 11) join a company to its parent's account and put back a
    // parent that makes a cycle.
    expect(
      readOnlyFieldIds.has(
        findStandardObjectField('company', 'globalAccount')
          ?.universalIdentifier ?? '',
      ),
    ).toBe(false);
    expect(
      readOnlyFieldIds.has(
        findStandardObjectField('company', 'parentCompany')
          ?.universalIdentifier ?? '',
      ),
    ).toBe(false);
    expect(
      readOnlyFieldIds.has(
        findStandardObjectField('opportunity', 'agreementStatus')
          ?.universalIdentifier ?? '',
      ),
    ).toBe(false);
    expect(
      readOnlyFieldIds.has(
        findCustomField('globalAccount', 'openPipeline')?.universalIdentifier ??
          '',
      ),
    ).toBe(false);
    expect(
      readOnlyFieldIds.has(
        findCustomField('globalAccount', 'creditPolicy')?.universalIdentifier ??
          '',
      ),
    ).toBe(true);
  });

  it.each([
    'globalAccount',
    'accountTeamMember',
    'frameworkAgreement',
    'rebateTier',
    'creditAllocation',
    'creditPeriod',
  ])('lets managers edit %s and keeps reps read-only on it', (objectName) => {
    const manager = permissionOn(
      roleIdByLabel('Global account manager'),
      objectName,
    );
    const rep = permissionOn(roleIdByLabel('Global account rep'), objectName);

    expect(
      manager?.['canUpdateObjectRecords'] ??
        roleById(roleIdByLabel('Global account manager'))[
          'canUpdateAllObjectRecords'
        ],
    ).toBe(true);
    expect(rep).toEqual(
      expect.objectContaining({
        canReadObjectRecords: true,
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
      }),
    );
  });
});

describe('rebate settlements', () => {
  it('lets only the app write rebateSettlement: managers and reps read it', () => {
    const readOnly = ['Global account manager', 'Global account rep'].map(
      (label) =>
        manifest.roles
          .find((role) => role.label === label)
          ?.objectPermissions.find(
            (entry) =>
              entry.objectUniversalIdentifier === objectId('rebateSettlement'),
          ),
    );

    expect(readOnly).toEqual([
      expect.objectContaining({
        canReadObjectRecords: true,
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
      }),
      expect.objectContaining({
        canReadObjectRecords: true,
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
      }),
    ]);
  });
});

const recordPageOf = (objectName: string) =>
  manifest.pageLayouts.find(
    (layout) =>
      layout.type === 'RECORD_PAGE' &&
      layout.objectUniversalIdentifier === objectId(objectName),
  );

const viewNamed = (name: string) => {
  const view = manifest.views.find((candidate) => candidate.name === name);
  if (view === undefined) throw new Error(`no view named ${name}`);
  return view;
};

// The API names of the fields a view, widget or filter names, in order.
const fieldNamesOf = (ids: readonly unknown[]): (string | undefined)[] => {
  const names = new Map<string, string>(
    [
      ...manifest.objects.flatMap((object) => object.fields),
      ...manifest.fields,
      ...Object.values(STANDARD_OBJECT).flatMap((object) =>
        Object.entries(object.fields).map(([name, field]) => ({
          name,
          universalIdentifier: field.universalIdentifier,
        })),
      ),
    ].map((field) => [field.universalIdentifier, field.name]),
  );
  return ids.map((id) => names.get(String(id)));
};

describe('views, record page and navigation', () => {
  it('ships the starting views managers and reps asked for', () => {
    const names = manifest.views.map((view) => view.name).sort();

    expect(names).toEqual([
      'Account team by country',
      'Agreements by status',
      'Agreements expiring within 90 days',
      'Attainment by account',
      'Credit by country (latest period first)',
      'Credit by person (latest period first)',
      'Deals by agreement check',
      'Deals off agreement',
      'Global accounts by status',
      'Open conflicts by kind',
      'Settlements by period',
    ]);
  });

  it('gives globalAccount a 360-degree record page', () => {
    const page = recordPageOf('globalAccount');

    expect(page?.tabs.map((tab) => tab.title)).toEqual([
      'Overview',
      'Team',
      'Agreements',
      'Credit',
      'Conflicts',
      'Account plan',
      'Timeline',
    ]);
  });

  it("adds the credit split editor as a tab of Twenty's opportunity record page, and as a Cmd+K command", () => {
    const editor = manifest.frontComponents.find(
      (component) => component['name'] === 'edit-credit-split',
    );
    const tab = manifest.pageLayoutTabs.find(
      (candidate) => candidate.title === 'Credit split',
    );
    const command = manifest.commandMenuItems.find(
      (item) =>
        item.frontComponentUniversalIdentifier === editor?.universalIdentifier,
    );

    expect(editor).toBeDefined();
    expect(tab?.pageLayoutUniversalIdentifier).toBe(
      STANDARD_PAGE_LAYOUT.opportunityRecordPage.universalIdentifier,
    );
    expect(
      tab?.widgets.map(
        (widget) => widget.configuration?.['frontComponentUniversalIdentifier'],
      ),
    ).toEqual([editor?.universalIdentifier]);
    expect(command?.availabilityObjectUniversalIdentifier).toBe(
      STANDARD_OBJECT.opportunity.universalIdentifier,
    );
  });

  it('puts every user-facing object and the dashboard in the navigation', () => {
    const targets = manifest.navigationMenuItems.flatMap((item) =>
      [
        item.targetObjectUniversalIdentifier,
        item.pageLayoutUniversalIdentifier,
        item.viewUniversalIdentifier,
      ].filter((target): target is string => target != null),
    );

    expect(targets).toEqual(
      expect.arrayContaining([
        objectId('globalAccount'),
        objectId('accountTeamMember'),
        objectId('frameworkAgreement'),
        objectId('creditAllocation'),
        objectId('creditPeriod'),
        manifest.views.find((view) => view.name === 'Open conflicts by kind')
          ?.universalIdentifier,
        objectId('accountPlan'),
        manifest.pageLayouts.find((layout) => layout.type === 'DASHBOARD')
          ?.universalIdentifier,
        viewNamed('Deals off agreement').universalIdentifier,
        viewNamed('Agreements expiring within 90 days').universalIdentifier,
      ]),
    );
  });
});

describe('agreements in the UI', () => {
  it('lists the deals off agreement: opportunities whose agreementStatus is OFF_AGREEMENT', () => {
    const view = viewNamed('Deals off agreement');

    expect(view.objectUniversalIdentifier).toBe(objectId('opportunity'));
    expect(
      view.filters.map((filter) => ({
        field: fieldNamesOf([filter.fieldMetadataUniversalIdentifier])[0],
        operand: filter.operand,
        value: filter.value,
      })),
    ).toEqual([
      { field: 'agreementStatus', operand: 'IS', value: ['OFF_AGREEMENT'] },
    ]);
    expect(
      fieldNamesOf(
        view.fields.map((field) => field.fieldMetadataUniversalIdentifier),
      ),
    ).toEqual(
      expect.arrayContaining([
        'name',
        'company',
        'agreementStatus',
        'frameworkAgreement',
      ]),
    );
  });

  it("lists active agreements ending within 90 days with Twenty's relative date filter", () => {
    const view = viewNamed('Agreements expiring within 90 days');

    expect(view.objectUniversalIdentifier).toBe(objectId('frameworkAgreement'));
    expect(
      view.filters.map((filter) => ({
        field: fieldNamesOf([filter.fieldMetadataUniversalIdentifier])[0],
        operand: filter.operand,
        value: filter.value,
      })),
    ).toEqual([
      { field: 'status', operand: 'IS', value: ['ACTIVE'] },
      // <direction>_<amount>_<unit>, as twenty-shared's relativeDateFilterStringifiedSchema reads it
      { field: 'endDate', operand: 'IS_RELATIVE', value: 'NEXT_90_DAY' },
    ]);
    expect(
      view.sorts.map((sort) => [
        fieldNamesOf([sort.fieldMetadataUniversalIdentifier])[0],
        sort.direction,
      ]),
    ).toEqual([['endDate', 'ASC']]);
  });

  it("shows each deal's agreement check beside its agreement, one group per status", () => {
    const view = viewNamed('Deals by agreement check');
    const columns = fieldNamesOf(
      view.fields.map((field) => field.fieldMetadataUniversalIdentifier),
    );

    expect(view.objectUniversalIdentifier).toBe(objectId('opportunity'));
    expect(
      fieldNamesOf([view.mainGroupByFieldMetadataUniversalIdentifier])[0],
    ).toBe('agreementStatus');
    expect(columns.slice(0, 3)).toEqual([
      'name',
      'agreementStatus',
      'frameworkAgreement',
    ]);
    expect(view.groups.map((group) => group.fieldValue)).toEqual(
      findStandardObjectField('opportunity', 'agreementStatus')?.options.map(
        (option) => option.value,
      ),
    );
  });

  it('sorts the settlements by period', () => {
    const view = viewNamed('Settlements by period');

    expect(view.objectUniversalIdentifier).toBe(objectId('rebateSettlement'));
    expect(
      view.sorts.map((sort) => [
        fieldNamesOf([sort.fieldMetadataUniversalIdentifier])[0],
        sort.direction,
      ]),
    ).toEqual([['period', 'ASC']]);
  });

  it('gives the agreement a record page: tier progress, settlements, off-agreement volume by country', () => {
    const page = recordPageOf('frameworkAgreement');
    const widgetFields = (title: string) =>
      fieldNamesOf(
        (page?.tabs.find((tab) => tab.title === title)?.widgets ?? [])
          .filter((widget) => widget.type === 'FIELD')
          .map((widget) => widget.configuration.fieldMetadataId),
      );

    expect(page?.tabs.map((tab) => tab.title)).toEqual([
      'Tier progress',
      'Settlements',
      'Off-agreement volume',
      'Deals',
      'Conflicts',
      'Timeline',
    ]);
    expect(widgetFields('Tier progress')).toEqual([
      'volumeToDate',
      'currentRebatePercent',
      'rebateToDate',
      'nextTierThreshold',
      'gapToNextTier',
      'rebateTiers',
    ]);
    expect(widgetFields('Settlements')).toEqual(['rebateSettlements']);
    expect(widgetFields('Off-agreement volume')).toEqual([
      'offAgreementVolume',
      'offAgreementVolumeByCountry',
    ]);
  });

  it('adds the off-agreement volume by country as a text field only the app writes', () => {
    const field = manifest.fields.find(
      (candidate) => candidate.name === 'offAgreementVolumeByCountry',
    );

    expect(field).toMatchObject({
      type: 'TEXT',
      objectUniversalIdentifier: objectId('frameworkAgreement'),
      isUIEditable: false,
    });
  });
});

describe('manager dashboard', () => {
  type Filter = {
    fieldMetadataUniversalIdentifier: string;
    operand: string;
    value?: string;
    subFieldName?: string;
  };
  const dashboardCharts = () =>
    (
      manifest.pageLayouts.find((layout) => layout.type === 'DASHBOARD')
        ?.tabs ?? []
    )
      .flatMap((tab) => tab.widgets)
      .filter((widget) => widget.type === 'GRAPH');
  const fieldName = (id: unknown): string | undefined =>
    manifest.objects
      .flatMap((object) => object.fields)
      .find((field) => field.universalIdentifier === id)?.name;

  it('shows credit, pipeline, fairness, attainment, conflicts and agreements', () => {
    expect(dashboardCharts().map((widget) => widget.title)).toEqual([
      'Won credit by office and period (EUR)',
      'Won volume shipped to each country (EUR deals)',
      'Open pipeline by office and period, all families (EUR)',
      'Revenue credit by reporting currency and status',
      'Attainment: won revenue this fiscal year (EUR)',
      'Attainment: annual target (EUR)',
      'Open conflicts by kind and assignee',
      'Active agreements: volume to date (EUR agreements)',
      'Open pipeline by country, all families (EUR deals)',
      'Attainment: account plan revenue target (EUR)',
      'Attainment per country: won-revenue targets of the plans',
      'Attainment per country: won revenue measured by the app',
    ]);
  });

  it('shows the target of each account beside its roll-ups in a table', () => {
    const table = manifest.pageLayouts
      .find((layout) => layout.type === 'DASHBOARD')
      ?.tabs.flatMap((tab) => tab.widgets)
      .find((widget) => widget.type === 'RECORD_TABLE');
    const view = manifest.views.find(
      (candidate) =>
        candidate.universalIdentifier ===
        table?.configuration.viewUniversalIdentifier,
    );

    expect(view?.name).toBe('Attainment by account');
    expect(
      view?.fields
        .slice(0, 3)
        .map((field) => fieldName(field.fieldMetadataUniversalIdentifier)),
    ).toEqual(['name', 'annualTarget', 'wonRevenueYtd']);
  });

  it('keeps REVERSED lines out of every credit chart and one currency in each sum', () => {
    const creditCharts = dashboardCharts().filter(
      (widget) =>
        widget.objectUniversalIdentifier === objectId('creditAllocation'),
    );

    expect(creditCharts).toHaveLength(3);
    for (const { configuration } of creditCharts) {
      const filters = (configuration.filter as { recordFilters: Filter[] })
        .recordFilters;
      const statuses = filters.find(
        (filter) =>
          fieldName(filter.fieldMetadataUniversalIdentifier) === 'status',
      );
      const isOneCurrency =
        filters.some(
          (filter) =>
            filter.subFieldName === 'currencyCode' &&
            (JSON.parse(filter.value ?? '[]') as string[]).length === 1,
        ) || configuration.primaryAxisGroupBySubFieldName === 'currencyCode';

      expect(statuses?.operand).toBe('IS');
      expect(JSON.parse(statuses?.value ?? '[]')).not.toContain('REVERSED');
      expect(isOneCurrency).toBe(true);
    }
  });
});
