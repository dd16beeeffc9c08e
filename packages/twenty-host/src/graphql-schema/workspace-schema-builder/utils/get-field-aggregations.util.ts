import { GraphQLFloat, GraphQLInt, type GraphQLOutputType } from 'graphql';

import {
  type ColumnDefinition,
  getFieldColumns,
} from '../../../database/columns.util';
import {
  type CompositeFieldType,
  type FieldMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import { type AggregateOperation } from '../../../records/records.service';
import { DateTimeScalar } from '../../scalars.util';
import { pascalCase } from './pascal-case.util';

// The aggregate fields one field offers (Twenty: workspace-schema-builder/utils/
// get-available-aggregations-from-object-fields.util.ts), with the column each reads.

export type FieldAggregation = {
  fieldName: string;
  operation: AggregateOperation;
  column: ColumnDefinition;
  type: GraphQLOutputType;
};

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

export const getFieldAggregations = (
  field: FieldMetadata,
): FieldAggregation[] => {
  if (field.type === 'RELATION' || field.type === 'TS_VECTOR') return [];
  const columns = getFieldColumns(field);
  return listFieldAggregates(field).flatMap((spec) => {
    const column = columns.find((c) => c.subField === spec.subField);
    return column === undefined
      ? []
      : [
          {
            fieldName: spec.fieldName,
            operation: spec.operation,
            column,
            type: spec.type,
          },
        ];
  });
};
