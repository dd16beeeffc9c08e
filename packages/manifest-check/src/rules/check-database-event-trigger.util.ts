import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { type ManifestIndex } from '../utils/manifest-index.type';

const EVENT_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'destroyed',
  'restored',
  'upserted',
  '*',
];

type Settings = NonNullable<
  Manifest['logicFunctions'][number]['databaseEventTriggerSettings']
>;

const canDefaultRoleRead = (
  manifest: Manifest,
  objectUniversalIdentifier: string,
): boolean => {
  const role = manifest.roles.find(
    (candidate) =>
      candidate.universalIdentifier ===
      manifest.application.defaultRoleUniversalIdentifier,
  );
  if (role === undefined) return false;
  const permission = role.objectPermissions.find(
    (entry) => entry.objectUniversalIdentifier === objectUniversalIdentifier,
  );
  return (
    permission?.canReadObjectRecords ?? role.canReadAllObjectRecords === true
  );
};

// `<nameSingular>.<action>` on a known object, plus the loop and visibility risks.
export const checkDatabaseEventTrigger = ({
  manifest,
  index,
  path,
  settings,
}: {
  manifest: Manifest;
  index: ManifestIndex;
  path: string;
  settings: Settings;
}): ManifestViolation[] => {
  const [objectName = '', action = '', ...rest] = settings.eventName.split('.');
  const object = [...index.objects.values()].find(
    (candidate) => candidate.nameSingular === objectName,
  );
  const isKnownObject = objectName === '*' || object !== undefined;
  if (rest.length > 0 || !isKnownObject || !EVENT_ACTIONS.includes(action)) {
    return [
      createViolation(
        'UNKNOWN_EVENT_NAME',
        path,
        `Event "${settings.eventName}" is not <known object>.<${EVENT_ACTIONS.join('|')}>.`,
      ),
    ];
  }
  const violations: ManifestViolation[] = [];
  const updatedFields = settings.updatedFields ?? [];
  if (updatedFields.length > 0 && action !== 'updated') {
    violations.push(
      createViolation(
        'UPDATED_FIELDS_IGNORED',
        path,
        `updatedFields only filters ".updated" events; "${settings.eventName}" ignores it.`,
        'warning',
      ),
    );
  }
  if (updatedFields.length === 0 && (action === 'updated' || action === '*')) {
    violations.push(
      createViolation(
        'LISTENS_TO_ALL_UPDATES',
        path,
        `"${settings.eventName}" runs on every update, including the app's own writes: list updatedFields.`,
        'warning',
      ),
    );
  }
  if (object !== undefined) {
    const names = new Set(object.fields.map((field) => field.name));
    for (const name of updatedFields) {
      // Relations change through their join column: companyId for company.
      if (!names.has(name) && !names.has(name.replace(/Id$/, ''))) {
        violations.push(
          createViolation(
            'DANGLING_REFERENCE',
            path,
            `updatedFields names "${name}", which is not a field of "${object.nameSingular}".`,
          ),
        );
      }
    }
    if (!canDefaultRoleRead(manifest, object.universalIdentifier)) {
      violations.push(
        createViolation(
          'EVENT_OBJECT_NOT_READABLE',
          path,
          `The app role cannot read "${object.nameSingular}", so "${settings.eventName}" events never reach the app.`,
          'warning',
        ),
      );
    }
  }
  return violations;
};
