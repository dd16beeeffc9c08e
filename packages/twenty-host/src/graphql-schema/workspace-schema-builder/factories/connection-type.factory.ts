import { GraphQLList, GraphQLNonNull, GraphQLObjectType } from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type FindManyResult } from '../../../records/records.service';
import { type GraphqlContext } from '../../graphql-context.type';
import { CursorScalar } from '../../scalars.util';
import { PageInfo } from '../graphql-types/common-object-types.constant';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';
import { buildAggregationFields } from './aggregation-fields.factory';

// Twenty: workspace-schema-builder/factories/connection-type.factory.ts and
// edge-type.factory.ts (`<Object>Connection { <aggregates>, edges, pageInfo }`).
export const buildEdgeType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLObjectType =>
  new GraphQLObjectType({
    name: `${pascalCase(object.nameSingular)}Edge`,
    description: object.description ?? undefined,
    fields: () => ({
      node: { type: new GraphQLNonNull(storage.getObjectTypes(object).object) },
      cursor: { type: new GraphQLNonNull(CursorScalar) },
    }),
  });

export const buildConnectionType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLObjectType =>
  new GraphQLObjectType<FindManyResult, GraphqlContext>({
    name: `${pascalCase(object.nameSingular)}Connection`,
    description: object.description ?? undefined,
    fields: () => ({
      ...buildAggregationFields(object),
      edges: {
        type: new GraphQLNonNull(
          new GraphQLList(
            new GraphQLNonNull(storage.getObjectTypes(object).edge),
          ),
        ),
      },
      pageInfo: { type: new GraphQLNonNull(PageInfo) },
    }),
  });
