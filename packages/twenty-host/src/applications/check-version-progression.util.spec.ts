import { checkServerCompatibility } from './check-server-compatibility.util';
import { checkVersionProgression } from './check-version-progression.util';

const codeOf = (work: () => void): string | null => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('checkVersionProgression (validateVersionProgression)', () => {
  it.each([
    ['deploy', '0.2.0', '0.1.0', null],
    ['deploy', '0.1.0', '0.1.0', 'VERSION_ALREADY_EXISTS'],
    ['deploy', '0.0.9', '0.1.0', 'VERSION_ALREADY_EXISTS'],
    ['deploy', '0.1.0', null, null],
    ['deploy', 'one', '0.1.0', 'INVALID_INPUT'],
    ['deploy', '0.1.0', 'not-semver', null],
    ['install', '0.2.0', '0.1.0', null],
    ['install', '0.1.0', '0.1.0', 'APP_ALREADY_INSTALLED'],
    ['install', '0.0.9', '0.1.0', 'CANNOT_DOWNGRADE_APPLICATION'],
    ['install', '0.1.0', null, null],
  ] as const)(
    '%s %s over %s → %s',
    (action, incomingVersion, currentVersion, expected) => {
      expect(
        codeOf(() =>
          checkVersionProgression({
            incomingVersion,
            currentVersion,
            universalIdentifier: 'app',
            action,
          }),
        ),
      ).toBe(expected);
    },
  );
});

describe('checkServerCompatibility (validateServerCompatibility)', () => {
  it.each([
    [undefined, '2.43.0', null],
    ['>=2.40.0', '2.43.0', null],
    ['>=2.40.0', '2.40.0', null],
    ['>=2.40.0', '2.39.9', 'SERVER_VERSION_INCOMPATIBLE'],
    ['^3.0.0', '2.43.0', 'SERVER_VERSION_INCOMPATIBLE'],
    ['not a range', '2.43.0', 'INVALID_APP_ENGINE_REQUIREMENT'],
    ['>=2.40.0', 'latest', 'INVALID_SERVER_VERSION'],
  ] as const)(
    'requires %s, server %s → %s',
    (requiredServerVersion, serverVersion, expected) => {
      expect(
        codeOf(() =>
          checkServerCompatibility({ requiredServerVersion, serverVersion }),
        ),
      ).toBe(expected);
    },
  );
});
