import {
  type GraphQLFieldConfigMap,
  GraphQLObjectType,
  GraphQLSchema,
} from 'graphql';

import { type WorkspaceMetadata } from '../manifest/object-metadata.type';
import { type GraphqlContext } from './graphql-context.type';
import { buildMutationFields } from './workspace-schema-builder/factories/mutation-fields.factory';
import { addObjectTypes } from './workspace-schema-builder/factories/object-types.factory';
import { buildQueryFields } from './workspace-schema-builder/factories/query-fields.factory';
import { TypeDefinitionsStorage } from './workspace-schema-builder/type-definitions.storage';

export { pascalCase } from './workspace-schema-builder/utils/pascal-case.util';

// Builds the workspace schema from metadata with Twenty's names (Twenty:
// api/graphql/workspace-schema-builder/workspace-graphql-schema.factory.ts): the per-kind
// factories in ./workspace-schema-builder/factories fill one TypeDefinitionsStorage, then
// the Query and Mutation fields are generated from it.
export const buildWorkspaceSchema = (
  metadata: WorkspaceMetadata,
): GraphQLSchema => {
  const storage = new TypeDefinitionsStorage(metadata);
  for (const object of metadata.objects) {
    addObjectTypes({ object, storage });
  }
  const query: GraphQLFieldConfigMap<unknown, GraphqlContext> = {};
  const mutation: GraphQLFieldConfigMap<unknown, GraphqlContext> = {};
  for (const object of metadata.objects) {
    Object.assign(query, buildQueryFields({ object, storage }));
    Object.assign(mutation, buildMutationFields({ object, storage }));
  }
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: query }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutation }),
  });
};
