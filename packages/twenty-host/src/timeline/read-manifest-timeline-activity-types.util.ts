import { ManifestException } from '../manifest/manifest.exception';
import { type TimelineActivityTypeDefinition } from '../manifest/object-metadata.type';

const TIMELINE_ACTIVITY_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'restored',
  'linked',
  'unlinked',
];

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const requireString = (object: JsonObject, key: string, where: string) => {
  const value = object[key];
  if (typeof value !== 'string' || value === '')
    throw new ManifestException(
      `manifest.json timelineActivityTypes: ${where} has no ${key}`,
      'MANIFEST_INVALID',
    );
  return value;
};

/**
 * The manifest's timeline activity types that emit automatically, as Twenty converts them
 * (core-modules/application/application-manifest/converters/
 * from-timeline-activity-type-manifest-to-universal-flat-timeline-activity-type.util.ts:
 * `action: emit.on`, `targetRelationFieldUniversalIdentifier:
 * emit.through.relationFieldUniversalIdentifier`, …). Types without `emit` are written by
 * `createTimelineActivity` only, which the host does not offer.
 */
export const readManifestTimelineActivityTypes = (
  manifest: JsonObject,
): TimelineActivityTypeDefinition[] => {
  const raw = manifest.timelineActivityTypes ?? [];
  if (!Array.isArray(raw))
    throw new ManifestException(
      'manifest.json timelineActivityTypes is not a list',
      'MANIFEST_INVALID',
    );
  return raw.flatMap((type: unknown): TimelineActivityTypeDefinition[] => {
    if (!isObject(type) || !isObject(type.emit)) return [];
    const name = requireString(type, 'name', 'a type');
    const emit = type.emit;
    const action = requireString(emit, 'on', name);
    if (!TIMELINE_ACTIVITY_ACTIONS.includes(action))
      throw new ManifestException(
        `manifest.json timelineActivityTypes: ${name} emits on unknown action ${action}`,
        'MANIFEST_INVALID',
      );
    const through = isObject(emit.through) ? emit.through : null;
    const triggers = through?.triggerFieldUniversalIdentifiers;
    return [
      {
        universalIdentifier: requireString(type, 'universalIdentifier', name),
        name,
        label: requireString(type, 'label', name),
        icon: typeof type.icon === 'string' ? type.icon : null,
        action,
        objectUniversalIdentifier: requireString(
          emit,
          'objectUniversalIdentifier',
          name,
        ),
        targetRelationFieldUniversalIdentifier:
          through === null
            ? null
            : requireString(through, 'relationFieldUniversalIdentifier', name),
        triggerFieldUniversalIdentifiers: Array.isArray(triggers)
          ? triggers.filter((uid): uid is string => typeof uid === 'string')
          : null,
      },
    ];
  });
};
