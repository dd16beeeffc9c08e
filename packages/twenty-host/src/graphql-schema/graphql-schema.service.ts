import {
  GraphQLBoolean,
  GraphQLEnumType,
  type GraphQLScalarType,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldConfigMap,
  GraphQLFloat,
  GraphQLID,
  type GraphQLInputFieldConfigMap,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  type GraphQLOutputType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';

import { getFieldColumns } from '../database/columns.util';
import {
  ACTOR_SOURCES,
  COMPOSITE_TYPES,
  type CompositeSubField,
} from '../manifest/composite-types.constant';
import {
  type CompositeFieldType,
  type FieldMetadata,
  type ObjectMetadata,
  type WorkspaceMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';
import { ORDER_BY_DIRECTIONS } from '../records/order-by.util';
import { responsePathKey } from '../records/query-runners/utils/response-path-key.util';
import { type ApiRecord } from '../records/record-format.util';
import {
  type AggregateOperation,
  type FindManyArgs,
  type FindManyResult,
} from '../records/records.service';
import { type GraphqlContext } from './graphql-context.type';
import {
  BigFloatScalar,
  ConnectionCursorScalar,
  CursorScalar,
  DateTimeScalar,
  JSONScalar,
  PositionScalar,
  TSVectorScalar,
  UUIDScalar,
} from './scalars.util';

// Builds the workspace schema from metadata with Twenty's names (get-resolver-name.util,
// type generators): `companies`/`company`, `createCompany(s)`, `CompanyFilterInput`, ...

type Args = Record<string, unknown>;
type FieldMap = GraphQLFieldConfigMap<unknown, GraphqlContext>;

export const pascalCase = (name: string): string =>
  `${name.charAt(0).toUpperCase()}${name.slice(1)}`;

const COMPOSITE_COUNT_SUB_FIELD: Record<CompositeFieldType, string> = {
  CURRENCY: 'amountMicros',
  FULL_NAME: 'firstName',
  EMAILS: 'primaryEmail',
  LINKS: 'primaryLinkUrl',
  PHONES: 'primaryPhoneNumber',
  ADDRESS: 'addressStreet1',
  ACTOR: 'name',
  RICH_TEXT: 'markdown',
};

const FilterIs = new GraphQLEnumType({
  name: 'FilterIs',
  values: { NULL: {}, NOT_NULL: {}, NotNull: {}, Null: {} },
});
const OrderByDirectionEnum = new GraphQLEnumType({
  name: 'OrderByDirection',
  values: Object.fromEntries(ORDER_BY_DIRECTIONS.map((d) => [d, {}])),
});
const ActorSourceEnum = new GraphQLEnumType({
  name: 'ActorSourceEnum',
  values: Object.fromEntries(ACTOR_SOURCES.map((s) => [s, {}])),
});

const comparisonFilter = (
  name: string,
  type: GraphQLInputType,
  extra: GraphQLInputFieldConfigMap = {},
) =>
  new GraphQLInputObjectType({
    name,
    fields: {
      eq: { type },
      gt: { type },
      gte: { type },
      in: { type: new GraphQLList(new GraphQLNonNull(type)) },
      lt: { type },
      lte: { type },
      neq: { type },
      ...extra,
      is: { type: FilterIs },
    },
  });

const UUIDFilter = comparisonFilter('UUIDFilter', UUIDScalar);
const StringFilter = comparisonFilter('StringFilter', GraphQLString, {
  startsWith: { type: GraphQLString },
  endsWith: { type: GraphQLString },
  like: {
    type: GraphQLString,
    description: 'Pattern match with % wildcard (e.g. %value%)',
  },
  ilike: {
    type: GraphQLString,
    description: 'Case-insensitive match with % wildcard (e.g. %value%)',
  },
  regex: { type: GraphQLString },
  iregex: { type: GraphQLString },
});
const FloatFilter = comparisonFilter('FloatFilter', GraphQLFloat);
const IntFilter = comparisonFilter('IntFilter', GraphQLInt);
const BigFloatFilter = comparisonFilter('BigFloatFilter', BigFloatScalar);
const DateFilter = comparisonFilter('DateFilter', DateTimeScalar);
const BooleanFilter = new GraphQLInputObjectType({
  name: 'BooleanFilter',
  fields: { eq: { type: GraphQLBoolean }, is: { type: FilterIs } },
});
const RawJsonFilter = new GraphQLInputObjectType({
  name: 'RawJsonFilter',
  fields: {
    is: { type: FilterIs },
    like: {
      type: GraphQLString,
      description: 'Pattern match with % wildcard (e.g. %value%)',
    },
  },
});
const TSVectorFilter = new GraphQLInputObjectType({
  name: 'TSVectorFilter',
  fields: { search: { type: GraphQLString } },
});
const ArrayFilter = new GraphQLInputObjectType({
  name: 'ArrayFilter',
  fields: {
    containsIlike: { type: GraphQLString },
    contains: { type: new GraphQLList(GraphQLString) },
    not_contains: { type: new GraphQLList(GraphQLString) },
    is: { type: FilterIs },
    isEmptyArray: { type: GraphQLBoolean },
  },
});

const enumFilter = (enumType: GraphQLEnumType) =>
  new GraphQLInputObjectType({
    name: `${enumType.name}Filter`,
    fields: {
      eq: { type: enumType },
      neq: { type: enumType },
      in: { type: new GraphQLList(enumType) },
      containsAny: { type: new GraphQLList(enumType) },
      is: { type: FilterIs },
      isEmptyArray: { type: GraphQLBoolean },
    },
  });
const ActorSourceEnumFilter = enumFilter(ActorSourceEnum);

const PageInfo = new GraphQLObjectType({
  name: 'PageInfo',
  fields: {
    startCursor: { type: ConnectionCursorScalar },
    endCursor: { type: ConnectionCursorScalar },
    hasNextPage: { type: new GraphQLNonNull(GraphQLBoolean) },
    hasPreviousPage: { type: new GraphQLNonNull(GraphQLBoolean) },
  },
});

const FileObject = new GraphQLObjectType({
  name: 'FileObject',
  fields: {
    fileId: { type: new GraphQLNonNull(UUIDScalar) },
    label: { type: new GraphQLNonNull(GraphQLString) },
    extension: { type: GraphQLString },
    url: { type: GraphQLString },
  },
});
const FileItemInput = new GraphQLInputObjectType({
  name: 'FileItemInput',
  fields: {
    fileId: { type: new GraphQLNonNull(UUIDScalar) },
    label: { type: new GraphQLNonNull(GraphQLString) },
  },
});

// Sub-field types are scalars and enums: the same type serves output and input.
const subFieldType = (
  sub: CompositeSubField,
): GraphQLScalarType | GraphQLEnumType => {
  switch (sub.kind) {
    case 'TEXT':
      return GraphQLString;
    case 'BIG_FLOAT':
      return BigFloatScalar;
    case 'RAW_JSON':
      return JSONScalar;
    case 'UUID':
      return UUIDScalar;
    case 'ACTOR_SOURCE':
      return ActorSourceEnum;
  }
};
const subFieldFilterType = (sub: CompositeSubField): GraphQLInputType => {
  switch (sub.kind) {
    case 'TEXT':
      return StringFilter;
    case 'BIG_FLOAT':
      return BigFloatFilter;
    case 'RAW_JSON':
      return RawJsonFilter;
    case 'UUID':
      return UUIDFilter;
    case 'ACTOR_SOURCE':
      return ActorSourceEnumFilter;
  }
};

type CompositeGraphqlTypes = {
  output: GraphQLObjectType;
  create: GraphQLInputObjectType;
  update: GraphQLInputObjectType;
  filter: GraphQLInputObjectType;
  orderBy: GraphQLInputObjectType;
};

const buildCompositeTypes = (
  type: CompositeFieldType,
): CompositeGraphqlTypes => {
  const { graphqlName, subFields } = COMPOSITE_TYPES[type];
  const inputFields = () =>
    Object.fromEntries(
      subFields
        .filter((s) => s.isInput)
        .map((s) => [s.name, { type: subFieldType(s) }]),
    );
  return {
    output: new GraphQLObjectType({
      name: graphqlName,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: subFieldType(s) }]),
      ),
    }),
    create: new GraphQLInputObjectType({
      name: `${graphqlName}CreateInput`,
      fields: inputFields,
    }),
    update: new GraphQLInputObjectType({
      name: `${graphqlName}UpdateInput`,
      fields: inputFields,
    }),
    filter: new GraphQLInputObjectType({
      name: `${graphqlName}FilterInput`,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: subFieldFilterType(s) }]),
      ),
    }),
    orderBy: new GraphQLInputObjectType({
      name: `${graphqlName}OrderByInput`,
      fields: Object.fromEntries(
        subFields.map((s) => [s.name, { type: OrderByDirectionEnum }]),
      ),
    }),
  };
};

