import {
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
} from 'graphql';

import {
  type ObjectMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import { OrderByDirectionEnum } from '../graphql-types/common-enum-types.constant';
import { OrderByDateGranularityInput } from '../graphql-types/group-by-types.constant';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { getFieldAggregations } from '../utils/get-field-aggregations.util';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: graphql-type-generators/input-types/order-by-input/
// object-metadata-order-by-with-group-by-gql-input-type.generator.ts: `aggregate` (one
// direction per aggregate field) plus the dimensions (dates as OrderByDateGranularityInput).
export const buildOrderByWithGroupByInputType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLInputObjectType => {
  const name = pascalCase(object.nameSingular);
  const aggregateInput = new GraphQLInputObjectType({
    name: `${name}OrderByWithGroupByAggregateInput`,
    description: 'Aggregate-based ordering',
    fields: () => ({
      totalCount: { type: OrderByDirectionEnum },
      ...Object.fromEntries(
        object.fields
          .flatMap(getFieldAggregations)
          .map((a) => [a.fieldName, { type: OrderByDirectionEnum }]),
      ),
    }),
  });
  return new GraphQLInputObjectType({
    name: `${name}OrderByWithGroupByInput`,
    description: object.description ?? undefined,
    fields: () => {
      const fields: GraphQLInputFieldConfigMap = {
        aggregate: {
          type: aggregateInput,
          description: 'Order by aggregate values',
        },
      };
      for (const field of object.fields) {
        if (field.type === 'RELATION') {
          const joinColumn = field.relation?.joinColumnName;
          if (
            field.relation?.relationType === 'MANY_TO_ONE' &&
            joinColumn !== undefined
          ) {
            fields[joinColumn] = { type: OrderByDirectionEnum };
          }
          continue;
        }
        if (field.type === 'ARRAY' || field.type === 'MULTI_SELECT') continue;
        fields[field.name] = {
          type: isCompositeFieldType(field.type)
            ? storage.getCompositeTypes(field.type).orderBy
            : field.type === 'DATE' || field.type === 'DATE_TIME'
              ? OrderByDateGranularityInput
              : OrderByDirectionEnum,
        };
      }
      return fields;
    },
  });
};
