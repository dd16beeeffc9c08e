import {
  GraphQLBoolean,
  GraphQLID,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLString,
} from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/relation-connect-input-type-definition.factory.ts
// (`<Object>RelationInput { connect: { where: <Object>WhereUniqueInput }, disconnect }`).
export const buildRelationInputType = (
  object: ObjectMetadata,
): GraphQLInputObjectType => {
  const name = pascalCase(object.nameSingular);
  const uniqueFields = object.fields.filter((f) => f.isUnique === true);
  const whereUnique = new GraphQLInputObjectType({
    name: `${name}WhereUniqueInput`,
    fields: () => {
      const fields: GraphQLInputFieldConfigMap = { id: { type: GraphQLID } };
      for (const field of uniqueFields) {
        if (field.uniqueSubField !== undefined) {
          fields[field.name] = {
            type: new GraphQLInputObjectType({
              name: `${name}${pascalCase(field.name)}WhereInput`,
              fields: { [field.uniqueSubField]: { type: GraphQLString } },
            }),
          };
        } else {
          fields[field.name] = { type: GraphQLString };
        }
      }
      return fields;
    },
  });
  const uniqueLabel = ['id', ...uniqueFields.map((f) => f.name)].join(' or ');
  const connectInput = new GraphQLInputObjectType({
    name: `${name}ConnectInput`,
    fields: {
      where: {
        type: whereUnique,
        description: `Find a ${object.nameSingular} record based on its unique fields: ${uniqueLabel}`,
      },
    },
  });
  return new GraphQLInputObjectType({
    name: `${name}RelationInput`,
    fields: {
      connect: {
        type: connectInput,
        description: `Connect to a ${object.nameSingular} record`,
      },
      disconnect: {
        type: GraphQLBoolean,
        description: `Disconnect from a ${object.nameSingular} record`,
      },
    },
  });
};
