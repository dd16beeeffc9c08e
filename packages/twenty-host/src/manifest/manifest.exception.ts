export type ManifestExceptionCode =
  'MANIFEST_NOT_FOUND' | 'MANIFEST_INVALID' | 'RELATION_TARGET_NOT_FOUND';

export class ManifestException extends Error {
  constructor(
    message: string,
    readonly code: ManifestExceptionCode,
  ) {
    super(message);
    this.name = 'ManifestException';
  }
}
