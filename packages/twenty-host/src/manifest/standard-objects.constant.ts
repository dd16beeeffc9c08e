import {
  type FieldMetadata,
  type HostFieldType,
  type ObjectMetadata,
} from './object-metadata.type';

// The standard objects the app uses, as the 2026 workspace schema shows them
// (../shared/reference/twenty-core-schema-sample.graphql). Universal identifiers are
// twenty-sdk's STANDARD_OBJECT ids; fields the SDK list lacks get host ids (20202020-0000-…).

export const STANDARD_OBJECT_IDS = {
  company: '20202020-b374-4779-a561-80086cb2e17f',
  person: '20202020-e674-48e5-a542-72570eee7213',
  opportunity: '20202020-9549-49dd-b2b2-883999db8938',
  workspaceMember: '20202020-3319-4234-a34c-82d5c0e881a6',
  task: '20202020-1ba1-48ba-bc83-ef7e5990ed10',
  note: '20202020-0b00-45cd-b6f6-6cd806fc6804',
  taskTarget: '20202020-5a9a-44e8-95df-771cd06d0fb1',
  noteTarget: '20202020-fff0-4b44-be82-bda313884400',
  timelineActivity: '20202020-6736-4337-b5c4-8b39fae325a5',
} as const;
type StandardObjectName = keyof typeof STANDARD_OBJECT_IDS;

type FieldSpec = Omit<FieldMetadata, 'universalIdentifier' | 'label'> & {
  universalIdentifier?: string;
};

let generatedFieldCounter = 0;
const hostId = (): string => {
  generatedFieldCounter += 1;
  return `20202020-0000-4000-8000-${generatedFieldCounter.toString(16).padStart(12, '0')}`;
};

const field = (
  name: string,
  type: HostFieldType,
  extra: Partial<FieldSpec> = {},
): FieldSpec => ({ name, type, isNullable: true, ...extra });

const manyToOne = (
  name: string,
  target: StandardObjectName,
  inverse: string,
  onDelete: 'SET_NULL' | 'CASCADE' = 'SET_NULL',
): FieldSpec => ({
  name,
  type: 'RELATION',
  isNullable: true,
  relation: {
    relationType: 'MANY_TO_ONE',
    targetObjectUniversalIdentifier: STANDARD_OBJECT_IDS[target],
    targetFieldUniversalIdentifier: `${target}.${inverse}`,
    joinColumnName: `${name}Id`,
    onDelete,
  },
});

const oneToMany = (
  name: string,
  target: StandardObjectName,
  inverse: string,
): FieldSpec => ({
  name,
  type: 'RELATION',
  isNullable: true,
  relation: {
    relationType: 'ONE_TO_MANY',
    targetObjectUniversalIdentifier: STANDARD_OBJECT_IDS[target],
    targetFieldUniversalIdentifier: `${target}.${inverse}`,
  },
});

const options = (...values: string[]) =>
  values.map((value, position) => ({ value, label: value, position }));

const SYSTEM_FIELDS: FieldSpec[] = [
  field('id', 'UUID', { isNullable: false, isSystem: true }),
  field('createdAt', 'DATE_TIME', {
    isNullable: false,
    defaultValue: { computed: 'now' },
    isSystem: true,
  }),
  field('updatedAt', 'DATE_TIME', {
    isNullable: false,
    defaultValue: { computed: 'now' },
    isSystem: true,
  }),
  field('deletedAt', 'DATE_TIME', { isSystem: true }),
  field('createdBy', 'ACTOR', { isNullable: false, isSystem: true }),
  field('updatedBy', 'ACTOR', { isNullable: false, isSystem: true }),
  field('position', 'POSITION', { isNullable: false, isSystem: true }),
  field('searchVector', 'TS_VECTOR', { isSystem: true }),
];

type StandardObjectSpec = {
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  labelIdentifierFieldName: string;
  duplicateCriteria: string[] | null;
  fieldIds: Record<string, string>;
  fields: FieldSpec[];
};

