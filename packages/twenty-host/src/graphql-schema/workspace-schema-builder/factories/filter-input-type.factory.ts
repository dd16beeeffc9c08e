import {
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  GraphQLList,
} from 'graphql';

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { UUIDFilter } from '../graphql-types/filter-input-types.constant';
import { mapFieldToFilterType } from '../services/type-mapper.service';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: workspace-schema-builder/factories/filter-type.factory.ts + filter-type-definition
// (`<Object>FilterInput`: one filter per field, relation join columns as UUIDFilter, and/or/not).
export const buildFilterInputType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLInputObjectType =>
  new GraphQLInputObjectType({
    name: `${pascalCase(object.nameSingular)}FilterInput`,
    description: object.description ?? undefined,
    fields: () => {
      const self = storage.getObjectTypes(object).filter;
      const fields: GraphQLInputFieldConfigMap = {};
      for (const field of object.fields) {
        if (field.type === 'RELATION') {
          const joinColumn = field.relation?.joinColumnName;
          if (joinColumn !== undefined)
            fields[joinColumn] = { type: UUIDFilter };
          continue;
        }
        const type = mapFieldToFilterType({ object, field, storage });
        if (type !== undefined) fields[field.name] = { type };
      }
      fields.and = { type: new GraphQLList(self) };
      fields.or = { type: new GraphQLList(self) };
      fields.not = { type: self };
      return fields;
    },
  });
