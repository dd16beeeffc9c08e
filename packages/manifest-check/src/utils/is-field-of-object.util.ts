import { type ManifestIndex } from './manifest-index.type';

export const isFieldOfObject = (
  index: ManifestIndex,
  fieldUniversalIdentifier: string,
  objectUniversalIdentifier: string,
): boolean =>
  index.fields.get(fieldUniversalIdentifier)?.objectUniversalIdentifier ===
  objectUniversalIdentifier;
