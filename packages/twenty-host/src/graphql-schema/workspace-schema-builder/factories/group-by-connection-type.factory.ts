import { GraphQLNonNull, GraphQLObjectType } from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type GraphqlContext } from '../../graphql-context.type';
import { JSONScalar } from '../../scalars.util';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: graphql-type-generators/object-types/group-by-connection-gql-object-type.generator.ts
// (the connection's fields plus groupByDimensionValues; a real workspace serves it as JSON!).
export const buildGroupByConnectionType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLObjectType =>
  new GraphQLObjectType<unknown, GraphqlContext>({
    name: `${pascalCase(object.nameSingular)}GroupByConnection`,
    description: object.description ?? undefined,
    fields: () => ({
      ...storage.getObjectTypes(object).connection.toConfig().fields,
      groupByDimensionValues: { type: new GraphQLNonNull(JSONScalar) },
    }),
  });
