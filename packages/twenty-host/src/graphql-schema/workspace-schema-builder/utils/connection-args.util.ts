import {
  type GraphQLFieldConfigArgumentMap,
  GraphQLInt,
  GraphQLList,
  GraphQLString,
} from 'graphql';

import { type ObjectGraphqlTypes } from '../object-graphql-types.type';

// Twenty: workspace-schema-builder/factories/args.factory.ts (find-many arguments).
export const buildConnectionArgs = (
  types: ObjectGraphqlTypes,
): GraphQLFieldConfigArgumentMap => ({
  first: { type: GraphQLInt },
  last: { type: GraphQLInt },
  offset: { type: GraphQLInt },
  before: { type: GraphQLString },
  after: { type: GraphQLString },
  filter: { type: types.filter },
  orderBy: { type: new GraphQLList(types.orderBy) },
});
