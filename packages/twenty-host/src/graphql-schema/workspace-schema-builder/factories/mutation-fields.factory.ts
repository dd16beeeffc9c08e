import {
  GraphQLBoolean,
  type GraphQLFieldConfigMap,
  GraphQLList,
  GraphQLNonNull,
} from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type GraphqlContext } from '../../graphql-context.type';
import { UUIDScalar } from '../../scalars.util';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/mutation-type.factory.ts and
// utils/get-resolver-name.util.ts (create/update/delete/destroy/restore, one and many).
type Args = Record<string, unknown>;
type FieldMap = GraphQLFieldConfigMap<unknown, GraphqlContext>;

const asInput = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : {};
const byId = (args: Args) => ({ id: { eq: args.id } });

export const buildMutationFields = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): FieldMap => {
  const types = storage.getObjectTypes(object);
  const Singular = pascalCase(object.nameSingular);
  const Plural = pascalCase(object.namePlural);
  const listOf = new GraphQLList(new GraphQLNonNull(types.object));
  const idArg = { id: { type: new GraphQLNonNull(UUIDScalar) } };
  const filterArg = { filter: { type: new GraphQLNonNull(types.filter) } };
  const records = (context: GraphqlContext) => context.records;

  return {
    [`create${Plural}`]: {
      type: listOf,
      args: {
        data: {
          type: new GraphQLNonNull(
            new GraphQLList(new GraphQLNonNull(types.create)),
          ),
        },
        upsert: { type: GraphQLBoolean },
      },
      resolve: (_source, args: Args, context: GraphqlContext) =>
        records(context).createMany({
          object,
          data: Array.isArray(args.data) ? args.data.map(asInput) : [],
          upsert: args.upsert === true,
          context: context.writeContext,
        }),
    },
    [`create${Singular}`]: {
      type: types.object,
      args: {
        data: { type: new GraphQLNonNull(types.create) },
        upsert: { type: GraphQLBoolean },
      },
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await records(context).createMany({
          object,
          data: [asInput(args.data)],
          upsert: args.upsert === true,
          context: context.writeContext,
        });
        return record ?? null;
      },
    },
    [`update${Singular}`]: {
      type: types.object,
      args: { ...idArg, data: { type: new GraphQLNonNull(types.update) } },
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await records(context).updateMany({
          object,
          filter: byId(args),
          data: asInput(args.data),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    },
    [`delete${Singular}`]: {
      type: types.object,
      args: idArg,
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await records(context).softDeleteMany({
          object,
          filter: byId(args),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    },
    [`update${Plural}`]: {
      type: listOf,
      args: { data: { type: new GraphQLNonNull(types.update) }, ...filterArg },
      resolve: (_source, args: Args, context: GraphqlContext) =>
        records(context).updateMany({
          object,
          filter: args.filter,
          data: asInput(args.data),
          context: context.writeContext,
        }),
    },
    [`delete${Plural}`]: {
      type: listOf,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        records(context).softDeleteMany({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    },
    [`destroy${Singular}`]: {
      type: types.object,
      args: idArg,
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await records(context).destroyMany({
          object,
          filter: byId(args),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    },
    [`destroy${Plural}`]: {
      type: listOf,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        records(context).destroyMany({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    },
    [`restore${Singular}`]: {
      type: types.object,
      args: idArg,
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await records(context).restoreMany({
          object,
          filter: byId(args),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    },
    [`restore${Plural}`]: {
      type: listOf,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        records(context).restoreMany({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    },
  };
};