const STANDARD_OBJECT_SPECS: Record<StandardObjectName, StandardObjectSpec> = {
  company: {
    namePlural: 'companies',
    labelSingular: 'Company',
    labelPlural: 'Companies',
    labelIdentifierFieldName: 'name',
    duplicateCriteria: ['name', 'domainName'],
    fieldIds: {
      name: '20202020-4d99-4e2e-a84c-4a27837b1ece',
      domainName: '20202020-0c28-43d8-8ba5-3659924d3489',
      address: '20202020-c5ce-4adc-b7b6-9c0979fc55e7',
      linkedinLink: '20202020-ebeb-4beb-b9ad-6848036fb451',
      people: '20202020-3213-4ddf-9494-6422bcff8d7c',
      accountOwner: '20202020-95b8-4e10-9881-edb5d4765f9d',
      opportunities: '20202020-add3-4658-8e23-d70dccb6d0ec',
      taskTargets: '9d7b0087-7037-55dc-bb59-456064455694',
      noteTargets: '0b28db77-8099-5ce3-a11f-86a5778d7740',
    },
    fields: [
      field('name', 'TEXT'),
      field('domainName', 'LINKS', {
        isUnique: true,
        uniqueSubField: 'primaryLinkUrl',
      }),
      field('address', 'ADDRESS'),
      field('employees', 'NUMBER'),
      field('linkedinLink', 'LINKS'),
      field('xLink', 'LINKS'),
      field('annualRecurringRevenue', 'CURRENCY'),
      field('idealCustomerProfile', 'BOOLEAN', {
        isNullable: false,
        defaultValue: false,
      }),
      manyToOne('accountOwner', 'workspaceMember', 'accountOwnerForCompanies'),
      oneToMany('people', 'person', 'company'),
      oneToMany('opportunities', 'opportunity', 'company'),
      oneToMany('taskTargets', 'taskTarget', 'targetCompany'),
      oneToMany('noteTargets', 'noteTarget', 'targetCompany'),
      oneToMany('timelineActivities', 'timelineActivity', 'targetCompany'),
    ],
  },
  person: {
    namePlural: 'people',
    labelSingular: 'Person',
    labelPlural: 'People',
    labelIdentifierFieldName: 'name',
    duplicateCriteria: ['name', 'emails'],
    fieldIds: {
      name: '20202020-3875-44d5-8c33-a6239011cab8',
      emails: '20202020-3c51-43fa-8b6e-af39e29368ab',
      linkedinLink: '20202020-f1af-48f7-893b-2007a73dd508',
      jobTitle: '20202020-b0d0-415a-bef9-640a26dacd9b',
      phones: '20202020-0638-448e-8825-439134618022',
      avatarUrl: '20202020-b8a6-40df-961c-373dc5d2ec21',
      avatarFile: '20202020-a7c9-4e3d-8f1b-2d5a6b7c8e9f',
      company: '20202020-e2f3-448e-b34c-2d625f0025fd',
      pointOfContactForOpportunities: '20202020-911b-4a7d-b67b-918aa9a5b33a',
      taskTargets: 'ddea86e6-5766-5798-ac32-14fbab6089f6',
      noteTargets: '1c0e0dfe-a01f-58d6-8948-08b93164d03c',
    },
    fields: [
      field('name', 'FULL_NAME'),
      field('emails', 'EMAILS', {
        isUnique: true,
        uniqueSubField: 'primaryEmail',
      }),
      field('linkedinLink', 'LINKS'),
      field('xLink', 'LINKS'),
      field('jobTitle', 'TEXT'),
      field('phones', 'PHONES'),
      field('city', 'TEXT'),
      field('avatarUrl', 'TEXT'),
      field('avatarFile', 'FILES'),
      manyToOne('company', 'company', 'people'),
      oneToMany(
        'pointOfContactForOpportunities',
        'opportunity',
        'pointOfContact',
      ),
      oneToMany('taskTargets', 'taskTarget', 'targetPerson'),
      oneToMany('noteTargets', 'noteTarget', 'targetPerson'),
      oneToMany('timelineActivities', 'timelineActivity', 'targetPerson'),
    ],
  },
  opportunity: {
    namePlural: 'opportunities',
    labelSingular: 'Opportunity',
    labelPlural: 'Opportunities',
    labelIdentifierFieldName: 'name',
    duplicateCriteria: null,
    fieldIds: {
      name: '20202020-8609-4f65-a2d9-44009eb422b5',
      amount: '20202020-583e-4642-8533-db761d5fa82f',
      closeDate: '20202020-527e-44d6-b1ac-c4158d307b97',
      stage: '20202020-6f76-477d-8551-28cd65b2b4b9',
      pointOfContact: '20202020-8dfb-42fc-92b6-01afb759ed16',
      company: '20202020-cbac-457e-b565-adece5fc815f',
      owner: '20202020-be7e-4d1e-8e19-3d5c7c4b9f2a',
      taskTargets: '3e20f0e5-c0f5-5af4-8cac-02a65ecc4e86',
      noteTargets: 'ee980fc9-5f51-5986-9fbe-ccf5a103f595',
    },
    fields: [
      field('name', 'TEXT'),
      field('amount', 'CURRENCY'),
      field('closeDate', 'DATE_TIME'),
      field('stage', 'SELECT', {
        isNullable: false,
        defaultValue: 'NEW',
        options: options('NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'),
      }),
      manyToOne('company', 'company', 'opportunities'),
      manyToOne('pointOfContact', 'person', 'pointOfContactForOpportunities'),
      manyToOne('owner', 'workspaceMember', 'ownedOpportunities'),
      oneToMany('taskTargets', 'taskTarget', 'targetOpportunity'),
      oneToMany('noteTargets', 'noteTarget', 'targetOpportunity'),
      oneToMany('timelineActivities', 'timelineActivity', 'targetOpportunity'),
    ],
  },
  workspaceMember: {
    namePlural: 'workspaceMembers',
    labelSingular: 'Workspace Member',
    labelPlural: 'Workspace Members',
    labelIdentifierFieldName: 'name',
    duplicateCriteria: null,
    fieldIds: {
      name: '20202020-e914-43a6-9c26-3603c59065f4',
      colorScheme: '20202020-66bc-47f2-adac-f2ef7c598b63',
      locale: '20202020-402e-4695-b169-794fa015afbe',
      avatarUrl: '20202020-0ced-4c4f-a376-c98a966af3f6',
      userEmail: '20202020-4c5f-4e09-bebc-9e624e21ecf4',
      userId: '20202020-75a9-4dfc-bf25-2e4b43e89820',
      assignedTasks: '20202020-61dc-4a1c-99e8-38ebf8d2bbeb',
      ownedOpportunities: '20202020-9e4d-4b3a-8c1f-6d7e8f9a0b1c',
      accountOwnerForCompanies: '20202020-dc29-4bd4-a3c1-29eafa324bee',
      timeZone: '20202020-2d33-4c21-a86e-5943b050dd54',
      dateFormat: '20202020-af13-4e11-b1e7-b8cf5ea13dc0',
      timeFormat: '20202020-8acb-4cf8-a851-a6ed443c8d81',
      calendarStartDay: '20202020-1ecc-4562-84c9-ff3a2f6cce85',
      numberFormat: '20202020-7f40-4e7f-b126-11c0eda6b141',
    },
    fields: [
      field('name', 'FULL_NAME', { isNullable: false }),
      field('colorScheme', 'TEXT', {
        isNullable: false,
        defaultValue: 'System',
      }),
      field('locale', 'TEXT', { isNullable: false, defaultValue: 'en' }),
      field('avatarUrl', 'TEXT'),
      field('userEmail', 'TEXT', { isUnique: true }),
      field('calendarStartDay', 'NUMBER', {
        isNullable: false,
        defaultValue: 7,
        numberDataType: 'INT',
      }),
      field('userId', 'UUID', { isNullable: false }),
      field('timeZone', 'TEXT', { isNullable: false, defaultValue: 'system' }),
      field('dateFormat', 'SELECT', {
        isNullable: false,
        defaultValue: 'SYSTEM',
        options: options('SYSTEM', 'MONTH_FIRST', 'DAY_FIRST', 'YEAR_FIRST'),
      }),
      field('timeFormat', 'SELECT', {
        isNullable: false,
        defaultValue: 'SYSTEM',
        options: options('SYSTEM', 'HOUR_24', 'HOUR_12'),
      }),
      field('numberFormat', 'SELECT', {
        isNullable: false,
        defaultValue: 'SYSTEM',
        options: options(
          'SYSTEM',
          'COMMAS_AND_DOT',
          'SPACES_AND_COMMA',
          'DOTS_AND_COMMA',
          'APOSTROPHE_AND_DOT',
        ),
      }),
      oneToMany('accountOwnerForCompanies', 'company', 'accountOwner'),
      oneToMany('ownedOpportunities', 'opportunity', 'owner'),
      oneToMany('assignedTasks', 'task', 'assignee'),
      oneToMany('timelineActivities', 'timelineActivity', 'workspaceMember'),
    ],
  },
  task: {
    namePlural: 'tasks',
    labelSingular: 'Task',
    labelPlural: 'Tasks',
    labelIdentifierFieldName: 'title',
    duplicateCriteria: null,
    fieldIds: {
      title: '20202020-b386-4cb7-aa5a-08d4a4d92680',
      bodyV2: '20202020-4aa0-4ae8-898d-7df0afd47ab1',
      dueAt: '20202020-fd99-40da-951b-4cb9a352fce3',
      status: '20202020-70bc-48f9-89c5-6aa730b151e0',
      taskTargets: '20202020-de9c-4d0e-a452-713d4a3e5fc7',
      assignee: '20202020-065a-4f42-a906-e20422c1753f',
    },
    fields: [
      field('title', 'TEXT'),
      field('bodyV2', 'RICH_TEXT'),
      field('dueAt', 'DATE_TIME'),
      field('status', 'SELECT', {
        defaultValue: 'TODO',
        options: options('TODO', 'IN_PROGRESS', 'DONE'),
      }),
      manyToOne('assignee', 'workspaceMember', 'assignedTasks'),
      oneToMany('taskTargets', 'taskTarget', 'task'),
      oneToMany('timelineActivities', 'timelineActivity', 'targetTask'),
    ],
  },
  note: {
    namePlural: 'notes',
    labelSingular: 'Note',
    labelPlural: 'Notes',
    labelIdentifierFieldName: 'title',
    duplicateCriteria: null,
    fieldIds: {
      title: '20202020-faeb-4c76-8ba6-ccbb0b4a965f',
      bodyV2: '20202020-a7bb-4d94-be51-8f25181502c8',
      noteTargets: '20202020-1f25-43fe-8b00-af212fdde823',
    },
    fields: [
      field('title', 'TEXT'),
      field('bodyV2', 'RICH_TEXT'),
      oneToMany('noteTargets', 'noteTarget', 'note'),
      oneToMany('timelineActivities', 'timelineActivity', 'targetNote'),
    ],
  },
  taskTarget: {
    namePlural: 'taskTargets',
    labelSingular: 'Task Target',
    labelPlural: 'Task Targets',
    labelIdentifierFieldName: 'id',
    duplicateCriteria: null,
    fieldIds: {
      task: '20202020-e881-457a-8758-74aaef4ae78a',
      targetPerson: 'c0a02b7a-a356-537a-96c8-66d1f8994100',
      targetCompany: '805997f5-d539-5676-9aa8-0de602ac4152',
      targetOpportunity: 'ca354769-b50e-531b-b745-12ca12ad44ee',
    },
    fields: [
      manyToOne('task', 'task', 'taskTargets', 'CASCADE'),
      manyToOne('targetPerson', 'person', 'taskTargets', 'CASCADE'),
      manyToOne('targetCompany', 'company', 'taskTargets', 'CASCADE'),
      manyToOne('targetOpportunity', 'opportunity', 'taskTargets', 'CASCADE'),
    ],
  },
  noteTarget: {
    namePlural: 'noteTargets',
    labelSingular: 'Note Target',
    labelPlural: 'Note Targets',
    labelIdentifierFieldName: 'id',
    duplicateCriteria: null,
    fieldIds: {
      note: '20202020-57f3-4f50-9599-fc0f671df003',
      targetPerson: 'b445c148-eacf-56a8-bc21-e67e7ae93302',
      targetCompany: '26b5a2d6-3296-5660-8f5b-a5710c11ae33',
      targetOpportunity: '27519e5b-b16a-50cc-8de1-c5d6a2ff5c61',
    },
    fields: [
      manyToOne('note', 'note', 'noteTargets', 'CASCADE'),
      manyToOne('targetPerson', 'person', 'noteTargets', 'CASCADE'),
      manyToOne('targetCompany', 'company', 'noteTargets', 'CASCADE'),
      manyToOne('targetOpportunity', 'opportunity', 'noteTargets', 'CASCADE'),
    ],
  },
  // Twenty's timeline (twenty-shared metadata/constants/standard-object-fields.constant.ts,
  // timelineActivity): one entry per change on a record's timeline. App objects get their own
  // target<Object> relation when installed (manifest.service.ts).
  timelineActivity: {
    namePlural: 'timelineActivities',
    labelSingular: 'Timeline Activity',
    labelPlural: 'Timeline Activities',
    labelIdentifierFieldName: 'id',
    duplicateCriteria: null,
    fieldIds: {
      timelineActivityTypeId: '20202020-e5f8-4839-9dcf-781e260624ee',
      timelineActivityTypeSnapshot: '20202020-e006-493a-9b07-f2a768a204ca',
      happensAt: '20202020-9526-4993-b339-c4318c4d39f0',
      properties: '20202020-f142-4b04-b91b-6a2b4af3bf11',
      workspaceMember: '20202020-af23-4479-9a30-868edc474b36',
      linkedRecordCachedName: '20202020-cfdb-4bef-bbce-a29f41230934',
      linkedRecordId: '20202020-2e0e-48c0-b445-ee6c1e61687d',
      linkedObjectMetadataId: '20202020-c595-449d-9f89-562758c9ee69',
    },
    fields: [
      field('timelineActivityTypeId', 'UUID'),
      field('timelineActivityTypeSnapshot', 'RAW_JSON'),
      field('happensAt', 'DATE_TIME', {
        isNullable: false,
        defaultValue: { computed: 'now' },
      }),
      field('properties', 'RAW_JSON'),
      field('linkedRecordCachedName', 'TEXT'),
      field('linkedRecordId', 'UUID'),
      field('linkedObjectMetadataId', 'UUID'),
      manyToOne('workspaceMember', 'workspaceMember', 'timelineActivities'),
      manyToOne('targetPerson', 'person', 'timelineActivities', 'CASCADE'),
      manyToOne('targetCompany', 'company', 'timelineActivities', 'CASCADE'),
      manyToOne(
        'targetOpportunity',
        'opportunity',
        'timelineActivities',
        'CASCADE',
      ),
      manyToOne('targetTask', 'task', 'timelineActivities', 'CASCADE'),
      manyToOne('targetNote', 'note', 'timelineActivities', 'CASCADE'),
    ],
  },
};

