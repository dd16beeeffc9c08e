import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { listAppFields } from '../utils/list-app-fields.util';
import { type ManifestIndex } from '../utils/manifest-index.type';
import {
  SYSTEM_FIELD_NAMES,
  SYSTEM_RELATION_FIELD_NAMES,
} from '../utils/system-field-names.constant';

const findRepeated = (names: readonly string[]): string[] => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) (seen.has(name) ? repeated : seen).add(name);
  return [...repeated];
};

// Names the server already uses on an object: system fields on app objects,
// standard fields on standard objects.
const listReservedFieldNames = (
  objectUniversalIdentifier: string,
  index: ManifestIndex,
): string[] => {
  const object = index.objects.get(objectUniversalIdentifier);
  if (object === undefined) return [];
  return object.origin === 'app'
    ? [...SYSTEM_FIELD_NAMES, ...SYSTEM_RELATION_FIELD_NAMES]
    : object.fields
        .filter((field) => field.origin === 'standard')
        .map((field) => field.name);
};

export const checkDuplicateNames = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] => {
  const violations: ManifestViolation[] = [];
  const standardNames = [...index.objects.values()]
    .filter((object) => object.origin === 'standard')
    .map((object) => object.nameSingular);
  const objectNames = manifest.objects.flatMap((object) => [
    object.nameSingular,
    object.namePlural,
  ]);
  for (const name of findRepeated([...standardNames, ...objectNames])) {
    violations.push(
      createViolation(
        'DUPLICATE_NAME',
        'objects',
        `Object name "${name}" is used more than once (app and standard objects).`,
      ),
    );
  }
  const fieldsByObject = new Map<string, string[]>();
  for (const { field, objectUniversalIdentifier } of listAppFields(manifest)) {
    const names = fieldsByObject.get(objectUniversalIdentifier) ?? [];
    fieldsByObject.set(objectUniversalIdentifier, [...names, field.name]);
  }
  for (const [objectId, names] of fieldsByObject) {
    const reserved = listReservedFieldNames(objectId, index);
    const clashes = [
      ...findRepeated(names),
      ...names.filter((name) => reserved.includes(name)),
    ];
    const objectName = index.objects.get(objectId)?.nameSingular ?? objectId;
    for (const name of new Set(clashes)) {
      violations.push(
        createViolation(
          'DUPLICATE_NAME',
          `objects[${objectName}]`,
          `Field name "${name}" is used more than once on "${objectName}".`,
        ),
      );
    }
  }
  for (const { field, path } of listAppFields(manifest)) {
    for (const value of findRepeated(
      field.options.map((option) => option.value),
    )) {
      violations.push(
        createViolation(
          'DUPLICATE_NAME',
          path,
          `Option value "${value}" appears twice in "${field.name}".`,
        ),
      );
    }
  }
  const functionNames = manifest.logicFunctions.flatMap((fn) =>
    fn.name == null ? [] : [fn.name],
  );
  for (const name of findRepeated(functionNames)) {
    violations.push(
      createViolation(
        'DUPLICATE_NAME',
        'logicFunctions',
        `Logic function name "${name}" is used more than once.`,
      ),
    );
  }
  return violations;
};
