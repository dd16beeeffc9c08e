import {
  GraphQLBoolean,
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLString,
} from 'graphql';

import { ConnectionCursorScalar, UUIDScalar } from '../../scalars.util';

// Twenty: workspace-schema-builder/graphql-types/object/page-info.object-type.ts and the
// FILES field's object/input types.
export const PageInfo = new GraphQLObjectType({
  name: 'PageInfo',
  fields: {
    startCursor: { type: ConnectionCursorScalar },
    endCursor: { type: ConnectionCursorScalar },
    hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
    hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
  },
});

export const FileObject = new GraphQLObjectType({
  name: 'FileObject',
  fields: {
    fileId: { type: new GraphQLNonNull(UUIDScalar) },
    label: { type: new GraphQLNonNull(GraphQLString) },
    extension: { type: GraphQLString },
    url: { type: GraphQLString },
  },
});

export const FileItemInput = new GraphQLInputObjectType({
  name: 'FileItemInput',
  fields: {
    fileId: { type: new GraphQLNonNull(UUIDScalar) },
    label: { type: new GraphQLNonNull(GraphQLString) },
  },
});
