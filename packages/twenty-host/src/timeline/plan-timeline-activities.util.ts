import {
  type ObjectMetadata,
  type TimelineActivityTypeDefinition,
} from '../manifest/object-metadata.type';
import { type RecordEventBatch } from '../records/record-event.type';
import { type ApiRecord } from '../records/record-format.util';
import { timelineTargetFieldName } from './add-timeline-target-relations.util';

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

/** One app timeline activity type resolved against the workspace's objects, once. */
export type TimelineRule = {
  type: TimelineActivityTypeDefinition;
  /** The source object's join column of the `through` relation (`opportunityId`). */
  joinColumn: string;
  /** timelineActivity's join column for the related object (`targetOpportunityId`). */
  targetColumn: string;
  /** Diff keys that make an update count (field names and join columns); null: any update. */
  triggerKeys: string[] | null;
};

/**
 * The app's timeline activity types with a direct (many-to-one) `through` relation, as the
 * routing plan resolves them once per workspace (modules/timeline/services/
 * timeline-activity-routing-plan.service.ts, utils/build-direct-relation-target-shape.util.ts):
 * a type whose relation is not many-to-one, or whose target has no place on the timeline,
 * emits nothing.
 */
export const resolveTimelineRules = ({
  types,
  timelineObject,
  objects,
}: {
  types: readonly TimelineActivityTypeDefinition[];
  timelineObject: ObjectMetadata;
  objects: readonly ObjectMetadata[];
}): TimelineRule[] =>
  types.flatMap((type) => {
    const source = objects.find(
      (object) => object.universalIdentifier === type.objectUniversalIdentifier,
    );
    const relation = source?.fields.find(
      (field) =>
        field.universalIdentifier ===
        type.targetRelationFieldUniversalIdentifier,
    )?.relation;
    if (
      source === undefined ||
      relation?.relationType !== 'MANY_TO_ONE' ||
      relation.joinColumnName === undefined
    )
      return [];
    const target = objects.find(
      (object) =>
        object.universalIdentifier === relation.targetObjectUniversalIdentifier,
    );
    const targetColumn =
      target === undefined
        ? undefined
        : timelineObject.fields.find(
            (field) =>
              field.name === timelineTargetFieldName(target.nameSingular),
          )?.relation?.joinColumnName;
    if (targetColumn === undefined) return [];
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

/**
 * The rows Twenty writes for one event batch, as modules/timeline/services/
 * timeline-activity.service.ts does for direct relations: a rule applies when its type's action
 * is the batch's and its object the batch's; an update counts only when one of its trigger
 * fields is in the diff (the whole diff is kept); the target is the related record of the
 * `after` record (`before` for a delete); no target, no row. Created, deleted and restored
 * rows carry `{}`.
 */
export const planTimelineActivities = ({
  batch,
  rules,
  now,
}: {
  batch: RecordEventBatch;
  rules: readonly TimelineRule[];
  now: Date;
}): PlannedTimelineActivity[] => {
  const source = batch.object;
  const applicable = rules.filter(
    ({ type }) =>
      type.action === batch.action &&
      type.objectUniversalIdentifier === source.universalIdentifier,
  );
  if (applicable.length === 0) return [];

  return batch.events.flatMap((event) => {
    const record =
      batch.action === 'deleted'
        ? (event.properties.before ?? event.properties.after)
        : (event.properties.after ?? event.properties.before);
    if (record === undefined) return [];
    const diff = withoutPosition(event.properties.diff);
    return applicable.flatMap(
      ({ type, joinColumn, targetColumn, triggerKeys }) => {
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
      },
    );
  });
};