type ObjectGraphqlTypes = {
  object: GraphQLObjectType;
  edge: GraphQLObjectType;
  connection: GraphQLObjectType;
  filter: GraphQLInputObjectType;
  orderBy: GraphQLInputObjectType;
  create: GraphQLInputObjectType;
  update: GraphQLInputObjectType;
  relationInput: GraphQLInputObjectType;
};

const CONNECTION_ARGS = (
  types: ObjectGraphqlTypes,
): GraphQLFieldConfigArgumentMap => ({
  first: { type: GraphQLInt },
  last: { type: GraphQLInt },
  offset: { type: GraphQLInt },
  before: { type: GraphQLString },
  after: { type: GraphQLString },
  filter: { type: types.filter },
  orderBy: { type: new GraphQLList(types.orderBy) },
});

const toFindManyArgs = (args: Args): FindManyArgs => ({
  filter: args.filter,
  orderBy: args.orderBy,
  first: typeof args.first === 'number' ? args.first : null,
  last: typeof args.last === 'number' ? args.last : null,
  after: typeof args.after === 'string' ? args.after : null,
  before: typeof args.before === 'string' ? args.before : null,
  offset: typeof args.offset === 'number' ? args.offset : null,
});

const asRecord = (value: unknown): ApiRecord => value as ApiRecord;
const asInput = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : {};

