import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { isFieldOfObject } from '../utils/is-field-of-object.util';
import { type ManifestIndex } from '../utils/manifest-index.type';

const dangling = (path: string, message: string): ManifestViolation =>
  createViolation('DANGLING_REFERENCE', path, message);

// Standalone fields, label identifiers, indexes, roles, the default role and
// command menu items all point at objects, fields or components that must exist.
export const checkObjectReferences = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] => {
  const violations: ManifestViolation[] = [];
  const objectExists = (id: string) => index.objects.has(id);

  for (const field of manifest.fields) {
    if (!objectExists(field.objectUniversalIdentifier)) {
      violations.push(
        dangling(
          `fields[${field.name}]`,
          `Field "${field.name}" is added to unknown object "${field.objectUniversalIdentifier}".`,
        ),
      );
    }
  }
  for (const object of manifest.objects) {
    const labelField = object.labelIdentifierFieldMetadataUniversalIdentifier;
    if (
      labelField != null &&
      !isFieldOfObject(index, labelField, object.universalIdentifier)
    ) {
      violations.push(
        dangling(
          `objects[${object.nameSingular}]`,
          `Label identifier "${labelField}" is not a field of "${object.nameSingular}".`,
        ),
      );
    }
  }
  for (const [position, entry] of manifest.indexes.entries()) {
    const path = `indexes[${position}]`;
    if (!objectExists(entry.objectUniversalIdentifier)) {
      violations.push(
        dangling(
          path,
          `Index on unknown object "${entry.objectUniversalIdentifier}".`,
        ),
      );
      continue;
    }
    for (const { fieldUniversalIdentifier } of entry.fields) {
      if (
        !isFieldOfObject(
          index,
          fieldUniversalIdentifier,
          entry.objectUniversalIdentifier,
        )
      ) {
        violations.push(
          dangling(
            path,
            `Index field "${fieldUniversalIdentifier}" is not a field of its object.`,
          ),
        );
      }
    }
  }
  for (const role of manifest.roles) {
    const path = `roles[${role.label}]`;
    for (const { objectUniversalIdentifier } of role.objectPermissions) {
      if (!objectExists(objectUniversalIdentifier)) {
        violations.push(
          dangling(
            path,
            `Object permission on unknown object "${objectUniversalIdentifier}".`,
          ),
        );
      }
    }
    for (const permission of role.fieldPermissions) {
      if (
        !isFieldOfObject(
          index,
          permission.fieldUniversalIdentifier,
          permission.objectUniversalIdentifier,
        )
      ) {
        violations.push(
          dangling(
            path,
            `Field permission on "${permission.fieldUniversalIdentifier}", which is not a field of object "${permission.objectUniversalIdentifier}".`,
          ),
        );
      }
    }
  }
  const defaultRole = manifest.application.defaultRoleUniversalIdentifier;
  if (
    defaultRole != null &&
    !manifest.roles.some((role) => role.universalIdentifier === defaultRole)
  ) {
    violations.push(
      dangling('application', `Default role "${defaultRole}" is not defined.`),
    );
  }
  for (const item of manifest.commandMenuItems) {
    const path = `commandMenuItems[${item.universalIdentifier}]`;
    if (!index.frontComponents.has(item.frontComponentUniversalIdentifier)) {
      violations.push(
        dangling(
          path,
          `Command menu item opens unknown front component "${item.frontComponentUniversalIdentifier}".`,
        ),
      );
    }
    const object = item.availabilityObjectUniversalIdentifier;
    if (object != null && !objectExists(object)) {
      violations.push(
        dangling(
          path,
          `Command menu item is available on unknown object "${object}".`,
        ),
      );
    }
  }
  return violations;
};
