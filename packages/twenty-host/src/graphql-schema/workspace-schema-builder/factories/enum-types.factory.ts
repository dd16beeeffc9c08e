import { GraphQLEnumType } from 'graphql';

import {
  type FieldMetadata,
  type ObjectMetadata,
} from '../../../manifest/object-metadata.type';
import { buildEnumFilter } from '../graphql-types/filter-input-types.constant';
import { type EnumGraphqlTypes } from '../object-graphql-types.type';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/enum-type-definition.factory.ts
// (`<Object><Field>Enum` from the field's options).
export const getEnumTypeName = ({
  object,
  field,
}: {
  object: ObjectMetadata;
  field: FieldMetadata;
}): string => `${pascalCase(object.nameSingular)}${pascalCase(field.name)}Enum`;

export const buildEnumTypes = ({
  name,
  field,
}: {
  name: string;
  field: FieldMetadata;
}): EnumGraphqlTypes => {
  const enumType = new GraphQLEnumType({
    name,
    values: Object.fromEntries((field.options ?? []).map((o) => [o.value, {}])),
  });
  return { enumType, filter: buildEnumFilter(enumType) };
};
