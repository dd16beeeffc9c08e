import {
  type GraphQLFieldConfigMap,
  GraphQLFloat,
  GraphQLInt,
  type GraphQLOutputType,
} from 'graphql';

import { getFieldColumns } from '../../../database/columns.util';
import {
  type CompositeFieldType,
  type FieldMetadata,
  type ObjectMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import {
  type AggregateOperation,
  type FindManyResult,
} from '../../../records/records.service';
import { type GraphqlContext } from '../../graphql-context.type';
import { DateTimeScalar } from '../../scalars.util';
import { pascalCase } from '../utils/pascal-case.util';

// Connection aggregate fields (Twenty: workspace-schema-builder/factories/
// aggregation-type.factory.ts with utils/get-available-aggregations-from-object-fields.util.ts).

type AggregateFieldMap = GraphQLFieldConfigMap<FindManyResult, GraphqlContext>;

const COMPOSITE_COUNT_SUB_FIELD: Record<CompositeFieldType, string> = {
  CURRENCY: 'amountMicros',
  FULL_NAME: 'firstName',
  EMAILS: 'primaryEmail',
  LINKS: 'primaryLinkUrl',
  PHONES: 'primaryPhoneNumber',
  ADDRESS: 'addressStreet1',
  ACTOR: 'name',
  RICH_TEXT: 'markdown',
};

type AggregateSpec = {
  fieldName: string;
  operation: AggregateOperation;
  subField: string | undefined;
  type: GraphQLOutputType;
};

const MATH_OPERATIONS = ['min', 'max', 'avg', 'sum'] as const;

const listFieldAggregates = (field: FieldMetadata): AggregateSpec[] => {
  const suffix = pascalCase(field.name);
  const countSub = isCompositeFieldType(field.type)
    ? COMPOSITE_COUNT_SUB_FIELD[field.type]
    : undefined;
  const count = (operation: AggregateOperation, type: GraphQLOutputType) => ({
    fieldName: `${operation}${suffix}`,
    operation,
    subField: countSub,
    type,
  });
  const specs: AggregateSpec[] = [
    count('countUniqueValues', GraphQLInt),
    count('countEmpty', GraphQLInt),
    count('countNotEmpty', GraphQLInt),
    count('percentageEmpty', GraphQLFloat),
    count('percentageNotEmpty', GraphQLFloat),
  ];
  if (field.type === 'NUMBER' || field.type === 'NUMERIC') {
    for (const operation of MATH_OPERATIONS) {
      specs.push({
        fieldName: `${operation}${suffix}`,
        operation,
        subField: undefined,
        type: GraphQLFloat,
      });
    }
  }
  if (field.type === 'CURRENCY') {
    for (const operation of MATH_OPERATIONS) {
      specs.push({
        fieldName: `${operation}${suffix}AmountMicros`,
        operation,
        subField: 'amountMicros',
        type: GraphQLFloat,
      });
    }
  }
  if (field.type === 'DATE' || field.type === 'DATE_TIME') {
    for (const operation of ['min', 'max'] as const) {
      specs.push({
        fieldName: `${operation}${suffix}`,
        operation,
        subField: undefined,
        type: DateTimeScalar,
      });
    }
  }
  if (field.type === 'BOOLEAN') {
    for (const operation of ['countTrue', 'countFalse'] as const) {
      specs.push({
        fieldName: `${operation}${suffix}`,
        operation,
        subField: undefined,
        type: GraphQLInt,
      });
    }
  }
  return specs;
};

export const buildAggregationFields = (
  object: ObjectMetadata,
): AggregateFieldMap => {
  const fields: AggregateFieldMap = {
    totalCount: {
      type: GraphQLInt,
      resolve: (source, _args, context) =>
        context.records.count(source.scope.object, source.scope.filter),
    },
  };
  for (const field of object.fields) {
    if (field.type === 'RELATION' || field.type === 'TS_VECTOR') continue;
    for (const spec of listFieldAggregates(field)) {
      const column = getFieldColumns(field).find(
        (c) => c.subField === spec.subField,
      );
      if (column === undefined) continue;
      fields[spec.fieldName] = {
        type: spec.type,
        resolve: (source, _args, context) =>
          context.records.aggregate(
            source.scope.object,
            source.scope.filter,
            spec.operation,
            column,
          ),
      };
    }
  }
  return fields;
};
