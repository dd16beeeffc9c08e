import {
  type GraphQLFieldConfigMap,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
} from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type GraphqlContext } from '../../graphql-context.type';
import { UUIDScalar } from '../../scalars.util';
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
        context.records.findMany({
          object,
          args: toFindManyArgs(args),
          context: context.writeContext,
        }),
    },
    [object.nameSingular]: {
      type: types.object,
      args: { filter: { type: new GraphQLNonNull(types.filter) } },
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.findOne({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    },
    // Twenty: get-resolver-args.util.ts ('groupBy') and root-type.generator.ts (a list of
    // `<Object>GroupByConnection`); viewId, orderByForRecords and offsetForRecords are
    // accepted and ignored (the host has no views and returns no records per group).
    [`${object.namePlural}GroupBy`]: {
      type: new GraphQLList(new GraphQLNonNull(types.groupByConnection)),
      args: {
        groupBy: {
          type: new GraphQLNonNull(
            new GraphQLList(new GraphQLNonNull(types.groupBy)),
          ),
        },
        filter: { type: types.filter },
        orderBy: { type: new GraphQLList(types.orderByWithGroupBy) },
        orderByForRecords: { type: new GraphQLList(types.orderBy) },
        viewId: { type: UUIDScalar },
        limit: { type: GraphQLInt },
        offsetForRecords: { type: GraphQLInt },
      },
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.groupBy.run({
          object,
          args: {
            groupBy: args.groupBy,
            filter: args.filter,
            orderBy: args.orderBy,
            limit: args.limit,
          },
          context: context.writeContext,
        }),
    },
  };
};
