import {
  type ManifestViolation,
  type ManifestViolationCode,
  type ManifestViolationSeverity,
} from '../manifest-check.type';

export const createViolation = (
  code: ManifestViolationCode,
  path: string,
  message: string,
  severity: ManifestViolationSeverity = 'error',
): ManifestViolation => ({ code, severity, path, message });
