import {
  type ManifestCheckContext,
  type StandardObjectEntry,
} from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import {
  type IndexedField,
  type IndexedObject,
  type ManifestIndex,
} from './manifest-index.type';
import { SYSTEM_FIELD_NAMES } from './system-field-names.constant';

const indexStandardObject = (entry: StandardObjectEntry): IndexedObject => ({
  universalIdentifier: entry.universalIdentifier,
  nameSingular: entry.nameSingular,
  origin: 'standard',
  fields: Object.entries(entry.fields).map(([name, universalIdentifier]) => ({
    universalIdentifier,
    name,
    objectUniversalIdentifier: entry.universalIdentifier,
    origin: 'standard',
    path: `standard:${entry.nameSingular}.${name}`,
  })),
});

const indexAppObject = (
  manifest: Manifest,
  object: Manifest['objects'][number],
  context: ManifestCheckContext,
): IndexedObject => {
  const objectUniversalIdentifier = object.universalIdentifier;
  const appFields: IndexedField[] = object.fields.map((field) => ({
    universalIdentifier: field.universalIdentifier,
    name: field.name,
    objectUniversalIdentifier,
    origin: 'app',
    definition: field,
    path: `objects[${object.nameSingular}].fields[${field.name}]`,
  }));
  const derive = context.getSystemFieldUniversalIdentifier;
  const systemFields: IndexedField[] =
    derive === undefined
      ? []
      : SYSTEM_FIELD_NAMES.map((name) => ({
          universalIdentifier: derive({
            applicationUniversalIdentifier:
              manifest.application.universalIdentifier,
            objectUniversalIdentifier,
            name,
          }),
          name,
          objectUniversalIdentifier,
          origin: 'system',
          path: `system:${object.nameSingular}.${name}`,
        }));
  return {
    universalIdentifier: objectUniversalIdentifier,
    nameSingular: object.nameSingular,
    origin: 'app',
    fields: [...appFields, ...systemFields],
  };
};

export const buildManifestIndex = (
  manifest: Manifest,
  context: ManifestCheckContext,
): ManifestIndex => {
  const objects = new Map<string, IndexedObject>();
  for (const entry of context.standardObjects) {
    objects.set(entry.universalIdentifier, indexStandardObject(entry));
  }
  for (const object of manifest.objects) {
    objects.set(
      object.universalIdentifier,
      indexAppObject(manifest, object, context),
    );
  }
  // Standalone fields join their object (standard or app) when it is known.
  for (const field of manifest.fields) {
    objects.get(field.objectUniversalIdentifier)?.fields.push({
      universalIdentifier: field.universalIdentifier,
      name: field.name,
      objectUniversalIdentifier: field.objectUniversalIdentifier,
      origin: 'app',
      definition: field,
      path: `fields[${field.name}]`,
    });
  }
  const fields = new Map<string, IndexedField>();
  for (const object of objects.values()) {
    for (const field of object.fields) {
      fields.set(field.universalIdentifier, field);
    }
  }
  const tabs = [
    ...manifest.pageLayouts.flatMap((layout) => layout.tabs),
    ...manifest.pageLayoutTabs,
  ];
  return {
    objects,
    fields,
    views: new Map(
      manifest.views.map((view) => [view.universalIdentifier, view]),
    ),
    standardViews: new Set(context.standardViewUniversalIdentifiers ?? []),
    pageLayouts: new Set([
      ...manifest.pageLayouts.map((layout) => layout.universalIdentifier),
      ...(context.standardPageLayoutUniversalIdentifiers ?? []),
    ]),
    pageLayoutTabs: new Set(tabs.map((tab) => tab.universalIdentifier)),
    frontComponents: new Set(
      manifest.frontComponents.map(
        (component) => component.universalIdentifier,
      ),
    ),
    navigationFolders: new Set(
      manifest.navigationMenuItems
        .filter((item) => item.type === 'FOLDER')
        .map((item) => item.universalIdentifier),
    ),
  };
};
