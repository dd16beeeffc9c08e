import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { type AppField, listAppFields } from '../utils/list-app-fields.util';
import { type ManifestIndex } from '../utils/manifest-index.type';

const relationTypeOf = (field: AppField['field']): unknown =>
  field.universalSettings?.relationType;

// Both ends exist, point at each other, and form one MANY_TO_ONE + one ONE_TO_MANY.
const checkRelationField = (
  { field, objectUniversalIdentifier, path }: AppField,
  index: ManifestIndex,
): ManifestViolation[] => {
  const targetObject = field.relationTargetObjectMetadataUniversalIdentifier;
  if (targetObject === undefined || !index.objects.has(targetObject)) {
    return [
      createViolation(
        'UNKNOWN_RELATION_TARGET',
        path,
        `Relation "${field.name}" targets object "${targetObject ?? '(none)'}", which is neither an app object nor a standard object.`,
      ),
    ];
  }
  if (field.type === 'MORPH_RELATION') return [];
  const inverseId = field.relationTargetFieldMetadataUniversalIdentifier;
  const inverse =
    inverseId === undefined ? undefined : index.fields.get(inverseId);
  if (
    inverse === undefined ||
    inverse.objectUniversalIdentifier !== targetObject
  ) {
    return [
      createViolation(
        'MISSING_INVERSE_FIELD',
        path,
        `Relation "${field.name}" names inverse field "${inverseId ?? '(none)'}", which is not a field of object "${index.objects.get(targetObject)?.nameSingular}".`,
      ),
    ];
  }
  const definition = inverse.definition;
  if (
    definition === undefined ||
    definition.relationTargetFieldMetadataUniversalIdentifier !==
      field.universalIdentifier ||
    definition.relationTargetObjectMetadataUniversalIdentifier !==
      objectUniversalIdentifier
  ) {
    return [
      createViolation(
        'MISSING_INVERSE_FIELD',
        path,
        `Relation "${field.name}" and its inverse "${inverse.name}" do not point at each other.`,
      ),
    ];
  }
  const types = [relationTypeOf(field), relationTypeOf(definition)].sort();
  const isReportingSide =
    field.universalIdentifier < inverse.universalIdentifier;
  return isReportingSide &&
    (types[0] !== 'MANY_TO_ONE' || types[1] !== 'ONE_TO_MANY')
    ? [
        createViolation(
          'INVALID_RELATION_PAIR',
          path,
          `Relation "${field.name}" and its inverse "${inverse.name}" must be one MANY_TO_ONE and one ONE_TO_MANY (got ${String(types[0])} and ${String(types[1])}).`,
        ),
      ]
    : [];
};

export const checkRelationFields = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] =>
  listAppFields(manifest)
    .filter(
      ({ field }) =>
        field.type === 'RELATION' || field.type === 'MORPH_RELATION',
    )
    .flatMap((appField) => checkRelationField(appField, index));
