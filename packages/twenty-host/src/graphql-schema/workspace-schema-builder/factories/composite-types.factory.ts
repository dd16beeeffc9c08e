import {
  GraphQLBoolean,
  type GraphQLEnumType,
  type GraphQLInputType,
  GraphQLInputObjectType,
  GraphQLObjectType,
  type GraphQLScalarType,
  GraphQLString,
} from 'graphql';

import {
  COMPOSITE_TYPES,
  type CompositeSubField,
} from '../../../manifest/composite-types.constant';
import { type CompositeFieldType } from '../../../manifest/object-metadata.type';
import { BigFloatScalar, JSONScalar, UUIDScalar } from '../../scalars.util';
import {
  ActorSourceEnum,
  OrderByDirectionEnum,
} from '../graphql-types/common-enum-types.constant';
import {
  ActorSourceEnumFilter,
  BigFloatFilter,
  RawJsonFilter,
  StringFilter,
  UUIDFilter,
} from '../graphql-types/filter-input-types.constant';
import { type CompositeGraphqlTypes } from '../object-graphql-types.type';

// Twenty: workspace-schema-builder/factories/composite-object-type.factory.ts,
// composite-input-type.factory.ts (one object, create/update/filter/orderBy input per kind).

// Sub-field types are scalars and enums: the same type serves output and input.
const getSubFieldType = (
  sub: CompositeSubField,
): GraphQLScalarType | GraphQLEnumType => {
  switch (sub.kind) {
    case 'TEXT':
      return GraphQLString;
    case 'BIG_FLOAT':
      return BigFloatScalar;
    case 'RAW_JSON':
      return JSONScalar;
    case 'UUID':
      return UUIDScalar;
    case 'ACTOR_SOURCE':
      return ActorSourceEnum;
  }
};

const getSubFieldFilterType = (sub: CompositeSubField): GraphQLInputType => {
  switch (sub.kind) {
    case 'TEXT':
      return StringFilter;
    case 'BIG_FLOAT':
      return BigFloatFilter;
    case 'RAW_JSON':
      return RawJsonFilter;
    case 'UUID':
      return UUIDFilter;
    case 'ACTOR_SOURCE':
      return ActorSourceEnumFilter;
  }
};

export const buildCompositeTypes = (
  type: CompositeFieldType,
): CompositeGraphqlTypes => {
  const { graphqlName, subFields } = COMPOSITE_TYPES[type];
  const inputFields = () =>
    Object.fromEntries(
      subFields
        .filter((s) => s.isInput)
        .map((s) => [s.name, { type: getSubFieldType(s) }]),
    );
  return {
    output: new GraphQLObjectType({
      name: graphqlName,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: getSubFieldType(s) }]),
      ),
    }),
    create: new GraphQLInputObjectType({
      name: `${graphqlName}CreateInput`,
      fields: inputFields,
    }),
    update: new GraphQLInputObjectType({
      name: `${graphqlName}UpdateInput`,
      fields: inputFields,
    }),
    filter: new GraphQLInputObjectType({
      name: `${graphqlName}FilterInput`,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: getSubFieldFilterType(s) }]),
      ),
    }),
    groupBy: new GraphQLInputObjectType({
      name: `${graphqlName}GroupByInput`,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: GraphQLBoolean }]),
      ),
    }),
    orderBy: new GraphQLInputObjectType({
      name: `${graphqlName}OrderByInput`,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: OrderByDirectionEnum }]),
      ),
    }),
  };
};
