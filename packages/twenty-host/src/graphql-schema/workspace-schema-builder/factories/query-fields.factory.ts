import { type GraphQLFieldConfigMap, GraphQLNonNull } from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type GraphqlContext } from '../../graphql-context.type';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { buildConnectionArgs } from '../utils/connection-args.util';
import { toFindManyArgs } from '../utils/to-find-many-args.util';

// Twenty: workspace-schema-builder/factories/query-type.factory.ts with
// workspace-resolver-builder (find-many `<objects>`, find-one `<object>`).
type Args = Record<string, unknown>;

export const buildQueryFields = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLFieldConfigMap<unknown, GraphqlContext> => {
  const types = storage.getObjectTypes(object);
  return {
    [object.namePlural]: {
      type: types.connection,
      args: buildConnectionArgs(types),
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.findMany(object, toFindManyArgs(args)),
    },
    [object.nameSingular]: {
      type: types.object,
      args: { filter: { type: new GraphQLNonNull(types.filter) } },
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.findOne(object, args.filter),
    },
  };
};
