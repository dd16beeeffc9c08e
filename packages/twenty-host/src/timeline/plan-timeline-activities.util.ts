import {
  type ObjectMetadata,
  type TimelineActivityTypeDefinition,
} from '../manifest/object-metadata.type';
import { type RecordEventBatch } from '../records/record-event.type';
import { type ApiRecord } from '../records/record-format.util';

export type TimelineDiff = Record<string, { before: unknown; after: unknown }>;

/** One timelineActivity row to write on a related record's timeline. */
export type PlannedTimelineActivity = {
  /** `targetOpportunityId`, `targetGlobalAccountId`, … */
  targetColumn: string;
  targetId: string;
  timelineActivityTypeId: string;
  timelineActivityTypeSnapshot: Record<string, unknown>;
  happensAt: string;
  properties: { diff?: TimelineDiff };
  workspaceMemberId: string | null;
  linkedRecordId: string;
  linkedObjectMetadataId: string;
  linkedRecordCachedName: string;
};

const capitalize = (name: string) =>
  `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;

// modules/timeline/services/timeline-activity.service.ts strips position from every diff.
const withoutPosition = (diff: TimelineDiff | undefined): TimelineDiff =>
  Object.fromEntries(
    Object.entries(diff ?? {}).filter(([field]) => field !== 'position'),
  );

const displayName = (record: ApiRecord, object: ObjectMetadata): string => {
  const value = record[object.labelIdentifierFieldName];
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const { firstName, lastName } = value as {
      firstName?: unknown;
      lastName?: unknown;
    };
    return [firstName, lastName]
      .filter((part) => typeof part === 'string' && part !== '')
      .join(' ');
  }
  return '';
};

// resolve-timeline-activity-happens-at.util.ts: the record's updatedAt, else createdAt, else now.
const happensAtOf = (record: ApiRecord, now: Date): string => {
  for (const key of ['updatedAt', 'createdAt'])
    if (typeof record[key] === 'string') return record[key];
  return now.toISOString();
};

/**
 * The rows Twenty writes for one event batch through the app's timeline activity types with a
 * direct (many-to-one) `through` relation, as modules/timeline/services/timeline-activity.service.ts
 * and the routing plan (timeline-activity-routing-plan.service.ts,
 * utils/build-direct-relation-target-shape.util.ts) do: a type applies when its action is the
 * batch's and its object the batch's; an update counts only when one of its trigger fields is in
 * the diff (the whole diff is kept); the target is the related record of the `after` record
 * (`before` for a delete); no target, no row. Created, deleted and restored rows carry `{}`.
 */
export const planTimelineActivities = ({
  batch,
  types,
  timelineObject,
  objects,
  now,
}: {
  batch: RecordEventBatch;
  types: readonly TimelineActivityTypeDefinition[];
  timelineObject: ObjectMetadata;
  objects: readonly ObjectMetadata[];
  now: Date;
}): PlannedTimelineActivity[] => {
  const source = batch.object;
  const rules = types.flatMap((type) => {
    if (
      type.action !== batch.action ||
      type.objectUniversalIdentifier !== source.universalIdentifier ||
      type.targetRelationFieldUniversalIdentifier === null
    )
      return [];
    const relationField = source.fields.find(
      (field) =>
        field.universalIdentifier ===
        type.targetRelationFieldUniversalIdentifier,
    );
    const relation = relationField?.relation;
    if (
      relation?.relationType !== 'MANY_TO_ONE' ||
      relation.joinColumnName === undefined
    )
      return [];
    const target = objects.find(
      (object) =>
        object.universalIdentifier === relation.targetObjectUniversalIdentifier,
    );
    if (target === undefined) return [];
    const targetColumn = `target${capitalize(target.nameSingular)}Id`;
    if (
      !timelineObject.fields.some(
        (field) => field.relation?.joinColumnName === targetColumn,
      )
    )
      return [];
    const triggerKeys =
      type.triggerFieldUniversalIdentifiers?.flatMap((uid) => {
        const field = source.fields.find((f) => f.universalIdentifier === uid);
        if (field === undefined) return [];
        return field.relation?.joinColumnName === undefined
          ? [field.name]
          : [field.name, field.relation.joinColumnName];
      }) ?? null;
    return [
      { type, joinColumn: relation.joinColumnName, targetColumn, triggerKeys },
    ];
  });
  if (rules.length === 0) return [];

  return batch.events.flatMap((event) => {
    const record =
      batch.action === 'deleted'
        ? (event.properties.before ?? event.properties.after)
        : (event.properties.after ?? event.properties.before);
    if (record === undefined) return [];
    const diff = withoutPosition(event.properties.diff);
    return rules.flatMap(({ type, joinColumn, targetColumn, triggerKeys }) => {
      const targetId = record[joinColumn];
      if (typeof targetId !== 'string') return [];
      if (
        batch.action === 'updated' &&
        triggerKeys !== null &&
        !triggerKeys.some((key) => diff[key] !== undefined)
      )
        return [];
      return [
        {
          targetColumn,
          targetId,
          timelineActivityTypeId: type.universalIdentifier,
          timelineActivityTypeSnapshot: {
            id: type.universalIdentifier,
            universalIdentifier: type.universalIdentifier,
            name: type.name,
            label: type.label,
            action: type.action,
            icon: type.icon,
            objectUniversalIdentifier: type.objectUniversalIdentifier,
            frontComponentUniversalIdentifier: null,
          },
          happensAt: happensAtOf(record, now),
          properties: batch.action === 'updated' ? { diff } : {},
          workspaceMemberId: event.workspaceMemberId ?? null,
          linkedRecordId: event.recordId,
          linkedObjectMetadataId: source.id,
          linkedRecordCachedName: displayName(record, source),
        },
      ];
    });
  });
};