export const buildWorkspaceSchema = (
  metadata: WorkspaceMetadata,
): GraphQLSchema => {
  const composites = new Map<CompositeFieldType, CompositeGraphqlTypes>();
  const compositeTypes = (type: CompositeFieldType): CompositeGraphqlTypes => {
    let built = composites.get(type);
    if (built === undefined) {
      built = buildCompositeTypes(type);
      composites.set(type, built);
    }
    return built;
  };
  const enums = new Map<
    string,
    { enumType: GraphQLEnumType; filter: GraphQLInputObjectType }
  >();
  const selectEnum = (object: ObjectMetadata, field: FieldMetadata) => {
    const name = `${pascalCase(object.nameSingular)}${pascalCase(field.name)}Enum`;
    let built = enums.get(name);
    if (built === undefined) {
      const enumType = new GraphQLEnumType({
        name,
        values: Object.fromEntries(
          (field.options ?? []).map((o) => [o.value, {}]),
        ),
      });
      built = { enumType, filter: enumFilter(enumType) };
      enums.set(name, built);
    }
    return built;
  };

  const byUid = new Map(
    metadata.objects.map((o) => [o.universalIdentifier, o]),
  );
  const typesByName = new Map<string, ObjectGraphqlTypes>();
  const typesOf = (object: ObjectMetadata): ObjectGraphqlTypes => {
    const built = typesByName.get(object.nameSingular);
    if (built === undefined) {
      throw new Error(`Types for ${object.nameSingular} are not built`);
    }
    return built;
  };
  const relationTarget = (field: FieldMetadata): ObjectMetadata | undefined =>
    field.relation === undefined
      ? undefined
      : byUid.get(field.relation.targetObjectUniversalIdentifier);

  const scalarOutputType = (
    object: ObjectMetadata,
    field: FieldMetadata,
  ): GraphQLOutputType | undefined => {
    if (isCompositeFieldType(field.type))
      return compositeTypes(field.type).output;
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
      case 'DATE':
      case 'DATE_TIME':
        return DateTimeScalar;
      case 'SELECT':
      case 'RATING':
        return selectEnum(object, field).enumType;
      case 'MULTI_SELECT':
        return new GraphQLList(selectEnum(object, field).enumType);
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

  const scalarInputType = (
    object: ObjectMetadata,
    field: FieldMetadata,
    mode: 'create' | 'update',
  ): GraphQLInputType | undefined => {
    if (isCompositeFieldType(field.type))
      return compositeTypes(field.type)[mode];
    if (field.type === 'FILES') return new GraphQLList(FileItemInput);
    if (field.type === 'RELATION') return undefined;
    if (field.name === 'id') return GraphQLID;
    const output = scalarOutputType(object, field);
    return output as GraphQLInputType | undefined;
  };

  const filterType = (
    object: ObjectMetadata,
    field: FieldMetadata,
  ): GraphQLInputType | undefined => {
    if (isCompositeFieldType(field.type))
      return compositeTypes(field.type).filter;
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
        return selectEnum(object, field).filter;
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

  const inputFieldsFor = (
    object: ObjectMetadata,
    mode: 'create' | 'update',
  ): GraphQLInputFieldConfigMap => {
    const fields: GraphQLInputFieldConfigMap = {};
    for (const field of object.fields) {
      if (field.type === 'RELATION') {
        const target = relationTarget(field);
        const joinColumn = field.relation?.joinColumnName;
        if (
          field.relation?.relationType !== 'MANY_TO_ONE' ||
          target === undefined ||
          joinColumn === undefined
        ) {
          continue;
        }
        fields[joinColumn] = { type: GraphQLID };
        fields[field.name] = { type: typesOf(target).relationInput };
        continue;
      }
      const type = scalarInputType(object, field, mode);
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

  for (const object of metadata.objects) {
    const name = pascalCase(object.nameSingular);
    const description = object.description ?? undefined;
    const types = {} as ObjectGraphqlTypes;
    typesByName.set(object.nameSingular, types);

    types.filter = new GraphQLInputObjectType({
      name: `${name}FilterInput`,
      description,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const field of object.fields) {
          if (field.type === 'RELATION') {
            const joinColumn = field.relation?.joinColumnName;
            if (joinColumn !== undefined)
              fields[joinColumn] = { type: UUIDFilter };
            continue;
          }
          const type = filterType(object, field);
          if (type !== undefined) fields[field.name] = { type };
        }
        fields.and = { type: new GraphQLList(types.filter) };
        fields.or = { type: new GraphQLList(types.filter) };
        fields.not = { type: types.filter };
        return fields;
      },
    });

    types.orderBy = new GraphQLInputObjectType({
      name: `${name}OrderByInput`,
      description,
      fields: () => {
        const fields: GraphQLInputFieldConfigMap = {};
        for (const field of object.fields) {
          if (field.type === 'RELATION') {
            const target = relationTarget(field);
            const joinColumn = field.relation?.joinColumnName;
            if (joinColumn === undefined || target === undefined) continue;
            fields[joinColumn] = { type: OrderByDirectionEnum };
            fields[field.name] = {
              type: typesOf(target).orderBy,
              description: `Order by fields of the related ${target.nameSingular}`,
            };
            continue;
          }
          if (field.type === 'ARRAY' || field.type === 'MULTI_SELECT') continue;
          fields[field.name] = {
            type: isCompositeFieldType(field.type)
              ? compositeTypes(field.type).orderBy
              : OrderByDirectionEnum,
          };
        }
        return fields;
      },
    });

    types.create = new GraphQLInputObjectType({
      name: `${name}CreateInput`,
      description,
      fields: () => inputFieldsFor(object, 'create'),
    });
    types.update = new GraphQLInputObjectType({
      name: `${name}UpdateInput`,
      description,
      fields: () => inputFieldsFor(object, 'update'),
    });

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
    types.relationInput = new GraphQLInputObjectType({
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

    types.object = new GraphQLObjectType<unknown, GraphqlContext>({
      name,
      description,
      fields: () => {
        const fields: FieldMap = {};
        for (const field of object.fields) {
          if (field.type === 'RELATION') {
            const target = relationTarget(field);
            const relation = field.relation;
            if (target === undefined || relation === undefined) continue;
            if (relation.relationType === 'MANY_TO_ONE') {
              const joinColumn = relation.joinColumnName ?? `${field.name}Id`;
              fields[joinColumn] = { type: GraphQLID };
              fields[field.name] = {
                type: typesOf(target).object,
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
              };
              continue;
            }
            const inverse = target.fields.find(
              (f) =>
                f.universalIdentifier ===
                relation.targetFieldUniversalIdentifier,
            );
            const inverseJoin = inverse?.relation?.joinColumnName;
            if (inverseJoin === undefined) continue;
            fields[field.name] = {
              type: typesOf(target).connection,
              args: CONNECTION_ARGS(typesOf(target)),
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
            };
            continue;
          }
          const type = scalarOutputType(object, field);
          if (type === undefined) continue;
          fields[field.name] = {
            type: field.isNullable ? type : new GraphQLNonNull(type),
          };
        }
        return fields;
      },
    });

    types.edge = new GraphQLObjectType({
      name: `${name}Edge`,
      description,
      fields: () => ({
        node: { type: new GraphQLNonNull(types.object) },
        cursor: { type: new GraphQLNonNull(CursorScalar) },
      }),
    });

    types.connection = new GraphQLObjectType<FindManyResult, GraphqlContext>({
      name: `${name}Connection`,
      description,
      fields: () => {
        const fields: GraphQLFieldConfigMap<FindManyResult, GraphqlContext> = {
          totalCount: {
            type: GraphQLInt,
            resolve: (source, _args, context) =>
              context.records.count({
                object: source.scope.object,
                filter: source.scope.filter,
              }),
          },
        };
        const addAggregate = (
          fieldName: string,
          operation: AggregateOperation,
          field: FieldMetadata,
          subField: string | undefined,
          type: GraphQLOutputType,
        ) => {
          const column = getFieldColumns(field).find(
            (c) => c.subField === subField,
          );
          if (column === undefined) return;
          const config: GraphQLFieldConfig<FindManyResult, GraphqlContext> = {
            type,
            resolve: (source, _args, context) =>
              context.records.aggregate({
                object: source.scope.object,
                filter: source.scope.filter,
                operation,
                column,
              }),
          };
          fields[fieldName] = config;
        };
        for (const field of object.fields) {
          if (field.type === 'RELATION' || field.type === 'TS_VECTOR') continue;
          const suffix = pascalCase(field.name);
          const countSub = isCompositeFieldType(field.type)
            ? COMPOSITE_COUNT_SUB_FIELD[field.type]
            : undefined;
          addAggregate(
            `countUniqueValues${suffix}`,
            'countUniqueValues',
            field,
            countSub,
            GraphQLInt,
          );
          addAggregate(
            `countEmpty${suffix}`,
            'countEmpty',
            field,
            countSub,
            GraphQLInt,
          );
          addAggregate(
            `countNotEmpty${suffix}`,
            'countNotEmpty',
            field,
            countSub,
            GraphQLInt,
          );
          addAggregate(
            `percentageEmpty${suffix}`,
            'percentageEmpty',
            field,
            countSub,
            GraphQLFloat,
          );
          addAggregate(
            `percentageNotEmpty${suffix}`,
            'percentageNotEmpty',
            field,
            countSub,
            GraphQLFloat,
          );
          if (field.type === 'NUMBER' || field.type === 'NUMERIC') {
            for (const operation of ['min', 'max', 'avg', 'sum'] as const) {
              addAggregate(
                `${operation}${suffix}`,
                operation,
                field,
                undefined,
                GraphQLFloat,
              );
            }
          }
          if (field.type === 'CURRENCY') {
            for (const operation of ['min', 'max', 'avg', 'sum'] as const) {
              addAggregate(
                `${operation}${suffix}AmountMicros`,
                operation,
                field,
                'amountMicros',
                GraphQLFloat,
              );
            }
          }
          if (field.type === 'DATE' || field.type === 'DATE_TIME') {
            addAggregate(
              `min${suffix}`,
              'min',
              field,
              undefined,
              DateTimeScalar,
            );
            addAggregate(
              `max${suffix}`,
              'max',
              field,
              undefined,
              DateTimeScalar,
            );
          }
          if (field.type === 'BOOLEAN') {
            addAggregate(
              `countTrue${suffix}`,
              'countTrue',
              field,
              undefined,
              GraphQLInt,
            );
            addAggregate(
              `countFalse${suffix}`,
              'countFalse',
              field,
              undefined,
              GraphQLInt,
            );
          }
        }
        fields.edges = {
          type: new GraphQLNonNull(
            new GraphQLList(new GraphQLNonNull(types.edge)),
          ),
        };
        fields.pageInfo = { type: new GraphQLNonNull(PageInfo) };
        return fields;
      },
    });
  }

  const query: FieldMap = {};
  const mutation: FieldMap = {};
  for (const object of metadata.objects) {
    const types = typesOf(object);
    const singular = object.nameSingular;
    const plural = object.namePlural;
    const Singular = pascalCase(singular);
    const Plural = pascalCase(plural);
    const listOf = new GraphQLList(new GraphQLNonNull(types.object));
    const idArg = { id: { type: new GraphQLNonNull(UUIDScalar) } };
    const filterArg = { filter: { type: new GraphQLNonNull(types.filter) } };
    const byId = (args: Args) => ({ id: { eq: args.id } });

    query[plural] = {
      type: types.connection,
      args: CONNECTION_ARGS(types),
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.findMany({
          object,
          args: toFindManyArgs(args),
          context: context.writeContext,
        }),
    };
    query[singular] = {
      type: types.object,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.findOne({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    };

    mutation[`create${Plural}`] = {
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
        context.records.createMany({
          object,
          data: Array.isArray(args.data) ? args.data.map(asInput) : [],
          upsert: args.upsert === true,
          context: context.writeContext,
        }),
    };
    mutation[`create${Singular}`] = {
      type: types.object,
      args: {
        data: { type: new GraphQLNonNull(types.create) },
        upsert: { type: GraphQLBoolean },
      },
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await context.records.createMany({
          object,
          data: [asInput(args.data)],
          upsert: args.upsert === true,
          context: context.writeContext,
        });
        return record ?? null;
      },
    };
    mutation[`update${Singular}`] = {
      type: types.object,
      args: { ...idArg, data: { type: new GraphQLNonNull(types.update) } },
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await context.records.updateMany({
          object,
          filter: byId(args),
          data: asInput(args.data),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    };
    mutation[`delete${Singular}`] = {
      type: types.object,
      args: idArg,
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await context.records.softDeleteMany({
          object,
          filter: byId(args),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    };
    mutation[`update${Plural}`] = {
      type: listOf,
      args: { data: { type: new GraphQLNonNull(types.update) }, ...filterArg },
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.updateMany({
          object,
          filter: args.filter,
          data: asInput(args.data),
          context: context.writeContext,
        }),
    };
    mutation[`delete${Plural}`] = {
      type: listOf,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.softDeleteMany({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    };
    mutation[`destroy${Singular}`] = {
      type: types.object,
      args: idArg,
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await context.records.destroyMany({
          object,
          filter: byId(args),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    };
    mutation[`destroy${Plural}`] = {
      type: listOf,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.destroyMany({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    };
    mutation[`restore${Singular}`] = {
      type: types.object,
      args: idArg,
      resolve: async (_source, args: Args, context: GraphqlContext) => {
        const [record] = await context.records.restoreMany({
          object,
          filter: byId(args),
          context: context.writeContext,
          expectOne: true,
        });
        return record ?? null;
      },
    };
    mutation[`restore${Plural}`] = {
      type: listOf,
      args: filterArg,
      resolve: (_source, args: Args, context: GraphqlContext) =>
        context.records.restoreMany({
          object,
          filter: args.filter,
          context: context.writeContext,
        }),
    };
  }

  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: query }),
    mutation: new GraphQLObjectType({ name: 'Mutation', fields: mutation }),
  });
};