/** Builds fresh metadata for the standard objects (callers may add fields to it). */
export const buildStandardObjects = (): ObjectMetadata[] => {
  generatedFieldCounter = 0;
  const names = Object.keys(STANDARD_OBJECT_IDS) as StandardObjectName[];
  const objects = names.map((nameSingular): ObjectMetadata => {
    const spec = STANDARD_OBJECT_SPECS[nameSingular];
    return {
      id: STANDARD_OBJECT_IDS[nameSingular],
      universalIdentifier: STANDARD_OBJECT_IDS[nameSingular],
      nameSingular,
      namePlural: spec.namePlural,
      labelSingular: spec.labelSingular,
      labelPlural: spec.labelPlural,
      description: `A ${spec.labelSingular.toLowerCase()}`,
      isCustom: false,
      isSystem: false,
      applicationUniversalIdentifier: null,
      labelIdentifierFieldName: spec.labelIdentifierFieldName,
      duplicateCriteria: spec.duplicateCriteria,
      fields: [...SYSTEM_FIELDS, ...spec.fields].map((fieldSpec) => ({
        ...fieldSpec,
        ...(fieldSpec.relation === undefined
          ? {}
          : { relation: { ...fieldSpec.relation } }),
        label: fieldSpec.name,
        universalIdentifier:
          fieldSpec.universalIdentifier ??
          spec.fieldIds[fieldSpec.name] ??
          hostId(),
      })),
    };
  });
  // Relation targets were written as `<object>.<field>`: resolve them to field ids.
  for (const object of objects) {
    for (const relationField of object.fields) {
      const relation = relationField.relation;
      if (relation === undefined) continue;
      const [targetObjectName, targetFieldName] =
        relation.targetFieldUniversalIdentifier.split('.');
      const target = objects.find((o) => o.nameSingular === targetObjectName);
      const targetField = target?.fields.find(
        (f) => f.name === targetFieldName,
      );
      if (targetField === undefined) {
        throw new Error(
          `Standard relation ${object.nameSingular}.${relationField.name} has no inverse`,
        );
      }
      relation.targetFieldUniversalIdentifier = targetField.universalIdentifier;
    }
  }
  return objects;
};

export const SYSTEM_FIELD_SPECS = SYSTEM_FIELDS;
