import semver from 'semver';

import { ApplicationException } from './application.exception';

/**
 * application-version-validation.service.ts (validateVersionProgression): a deploy must
 * raise the version (same or lower: VERSION_ALREADY_EXISTS, the code
 * VERSION_PROGRESSION_REASON_TO_DEPLOY_EXCEPTION_CODE gives both); an install refuses the
 * installed version (APP_ALREADY_INSTALLED) and a lower one (CANNOT_DOWNGRADE_APPLICATION).
 * A current version that is not semver never blocks.
 */
export const checkVersionProgression = ({
  incomingVersion,
  currentVersion,
  universalIdentifier,
  action,
}: {
  incomingVersion: string;
  currentVersion: string | null;
  universalIdentifier: string;
  action: 'install' | 'deploy';
}): void => {
  if (semver.valid(incomingVersion) === null) {
    throw new ApplicationException(
      `Invalid version "${incomingVersion}" in package.json. Must be a valid semver version.`,
      'INVALID_INPUT',
    );
  }
  if (currentVersion === null || semver.valid(currentVersion) === null) return;
  if (action === 'deploy' && semver.lte(incomingVersion, currentVersion)) {
    throw new ApplicationException(
      `Cannot deploy ${universalIdentifier}@${incomingVersion}: version must be higher than the currently deployed version ${currentVersion}. Please bump the version in package.json.`,
      'VERSION_ALREADY_EXISTS',
    );
  }
  if (action === 'install' && semver.eq(incomingVersion, currentVersion)) {
    throw new ApplicationException(
      `${universalIdentifier}@${incomingVersion} is already installed in this workspace.`,
      'APP_ALREADY_INSTALLED',
    );
  }
  if (action === 'install' && semver.lt(incomingVersion, currentVersion)) {
    throw new ApplicationException(
      `Cannot install ${universalIdentifier}@${incomingVersion}: version ${currentVersion} is already installed and downgrading is not allowed.`,
      'CANNOT_DOWNGRADE_APPLICATION',
    );
  }
};
