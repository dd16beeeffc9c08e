import { type GraphQLFieldConfigMap, GraphQLInt } from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type FindManyResult } from '../../../records/records.service';
import { type GraphqlContext } from '../../graphql-context.type';
import { getFieldAggregations } from '../utils/get-field-aggregations.util';

// Connection aggregate fields (Twenty: workspace-schema-builder/factories/
// aggregation-type.factory.ts with utils/get-available-aggregations-from-object-fields.util.ts).

type AggregateFieldMap = GraphQLFieldConfigMap<FindManyResult, GraphqlContext>;

export const buildAggregationFields = (
  object: ObjectMetadata,
): AggregateFieldMap => {
  const fields: AggregateFieldMap = {
    totalCount: {
      type: GraphQLInt,
      resolve: (source, _args, context) =>
        source.scope.groupAggregates?.read({
          operation: 'totalCount',
          column: null,
        }) ??
        context.records.count({
          object: source.scope.object,
          filter: source.scope.filter,
        }),
    },
  };
  for (const field of object.fields) {
    for (const spec of getFieldAggregations(field)) {
      fields[spec.fieldName] = {
        type: spec.type,
        resolve: (source, _args, context) =>
          source.scope.groupAggregates?.read({
            operation: spec.operation,
            column: spec.column,
          }) ??
          context.records.aggregate({
            object: source.scope.object,
            filter: source.scope.filter,
            operation: spec.operation,
            column: spec.column,
          }),
      };
    }
  }
  return fields;
};
