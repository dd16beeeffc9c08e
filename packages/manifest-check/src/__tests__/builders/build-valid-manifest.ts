import {
  type ManifestCheckContext,
  type SystemFieldIdentifierInput,
} from '../../manifest-check.type';
import { type Manifest } from '../../schemas/manifest.schema';

// Readable fixed ids for the fixtures.
const id = (n: number) =>
  `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const IDS = {
  application: id(1),
  role: id(2),
  account: id(10),
  accountName: id(11),
  accountStatus: id(12),
  accountMembers: id(13),
  accountOwner: id(14),
  member: id(20),
  memberName: id(21),
  memberAccount: id(22),
  workspaceMember: id(30),
  workspaceMemberName: id(31),
  workspaceMemberOwnedAccounts: id(32),
  company: id(40),
  companyName: id(41),
  index: id(50),
  indexField: id(51),
  view: id(60),
  viewFieldName: id(61),
  viewFieldStatus: id(62),
  viewFilter: id(63),
  viewSort: id(64),
  viewGroupActive: id(65),
  viewGroupInactive: id(66),
  recordPage: id(70),
  recordPageTab: id(71),
  membersWidget: id(72),
  chartWidget: id(73),
  dashboard: id(74),
  folder: id(80),
  viewItem: id(81),
  objectItem: id(82),
  dashboardItem: id(83),
  cronFunction: id(90),
  eventFunction: id(91),
} as const;

export const TEST_CONTEXT: ManifestCheckContext = {
  standardObjects: [
    {
      nameSingular: 'workspaceMember',
      universalIdentifier: IDS.workspaceMember,
      fields: { name: IDS.workspaceMemberName },
    },
    {
      nameSingular: 'company',
      universalIdentifier: IDS.company,
      fields: { name: IDS.companyName },
    },
  ],
};

// A stand-in for twenty-sdk's getFieldUniversalIdentifier (deterministic).
export const fakeSystemFieldIdentifier = ({
  objectUniversalIdentifier,
  name,
}: SystemFieldIdentifierInput): string =>
  `${objectUniversalIdentifier}:${name}`;

const relation = (
  relationType: 'MANY_TO_ONE' | 'ONE_TO_MANY',
  joinColumnName?: string,
) => ({
  relationType,
  ...(joinColumnName === undefined
    ? {}
    : { joinColumnName, onDelete: 'SET_NULL' }),
});

// A small manifest in which every reference resolves: two app objects with a
// relation pair, a relation to a standard object, a SELECT with a default, a
// view, a record page, a dashboard, navigation, a role, an index and two
// logic functions. Each test breaks one thing.
export const buildValidManifest = (): Manifest => ({
  application: {
    universalIdentifier: IDS.application,
    defaultRoleUniversalIdentifier: IDS.role,
  },
  objects: [
    {
      universalIdentifier: IDS.account,
      nameSingular: 'account',
      namePlural: 'accounts',
      labelIdentifierFieldMetadataUniversalIdentifier: IDS.accountName,
      fields: [
        {
          universalIdentifier: IDS.accountName,
          name: 'name',
          type: 'TEXT',
          options: [],
        },
        {
          universalIdentifier: IDS.accountStatus,
          name: 'status',
          type: 'SELECT',
          defaultValue: "'ACTIVE'",
          options: [
            { value: 'ACTIVE', label: 'Active', position: 0 },
            { value: 'INACTIVE', label: 'Inactive', position: 1 },
          ],
        },
        {
          universalIdentifier: IDS.accountMembers,
          name: 'members',
          type: 'RELATION',
          options: [],
          relationTargetObjectMetadataUniversalIdentifier: IDS.member,
          relationTargetFieldMetadataUniversalIdentifier: IDS.memberAccount,
          universalSettings: relation('ONE_TO_MANY'),
        },
        {
          universalIdentifier: IDS.accountOwner,
          name: 'owner',
          type: 'RELATION',
          options: [],
          relationTargetObjectMetadataUniversalIdentifier: IDS.workspaceMember,
          relationTargetFieldMetadataUniversalIdentifier:
            IDS.workspaceMemberOwnedAccounts,
          universalSettings: relation('MANY_TO_ONE', 'ownerId'),
        },
      ],
    },
    {
      universalIdentifier: IDS.member,
      nameSingular: 'member',
      namePlural: 'members',
      labelIdentifierFieldMetadataUniversalIdentifier: IDS.memberName,
      fields: [
        {
          universalIdentifier: IDS.memberName,
          name: 'name',
          type: 'TEXT',
          options: [],
        },
        {
          universalIdentifier: IDS.memberAccount,
          name: 'account',
          type: 'RELATION',
          options: [],
          relationTargetObjectMetadataUniversalIdentifier: IDS.account,
          relationTargetFieldMetadataUniversalIdentifier: IDS.accountMembers,
          universalSettings: relation('MANY_TO_ONE', 'accountId'),
        },
      ],
    },
  ],
  fields: [
    {
      universalIdentifier: IDS.workspaceMemberOwnedAccounts,
      objectUniversalIdentifier: IDS.workspaceMember,
      name: 'ownedAccounts',
      type: 'RELATION',
      options: [],
      relationTargetObjectMetadataUniversalIdentifier: IDS.account,
      relationTargetFieldMetadataUniversalIdentifier: IDS.accountOwner,
      universalSettings: relation('ONE_TO_MANY'),
    },
  ],
  indexes: [
    {
      universalIdentifier: IDS.index,
      objectUniversalIdentifier: IDS.account,
      fields: [
        {
          universalIdentifier: IDS.indexField,
          fieldUniversalIdentifier: IDS.accountName,
        },
      ],
    },
  ],
  roles: [
    {
      universalIdentifier: IDS.role,
      label: 'App',
      canReadAllObjectRecords: false,
      objectPermissions: [
        { objectUniversalIdentifier: IDS.account, canReadObjectRecords: true },
        { objectUniversalIdentifier: IDS.member, canReadObjectRecords: true },
        { objectUniversalIdentifier: IDS.company, canReadObjectRecords: true },
      ],
      fieldPermissions: [
        {
          objectUniversalIdentifier: IDS.account,
          fieldUniversalIdentifier: IDS.accountStatus,
          canUpdateFieldValue: false,
        },
      ],
    },
  ],
  logicFunctions: [
    {
      universalIdentifier: IDS.cronFunction,
      name: 'reconcile-accounts',
      timeoutSeconds: 300,
      cronTriggerSettings: { pattern: '17 3 * * *' },
    },
    {
      universalIdentifier: IDS.eventFunction,
      name: 'on-account-updated',
      timeoutSeconds: 60,
      databaseEventTriggerSettings: {
        eventName: 'account.updated',
        updatedFields: ['status'],
      },
    },
  ],
  frontComponents: [],
  views: [
    {
      universalIdentifier: IDS.view,
      name: 'Accounts by status',
      objectUniversalIdentifier: IDS.account,
      mainGroupByFieldMetadataUniversalIdentifier: IDS.accountStatus,
      fields: [
        {
          universalIdentifier: IDS.viewFieldName,
          fieldMetadataUniversalIdentifier: IDS.accountName,
          position: 0,
        },
        {
          universalIdentifier: IDS.viewFieldStatus,
          fieldMetadataUniversalIdentifier: IDS.accountStatus,
          position: 1,
        },
      ],
      filters: [
        {
          universalIdentifier: IDS.viewFilter,
          fieldMetadataUniversalIdentifier: IDS.accountStatus,
          operand: 'IS',
          value: ['ACTIVE'],
        },
      ],
      filterGroups: [],
      sorts: [
        {
          universalIdentifier: IDS.viewSort,
          fieldMetadataUniversalIdentifier: IDS.accountName,
          direction: 'ASC',
        },
      ],
      groups: [
        {
          universalIdentifier: IDS.viewGroupActive,
          fieldValue: 'ACTIVE',
          position: 0,
        },
        {
          universalIdentifier: IDS.viewGroupInactive,
          fieldValue: 'INACTIVE',
          position: 1,
        },
      ],
    },
  ],
  viewFields: [],
  navigationMenuItems: [
    {
      universalIdentifier: IDS.folder,
      type: 'FOLDER',
      name: 'Accounts',
      position: 0,
    },
    {
      universalIdentifier: IDS.viewItem,
      type: 'VIEW',
      name: 'By status',
      position: 0,
      folderUniversalIdentifier: IDS.folder,
      viewUniversalIdentifier: IDS.view,
    },
    {
      universalIdentifier: IDS.objectItem,
      type: 'OBJECT',
      name: 'Members',
      position: 1,
      folderUniversalIdentifier: IDS.folder,
      targetObjectUniversalIdentifier: IDS.member,
    },
    {
      universalIdentifier: IDS.dashboardItem,
      type: 'PAGE_LAYOUT',
      name: 'Dashboard',
      position: 2,
      pageLayoutUniversalIdentifier: IDS.dashboard,
    },
  ],
  pageLayouts: [
    {
      universalIdentifier: IDS.recordPage,
      name: 'Account page',
      type: 'RECORD_PAGE',
      objectUniversalIdentifier: IDS.account,
      defaultTabToFocusOnMobileAndSidePanelUniversalIdentifier:
        IDS.recordPageTab,
      tabs: [
        {
          universalIdentifier: IDS.recordPageTab,
          title: 'Overview',
          widgets: [
            {
              universalIdentifier: IDS.membersWidget,
              title: 'Members',
              type: 'FIELD',
              configuration: {
                configurationType: 'FIELD',
                fieldMetadataId: IDS.accountMembers,
                fieldDisplayMode: 'CARD',
              },
            },
          ],
        },
      ],
    },
    {
      universalIdentifier: IDS.dashboard,
      name: 'Dashboard',
      type: 'DASHBOARD',
      tabs: [
        {
          universalIdentifier: id(75),
          title: 'Charts',
          widgets: [
            {
              universalIdentifier: IDS.chartWidget,
              title: 'Accounts by status',
              type: 'GRAPH',
              objectUniversalIdentifier: IDS.account,
              configuration: {
                configurationType: 'BAR_CHART',
                aggregateFieldMetadataUniversalIdentifier: IDS.accountName,
                aggregateOperation: 'COUNT',
                primaryAxisGroupByFieldMetadataUniversalIdentifier:
                  IDS.accountStatus,
                filter: {
                  recordFilters: [
                    {
                      fieldMetadataUniversalIdentifier: IDS.accountStatus,
                      operand: 'IS',
                      value: '["ACTIVE"]',
                    },
                  ],
                },
              },
            },
          ],
        },
      ],
    },
  ],
  pageLayoutTabs: [],
  pageLayoutWidgets: [],
  commandMenuItems: [],
});
