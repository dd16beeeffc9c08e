import {
  GraphQLID,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLNonNull,
} from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { mapFieldToInputType } from '../services/type-mapper.service';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/input-type.factory.ts (`<Object>CreateInput`,
// `<Object>UpdateInput`): scalar and composite fields, plus `<relation>Id` and
// `<relation>: <Target>RelationInput` for MANY_TO_ONE relations.
export type MutationInputMode = 'create' | 'update';

const buildInputFields = ({
  object,
  storage,
  mode,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
  mode: MutationInputMode;
}): GraphQLInputFieldConfigMap => {
  const fields: GraphQLInputFieldConfigMap = {};
  for (const field of object.fields) {
    if (field.type === 'RELATION') {
      const target = storage.getRelationTarget(field);
      const joinColumn = field.relation?.joinColumnName;
      if (
        field.relation?.relationType !== 'MANY_TO_ONE' ||
        target === undefined ||
        joinColumn === undefined
      ) {
        continue;
      }
      fields[joinColumn] = { type: GraphQLID };
      fields[field.name] = {
        type: storage.getObjectTypes(target).relationInput,
      };
      continue;
    }
    const type = mapFieldToInputType({ object, field, storage, mode });
    if (type === undefined) continue;
    const isRequired =
      mode === 'create' &&
      !field.isNullable &&
      field.defaultValue === undefined &&
      field.isSystem !== true;
    fields[field.name] = {
      type: isRequired ? new GraphQLNonNull(type) : type,
    };
  }
  return fields;
};

export const buildMutationInputType = ({
  object,
  storage,
  mode,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
  mode: MutationInputMode;
}): GraphQLInputObjectType =>
  new GraphQLInputObjectType({
    name: `${pascalCase(object.nameSingular)}${mode === 'create' ? 'Create' : 'Update'}Input`,
    description: object.description ?? undefined,
    fields: () => buildInputFields({ object, storage, mode }),
  });
