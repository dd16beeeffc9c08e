import {
  type GraphQLEnumType,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
} from 'graphql';

/** The types a composite field kind (CURRENCY, FULL_NAME, …) contributes. */
export type CompositeGraphqlTypes = {
  output: GraphQLObjectType;
  create: GraphQLInputObjectType;
  update: GraphQLInputObjectType;
  filter: GraphQLInputObjectType;
  orderBy: GraphQLInputObjectType;
  groupBy: GraphQLInputObjectType;
};

/** A SELECT/MULTI_SELECT/RATING field's enum and its filter. */
export type EnumGraphqlTypes = {
  enumType: GraphQLEnumType;
  filter: GraphQLInputObjectType;
};

/** The types one object contributes (Twenty: GqlTypeKind per object). */
export type ObjectGraphqlTypes = {
  object: GraphQLObjectType;
  edge: GraphQLObjectType;
  connection: GraphQLObjectType;
  filter: GraphQLInputObjectType;
  orderBy: GraphQLInputObjectType;
  create: GraphQLInputObjectType;
  update: GraphQLInputObjectType;
  relationInput: GraphQLInputObjectType;
  groupBy: GraphQLInputObjectType;
  orderByWithGroupBy: GraphQLInputObjectType;
  groupByConnection: GraphQLObjectType;
};
