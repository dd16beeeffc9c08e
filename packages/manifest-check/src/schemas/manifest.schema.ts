import { z } from 'zod';

// The subset of twenty-sdk's manifest.json the check reads. Loose objects: the
// SDK adds properties over time and the check must not reject them.
const uid = z.string().min(1);
const list = <TItem extends z.ZodType>(item: TItem) =>
  z
    .array(item)
    .nullish()
    .transform((items) => items ?? []);

const optionSchema = z.looseObject({ value: z.string() });

const fieldShape = {
  universalIdentifier: uid,
  name: z.string(),
  type: z.string(),
  defaultValue: z.unknown().optional(),
  options: list(optionSchema),
  universalSettings: z.record(z.string(), z.unknown()).nullish(),
  relationTargetObjectMetadataUniversalIdentifier: z.string().optional(),
  relationTargetFieldMetadataUniversalIdentifier: z.string().optional(),
};

export const objectFieldSchema = z.looseObject(fieldShape);
export const standaloneFieldSchema = z.looseObject({
  ...fieldShape,
  objectUniversalIdentifier: uid,
});

const objectSchema = z.looseObject({
  universalIdentifier: uid,
  nameSingular: z.string(),
  namePlural: z.string(),
  labelIdentifierFieldMetadataUniversalIdentifier: z.string().nullish(),
  fields: list(objectFieldSchema),
});

const fieldRef = z.looseObject({
  universalIdentifier: uid,
  fieldMetadataUniversalIdentifier: z.string(),
});

const viewSchema = z.looseObject({
  universalIdentifier: uid,
  name: z.string(),
  objectUniversalIdentifier: z.string(),
  mainGroupByFieldMetadataUniversalIdentifier: z.string().nullish(),
  kanbanAggregateOperationFieldMetadataUniversalIdentifier: z
    .string()
    .nullish(),
  calendarFieldMetadataUniversalIdentifier: z.string().nullish(),
  calendarEndFieldMetadataUniversalIdentifier: z.string().nullish(),
  fields: list(fieldRef),
  filters: list(
    fieldRef.extend({
      viewFilterGroupUniversalIdentifier: z.string().nullish(),
    }),
  ),
  filterGroups: list(
    z.looseObject({
      universalIdentifier: uid,
      parentViewFilterGroupUniversalIdentifier: z.string().nullish(),
    }),
  ),
  sorts: list(fieldRef),
  groups: list(
    z.looseObject({ universalIdentifier: uid, fieldValue: z.string() }),
  ),
});

const widgetSchema = z.looseObject({
  universalIdentifier: uid,
  title: z.string(),
  type: z.string(),
  objectUniversalIdentifier: z.string().nullish(),
  configuration: z.record(z.string(), z.unknown()),
});

const tabSchema = z.looseObject({
  universalIdentifier: uid,
  title: z.string(),
  pageLayoutUniversalIdentifier: z.string().nullish(),
  widgets: list(widgetSchema),
});

const pageLayoutSchema = z.looseObject({
  universalIdentifier: uid,
  name: z.string(),
  type: z.string(),
  objectUniversalIdentifier: z.string().nullish(),
  defaultTabToFocusOnMobileAndSidePanelUniversalIdentifier: z
    .string()
    .nullish(),
  tabs: list(tabSchema),
});

const navigationMenuItemSchema = z.looseObject({
  universalIdentifier: uid,
  type: z.string(),
  name: z.string().nullish(),
  viewUniversalIdentifier: z.string().nullish(),
  targetObjectUniversalIdentifier: z.string().nullish(),
  pageLayoutUniversalIdentifier: z.string().nullish(),
  folderUniversalIdentifier: z.string().nullish(),
  link: z.string().nullish(),
});

const roleSchema = z.looseObject({
  universalIdentifier: uid,
  label: z.string(),
  canReadAllObjectRecords: z.boolean().nullish(),
  objectPermissions: list(
    z.looseObject({
      objectUniversalIdentifier: z.string(),
      canReadObjectRecords: z.boolean().nullish(),
    }),
  ),
  fieldPermissions: list(
    z.looseObject({
      objectUniversalIdentifier: z.string(),
      fieldUniversalIdentifier: z.string(),
    }),
  ),
});

const logicFunctionSchema = z.looseObject({
  universalIdentifier: uid,
  name: z.string().nullish(),
  timeoutSeconds: z.number().nullish(),
  cronTriggerSettings: z.looseObject({ pattern: z.string() }).nullish(),
  databaseEventTriggerSettings: z
    .looseObject({
      eventName: z.string(),
      updatedFields: z.array(z.string()).nullish(),
    })
    .nullish(),
});

export const manifestSchema = z.looseObject({
  application: z.looseObject({
    universalIdentifier: uid,
    defaultRoleUniversalIdentifier: z.string().nullish(),
  }),
  objects: list(objectSchema),
  fields: list(standaloneFieldSchema),
  indexes: list(
    z.looseObject({
      universalIdentifier: uid,
      objectUniversalIdentifier: z.string(),
      fields: list(
        z.looseObject({
          universalIdentifier: uid,
          fieldUniversalIdentifier: z.string(),
        }),
      ),
    }),
  ),
  roles: list(roleSchema),
  logicFunctions: list(logicFunctionSchema),
  frontComponents: list(z.looseObject({ universalIdentifier: uid })),
  views: list(viewSchema),
  viewFields: list(fieldRef.extend({ viewUniversalIdentifier: z.string() })),
  navigationMenuItems: list(navigationMenuItemSchema),
  pageLayouts: list(pageLayoutSchema),
  pageLayoutTabs: list(tabSchema),
  pageLayoutWidgets: list(
    widgetSchema.extend({ pageLayoutTabUniversalIdentifier: z.string() }),
  ),
  commandMenuItems: list(
    z.looseObject({
      universalIdentifier: uid,
      frontComponentUniversalIdentifier: z.string(),
      availabilityObjectUniversalIdentifier: z.string().nullish(),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestObject = Manifest['objects'][number];
export type ManifestObjectField = z.infer<typeof objectFieldSchema>;
export type ManifestView = Manifest['views'][number];
export type ManifestPageLayout = Manifest['pageLayouts'][number];
export type ManifestPageLayoutTab = Manifest['pageLayoutTabs'][number];
export type ManifestPageLayoutWidget = ManifestPageLayoutTab['widgets'][number];
