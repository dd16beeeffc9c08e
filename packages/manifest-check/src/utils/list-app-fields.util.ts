import {
  type Manifest,
  type ManifestObjectField,
} from '../schemas/manifest.schema';

export type AppField = {
  field: ManifestObjectField;
  objectUniversalIdentifier: string;
  path: string;
};

// Inline fields of app objects and standalone fields (on any object), together.
export const listAppFields = (manifest: Manifest): AppField[] => [
  ...manifest.objects.flatMap((object) =>
    object.fields.map((field) => ({
      field,
      objectUniversalIdentifier: object.universalIdentifier,
      path: `objects[${object.nameSingular}].fields[${field.name}]`,
    })),
  ),
  ...manifest.fields.map((field) => ({
    field,
    objectUniversalIdentifier: field.objectUniversalIdentifier,
    path: `fields[${field.name}]`,
  })),
];
