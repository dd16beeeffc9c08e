import {
  type GraphQLFieldConfig,
  type GraphQLFieldConfigMap,
  GraphQLID,
  GraphQLNonNull,
  GraphQLObjectType,
} from 'graphql';

import {
  type FieldMetadata,
  type ObjectMetadata,
} from '../../../manifest/object-metadata.type';
import { responsePathKey } from '../../../records/query-runners/utils/response-path-key.util';
import { type ApiRecord } from '../../../records/record-format.util';
import { type GraphqlContext } from '../../graphql-context.type';
import { mapFieldToOutputType } from '../services/type-mapper.service';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { buildConnectionArgs } from '../utils/connection-args.util';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/object-type-definition.factory.ts and
// relation-type.factory.ts / extend-object-type-definition (relation fields).

type FieldMap = GraphQLFieldConfigMap<unknown, GraphqlContext>;
type FieldConfig = GraphQLFieldConfig<unknown, GraphqlContext>;

const asRecord = (value: unknown): ApiRecord => value as ApiRecord;

const buildManyToOneField = ({
  target,
  joinColumn,
  storage,
}: {
  target: ObjectMetadata;
  joinColumn: string;
  storage: TypeDefinitionsStorage;
}): FieldConfig => ({
  type: storage.getObjectTypes(target).object,
  resolve: async (source, _args, context) => {
    const id = asRecord(source)[joinColumn];
    if (typeof id !== 'string') return null;
    const found = await context.records.findByIds({
      object: target,
      ids: [id],
      context: context.writeContext,
    });
    return found.get(id) ?? null;
  },
});

const buildOneToManyField = ({
  target,
  inverseJoin,
  storage,
}: {
  target: ObjectMetadata;
  inverseJoin: string;
  storage: TypeDefinitionsStorage;
}): FieldConfig => ({
  type: storage.getObjectTypes(target).connection,
  args: buildConnectionArgs(storage.getObjectTypes(target)),
  // Twenty ignores the nested connection's arguments: see the runner.
  resolve: (source, _args, context, info) =>
    context.records.findRelationRecords({
      object: target,
      joinColumn: inverseJoin,
      parentId: asRecord(source).id,
      context: context.writeContext,
      batchScope: context,
      batchKey: responsePathKey(info.path),
    }),
});

const addRelationFields = ({
  fields,
  field,
  storage,
}: {
  fields: FieldMap;
  field: FieldMetadata;
  storage: TypeDefinitionsStorage;
}): void => {
  const target = storage.getRelationTarget(field);
  const relation = field.relation;
  if (target === undefined || relation === undefined) return;
  if (relation.relationType === 'MANY_TO_ONE') {
    const joinColumn = relation.joinColumnName ?? `${field.name}Id`;
    fields[joinColumn] = { type: GraphQLID };
    fields[field.name] = buildManyToOneField({ target, joinColumn, storage });
    return;
  }
  const inverse = target.fields.find(
    (f) => f.universalIdentifier === relation.targetFieldUniversalIdentifier,
  );
  const inverseJoin = inverse?.relation?.joinColumnName;
  if (inverseJoin === undefined) return;
  fields[field.name] = buildOneToManyField({ target, inverseJoin, storage });
};

export const buildObjectType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLObjectType =>
  new GraphQLObjectType<unknown, GraphqlContext>({
    name: pascalCase(object.nameSingular),
    description: object.description ?? undefined,
    fields: () => {
      const fields: FieldMap = {};
      for (const field of object.fields) {
        if (field.type === 'RELATION') {
          addRelationFields({ fields, field, storage });
          continue;
        }
        const type = mapFieldToOutputType({ object, field, storage });
        if (type === undefined) continue;
        fields[field.name] = {
          type: field.isNullable ? type : new GraphQLNonNull(type),
        };
      }
      return fields;
    },
  });
