import {
  GraphQLBoolean,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
} from 'graphql';

import {
  type ObjectMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import { GroupByDateGranularityInput } from '../graphql-types/group-by-types.constant';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';
import { pascalCase } from '../utils/pascal-case.util';

// Twenty: graphql-type-generators/input-types/group-by-input/
// object-metadata-group-by-gql-input-type.generator.ts: `<field>: Boolean`, dates
// `GroupByDateGranularityInput`, composites `<Composite>GroupByInput`, MANY_TO_ONE
// relations `<relation>Id: Boolean`.
export const buildGroupByInputType = ({
  object,
  storage,
}: {
  object: ObjectMetadata;
  storage: TypeDefinitionsStorage;
}): GraphQLInputObjectType =>
  new GraphQLInputObjectType({
    name: `${pascalCase(object.nameSingular)}GroupByInput`,
    description: object.description ?? undefined,
    fields: () => {
      const fields: GraphQLInputFieldConfigMap = {};
      for (const field of object.fields) {
        if (field.type === 'RELATION') {
          const joinColumn = field.relation?.joinColumnName;
          if (
            field.relation?.relationType === 'MANY_TO_ONE' &&
            joinColumn !== undefined
          ) {
            fields[joinColumn] = { type: GraphQLBoolean };
          }
          continue;
        }
        fields[field.name] = {
          type: isCompositeFieldType(field.type)
            ? storage.getCompositeTypes(field.type).groupBy
            : field.type === 'DATE' || field.type === 'DATE_TIME'
              ? GroupByDateGranularityInput
              : GraphQLBoolean,
        };
      }
      return fields;
    },
  });
