import { type GraphQLSchema, parse, printSchema, validate } from 'graphql';

import { loadWorkspaceMetadata } from '../manifest/manifest.service';
import { buildWorkspaceSchema } from './graphql-schema.service';

/** The workspace schema the host serves for a built manifest (standard objects when absent). */
export const buildWorkspaceSchemaFromManifest = (
  manifestPath?: string,
): GraphQLSchema => buildWorkspaceSchema(loadWorkspaceMetadata(manifestPath));

export const printWorkspaceSdl = (manifestPath?: string): string =>
  printSchema(buildWorkspaceSchemaFromManifest(manifestPath));

/** Validation errors of a GraphQL document against the host's schema (empty when valid). */
export const validateGraphqlDocument = (
  schema: GraphQLSchema,
  document: string,
): string[] => {
  try {
    return validate(schema, parse(document)).map((error) => error.message);
  } catch (error) {
    return [error instanceof Error ? error.message : 'Invalid document'];
  }
};
