import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type ObjectGraphqlTypes } from '../object-graphql-types.type';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { buildConnectionType, buildEdgeType } from './connection-type.factory';
import { buildFilterInputType } from './filter-input-type.factory';
import { buildGroupByConnectionType } from './group-by-connection-type.factory';
import { buildGroupByInputType } from './group-by-input-type.factory';
import { buildMutationInputType } from './mutation-input-type.factory';
import { buildObjectType } from './object-type.factory';
import { buildOrderByInputType } from './order-by-input-type.factory';
import { buildOrderByWithGroupByInputType } from './order-by-with-group-by-input-type.factory';
import { buildRelationInputType } from './relation-input-type.factory';

// Twenty: workspace-schema-builder/type-definitions.generator.ts (every kind of type of one
// object, stored in the one registry; fields are thunks that read other objects from it).
export const addObjectTypes = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): void => {
  const args = { object, storage };
  const types: ObjectGraphqlTypes = {
    filter: buildFilterInputType(args),
    orderBy: buildOrderByInputType(args),
    create: buildMutationInputType({ ...args, mode: 'create' }),
    update: buildMutationInputType({ ...args, mode: 'update' }),
    relationInput: buildRelationInputType(object),
    object: buildObjectType(args),
    edge: buildEdgeType(args),
    connection: buildConnectionType(args),
    groupBy: buildGroupByInputType(args),
    orderByWithGroupBy: buildOrderByWithGroupByInputType(args),
    groupByConnection: buildGroupByConnectionType(args),
  };
  storage.addObjectTypes({ object, types });
};
