import {
  GraphQLBoolean,
  type GraphQLEnumType,
  GraphQLFloat,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLString,
} from 'graphql';

import { BigFloatScalar, DateTimeScalar, UUIDScalar } from '../../scalars.util';
import { ActorSourceEnum, FilterIs } from './common-enum-types.constant';

// Twenty: workspace-schema-builder/graphql-types/input/*-filter.input-type.ts.
const buildComparisonFilter = ({
  name,
  type,
  extra = {},
}: {
  name: string;
  type: GraphQLInputType;
  extra?: GraphQLInputFieldConfigMap;
}) =>
  new GraphQLInputObjectType({
    name,
    fields: {
      eq: { type },
      gt: { type },
      gte: { type },
      in: { type: new GraphQLList(new GraphQLNonNull(type)) },
      lt: { type },
      lte: { type },
      neq: { type },
      ...extra,
      is: { type: FilterIs },
    },
  });

export const UUIDFilter = buildComparisonFilter({
  name: 'UUIDFilter',
  type: UUIDScalar,
});
export const StringFilter = buildComparisonFilter({
  name: 'StringFilter',
  type: GraphQLString,
  extra: {
    startsWith: { type: GraphQLString },
    endsWith: { type: GraphQLString },
    like: {
      type: GraphQLString,
      description: 'Pattern match with % wildcard (e.g. %value%)',
    },
    ilike: {
      type: GraphQLString,
      description: 'Case-insensitive match with % wildcard (e.g. %value%)',
    },
    regex: { type: GraphQLString },
    iregex: { type: GraphQLString },
  },
});
export const FloatFilter = buildComparisonFilter({
  name: 'FloatFilter',
  type: GraphQLFloat,
});
export const IntFilter = buildComparisonFilter({
  name: 'IntFilter',
  type: GraphQLInt,
});
export const BigFloatFilter = buildComparisonFilter({
  name: 'BigFloatFilter',
  type: BigFloatScalar,
});
export const DateFilter = buildComparisonFilter({
  name: 'DateFilter',
  type: DateTimeScalar,
});
export const BooleanFilter = new GraphQLInputObjectType({
  name: 'BooleanFilter',
  fields: { eq: { type: GraphQLBoolean }, is: { type: FilterIs } },
});
export const RawJsonFilter = new GraphQLInputObjectType({
  name: 'RawJsonFilter',
  fields: {
    is: { type: FilterIs },
    like: {
      type: GraphQLString,
      description: 'Pattern match with % wildcard (e.g. %value%)',
    },
  },
});
export const TSVectorFilter = new GraphQLInputObjectType({
  name: 'TSVectorFilter',
  fields: { search: { type: GraphQLString } },
});
export const ArrayFilter = new GraphQLInputObjectType({
  name: 'ArrayFilter',
  fields: {
    containsIlike: { type: GraphQLString },
    contains: { type: new GraphQLList(GraphQLString) },
    not_contains: { type: new GraphQLList(GraphQLString) },
    is: { type: FilterIs },
    isEmptyArray: { type: GraphQLBoolean },
  },
});

/** `<Enum>Filter` of a SELECT/MULTI_SELECT/RATING enum (select-filter.input-type.ts). */
export const buildEnumFilter = (enumType: GraphQLEnumType) =>
  new GraphQLInputObjectType({
    name: `${enumType.name}Filter`,
    fields: {
      eq: { type: enumType },
      neq: { type: enumType },
      in: { type: new GraphQLList(enumType) },
      containsAny: { type: new GraphQLList(enumType) },
      is: { type: FilterIs },
      isEmptyArray: { type: GraphQLBoolean },
    },
  });

export const ActorSourceEnumFilter = buildEnumFilter(ActorSourceEnum);
