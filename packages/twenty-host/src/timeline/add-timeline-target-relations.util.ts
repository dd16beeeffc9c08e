import { type ObjectMetadata } from '../manifest/object-metadata.type';

/** `timelineActivity`'s relation to an object: `targetOpportunity`, `targetGlobalAccount`, … */
export const timelineTargetFieldName = (nameSingular: string): string =>
  `target${nameSingular.charAt(0).toUpperCase()}${nameSingular.slice(1)}`;

/**
 * Gives each app object its place on Twenty's timeline, as Twenty does for every custom
 * object (twenty-shared metadata/constants/default-relations-object-standard-ids.constant.ts
 * lists timelineActivity among the objects every new object gets a relation with):
 * `timelineActivity.target<Object>` (many-to-one, join column `target<Object>Id`, cascade)
 * and its inverse `<object>.timelineActivities`.
 */
export const addTimelineTargetRelations = (
  objects: ObjectMetadata[],
  appObjects: ObjectMetadata[],
): void => {
  const timeline = objects.find(
    (object) => object.nameSingular === 'timelineActivity',
  );
  if (timeline === undefined) return;
  for (const object of appObjects) {
    if (object.fields.some((field) => field.name === 'timelineActivities'))
      continue;
    const targetName = timelineTargetFieldName(object.nameSingular);
    const targetUid = `${timeline.universalIdentifier}:${targetName}`;
    const inverseUid = `${object.universalIdentifier}:timelineActivities`;
    timeline.fields.push({
      universalIdentifier: targetUid,
      name: targetName,
      label: targetName,
      type: 'RELATION',
      isNullable: true,
      relation: {
        relationType: 'MANY_TO_ONE',
        targetObjectUniversalIdentifier: object.universalIdentifier,
        targetFieldUniversalIdentifier: inverseUid,
        joinColumnName: `${targetName}Id`,
        onDelete: 'CASCADE',
      },
    });
    object.fields.push({
      universalIdentifier: inverseUid,
      name: 'timelineActivities',
      label: 'Timeline',
      type: 'RELATION',
      isNullable: true,
      relation: {
        relationType: 'ONE_TO_MANY',
        targetObjectUniversalIdentifier: timeline.universalIdentifier,
        targetFieldUniversalIdentifier: targetUid,
      },
    });
  }
};
