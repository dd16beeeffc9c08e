import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLID,
  type GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  type GraphQLOutputType,
  GraphQLString,
} from 'graphql';

import {
  type FieldMetadata,
  type ObjectMetadata,
  isCompositeFieldType,
} from '../../../manifest/object-metadata.type';
import {
  BigFloatScalar,
  DateScalar,
  DateTimeScalar,
  JSONScalar,
  PositionScalar,
  TSVectorScalar,
  UUIDScalar,
} from '../../scalars.util';
import {
  FileItemInput,
  FileObject,
} from '../graphql-types/common-object-types.constant';
import {
  ArrayFilter,
  BigFloatFilter,
  BooleanFilter,
  DateFilter,
  FloatFilter,
  IntFilter,
  RawJsonFilter,
  StringFilter,
  TSVectorFilter,
  UUIDFilter,
} from '../graphql-types/filter-input-types.constant';
import { type TypeDefinitionsStorage } from '../type-definitions.storage';

// Field type → GraphQL type (Twenty: workspace-schema-builder/services/type-mapper.service.ts).

type FieldOfObject = {
  object: ObjectMetadata;
  field: FieldMetadata;
  storage: TypeDefinitionsStorage;
};

export const mapFieldToOutputType = ({
  object,
  field,
  storage,
}: FieldOfObject): GraphQLOutputType | undefined => {
  if (isCompositeFieldType(field.type))
    return storage.getCompositeTypes(field.type).output;
  switch (field.type) {
    case 'UUID':
      return UUIDScalar;
    case 'TEXT':
      return GraphQLString;
    case 'NUMBER':
      return field.numberDataType === 'INT' ? GraphQLInt : GraphQLFloat;
    case 'NUMERIC':
      return BigFloatScalar;
    case 'BOOLEAN':
      return GraphQLBoolean;
    // Twenty: DATE → `Date`, DATE_TIME → `DateTime` (GraphQLISODateTime) in the current
    // type-mapper.service.ts (an older version mapped both to GraphQLISODateTime).
    case 'DATE':
      return DateScalar;
    case 'DATE_TIME':
      return DateTimeScalar;
    case 'SELECT':
    case 'RATING':
      return storage.getEnumTypes({ object, field }).enumType;
    case 'MULTI_SELECT':
      return new GraphQLList(storage.getEnumTypes({ object, field }).enumType);
    case 'RAW_JSON':
      return JSONScalar;
    case 'ARRAY':
      return new GraphQLList(GraphQLString);
    case 'POSITION':
      return PositionScalar;
    case 'TS_VECTOR':
      return TSVectorScalar;
    case 'FILES':
      return new GraphQLList(FileObject);
    case 'RELATION':
      return undefined;
  }
};

export const mapFieldToInputType = ({
  object,
  field,
  storage,
  mode,
}: FieldOfObject & {
  mode: 'create' | 'update';
}): GraphQLInputType | undefined => {
  if (isCompositeFieldType(field.type))
    return storage.getCompositeTypes(field.type)[mode];
  if (field.type === 'FILES') return new GraphQLList(FileItemInput);
  if (field.type === 'RELATION') return undefined;
  if (field.name === 'id') return GraphQLID;
  const output = mapFieldToOutputType({ object, field, storage });
  return output as GraphQLInputType | undefined;
};

export const mapFieldToFilterType = ({
  object,
  field,
  storage,
}: FieldOfObject): GraphQLInputType | undefined => {
  if (isCompositeFieldType(field.type))
    return storage.getCompositeTypes(field.type).filter;
  switch (field.type) {
    case 'UUID':
      return UUIDFilter;
    case 'TEXT':
      return StringFilter;
    case 'NUMBER':
      return field.numberDataType === 'INT' ? IntFilter : FloatFilter;
    case 'NUMERIC':
      return BigFloatFilter;
    case 'BOOLEAN':
      return BooleanFilter;
    case 'DATE':
    case 'DATE_TIME':
      return DateFilter;
    case 'SELECT':
    case 'RATING':
    case 'MULTI_SELECT':
      return storage.getEnumTypes({ object, field }).filter;
    case 'RAW_JSON':
    case 'FILES':
      return RawJsonFilter;
    case 'ARRAY':
      return ArrayFilter;
    case 'POSITION':
      return FloatFilter;
    case 'TS_VECTOR':
      return TSVectorFilter;
    case 'RELATION':
      return undefined;
  }
};
