import { type ManifestViolation } from '../../manifest-check.type';
import {
  type Manifest,
  type ManifestObject,
  type ManifestObjectField,
} from '../../schemas/manifest.schema';

export const getObject = (
  manifest: Manifest,
  nameSingular: string,
): ManifestObject => {
  const object = manifest.objects.find(
    (candidate) => candidate.nameSingular === nameSingular,
  );
  if (object === undefined)
    throw new Error(`fixture has no object ${nameSingular}`);
  return object;
};

export const getField = (
  manifest: Manifest,
  nameSingular: string,
  fieldName: string,
): ManifestObjectField => {
  const field = getObject(manifest, nameSingular).fields.find(
    (candidate) => candidate.name === fieldName,
  );
  if (field === undefined)
    throw new Error(`fixture has no field ${nameSingular}.${fieldName}`);
  return field;
};

export const getFirst = <TItem>(items: readonly TItem[]): TItem => {
  const [first] = items;
  if (first === undefined) throw new Error('fixture list is empty');
  return first;
};

export const codesOf = (violations: readonly ManifestViolation[]): string[] =>
  violations.map((violation) => violation.code);

export const errorsOf = (
  violations: readonly ManifestViolation[],
): ManifestViolation[] =>
  violations.filter((violation) => violation.severity === 'error');
