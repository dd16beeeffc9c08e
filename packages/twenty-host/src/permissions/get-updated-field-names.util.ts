import { type ObjectMetadata } from '../manifest/object-metadata.type';

/** The fields a create/update input writes: input keys, join columns mapped to their relation. */
export const getUpdatedFieldNames = ({
  object,
  data,
}: {
  object: ObjectMetadata;
  data: Record<string, unknown>;
}): string[] =>
  Object.keys(data)
    .filter((key) => data[key] !== undefined)
    .map(
      (key) =>
        object.fields.find(
          (field) =>
            field.relation?.relationType === 'MANY_TO_ONE' &&
            field.relation.joinColumnName === key,
        )?.name ?? key,
    );
