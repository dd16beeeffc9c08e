import semver from 'semver';

import { ApplicationException } from './application.exception';

/**
 * An app's `engines.twenty` range against the server's version, as
 * application-package/application-version-validation.service.ts (validateServerCompatibility)
 * does it: no range = compatible; an invalid range, an invalid server version or a version
 * outside the range is refused.
 */
export const checkServerCompatibility = ({
  requiredServerVersion,
  serverVersion,
}: {
  requiredServerVersion: string | undefined;
  serverVersion: string;
}): void => {
  if (requiredServerVersion === undefined) return;
  if (semver.validRange(requiredServerVersion) === null) {
    throw new ApplicationException(
      `App manifest declares invalid engines.twenty value "${requiredServerVersion}". Must be a valid semver range.`,
      'INVALID_APP_ENGINE_REQUIREMENT',
    );
  }
  if (semver.valid(serverVersion) === null) {
    throw new ApplicationException(
      `Cannot verify server compatibility: inferred server version "${serverVersion}" is not a valid semver version.`,
      'INVALID_SERVER_VERSION',
    );
  }
  if (!semver.satisfies(serverVersion, requiredServerVersion)) {
    throw new ApplicationException(
      `App requires Twenty server ${requiredServerVersion} but this server is ${serverVersion}.`,
      'SERVER_VERSION_INCOMPATIBLE',
    );
  }
};
