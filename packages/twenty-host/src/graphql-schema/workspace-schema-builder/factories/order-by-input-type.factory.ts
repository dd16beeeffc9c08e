import {
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
} from 'graphql';

import {
  type ObjectMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import { OrderByDirectionEnum } from '../graphql-types/common-enum-types.constant';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/order-by-type.factory.ts (`<Object>OrderByInput`).
export const buildOrderByInputType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLInputObjectType =>
  new GraphQLInputObjectType({
    name: `${pascalCase(object.nameSingular)}OrderByInput`,
    description: object.description ?? undefined,
    fields: () => {
      const fields: GraphQLInputFieldConfigMap = {};
      for (const field of object.fields) {
        if (field.type === 'RELATION') {
          const target = storage.getRelationTarget(field);
          const joinColumn = field.relation?.joinColumnName;
          if (joinColumn === undefined || target === undefined) continue;
          fields[joinColumn] = { type: OrderByDirectionEnum };
          fields[field.name] = {
            type: storage.getObjectTypes(target).orderBy,
            description: `Order by fields of the related ${target.nameSingular}`,
          };
          continue;
        }
        if (field.type === 'ARRAY' || field.type === 'MULTI_SELECT') continue;
        fields[field.name] = {
          type: isCompositeFieldType(field.type)
            ? storage.getCompositeTypes(field.type).orderBy
            : OrderByDirectionEnum,
        };
      }
      return fields;
    },
  });
