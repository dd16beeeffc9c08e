import {
  COMPOSITE_TYPES,
  type CompositeSubFieldKind,
  toCompositeColumnName,
} from '../manifest/composite-types.constant';
import {
  type FieldMetadata,
  type ObjectMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';

export type ColumnKind =
  | 'UUID'
  | 'TEXT'
  | 'FLOAT'
  | 'INT'
  | 'NUMERIC'
  | 'BOOLEAN'
  | 'DATE'
  | 'TIMESTAMP'
  | 'JSON'
  | 'TEXT_ARRAY'
  | 'TSVECTOR';

export type ColumnDefinition = {
  column: string;
  kind: ColumnKind;
  field: FieldMetadata;
  subField?: string;
};

const SQL_TYPES: Record<ColumnKind, string> = {
  UUID: 'uuid',
  TEXT: 'text',
  FLOAT: 'double precision',
  INT: 'integer',
  NUMERIC: 'numeric',
  BOOLEAN: 'boolean',
  DATE: 'date',
  TIMESTAMP: 'timestamptz',
  JSON: 'jsonb',
  TEXT_ARRAY: 'text[]',
  TSVECTOR: 'text',
};

export const toSqlType = (kind: ColumnKind): string => SQL_TYPES[kind];

const SUB_FIELD_KINDS: Record<CompositeSubFieldKind, ColumnKind> = {
  TEXT: 'TEXT',
  BIG_FLOAT: 'NUMERIC',
  RAW_JSON: 'JSON',
  UUID: 'UUID',
  ACTOR_SOURCE: 'TEXT',
};

export const quoteIdentifier = (name: string): string =>
  `"${name.replace(/"/g, '""')}"`;

/** The columns one field occupies (none for ONE_TO_MANY relations). */
export const getFieldColumns = (field: FieldMetadata): ColumnDefinition[] => {
  if (isCompositeFieldType(field.type)) {
    return COMPOSITE_TYPES[field.type].subFields.map((subField) => ({
      column: toCompositeColumnName(field.name, subField.name),
      kind: SUB_FIELD_KINDS[subField.kind],
      field,
      subField: subField.name,
    }));
  }
  const single = (kind: ColumnKind): ColumnDefinition[] => [
    { column: field.name, kind, field },
  ];
  switch (field.type) {
    case 'RELATION':
      return field.relation?.relationType === 'MANY_TO_ONE' &&
        field.relation.joinColumnName !== undefined
        ? [{ column: field.relation.joinColumnName, kind: 'UUID', field }]
        : [];
    case 'UUID':
      return single('UUID');
    case 'TEXT':
    case 'SELECT':
    case 'RATING':
      return single('TEXT');
    case 'NUMBER':
      return single(
        field.numberDataType === 'INT' || field.numberDataType === 'BIGINT'
          ? 'INT'
          : 'FLOAT',
      );
    case 'POSITION':
      return single('FLOAT');
    case 'NUMERIC':
      return single('NUMERIC');
    case 'BOOLEAN':
      return single('BOOLEAN');
    case 'DATE':
      return single('DATE');
    case 'DATE_TIME':
      return single('TIMESTAMP');
    case 'RAW_JSON':
    case 'FILES':
      return single('JSON');
    case 'ARRAY':
    case 'MULTI_SELECT':
      return single('TEXT_ARRAY');
    case 'TS_VECTOR':
      return single('TSVECTOR');
  }
};

export const getObjectColumns = (object: ObjectMetadata): ColumnDefinition[] =>
  object.fields.flatMap(getFieldColumns);

/** SELECT list that returns the same JS types on pg and PGlite. */
export const buildSelectList = (object: ObjectMetadata, alias = 't'): string =>
  getObjectColumns(object)
    .map(({ column, kind }) => {
      const ref = `${alias}.${quoteIdentifier(column)}`;
      const as = quoteIdentifier(column);
      if (kind === 'DATE') return `${ref}::text AS ${as}`;
      if (kind === 'NUMERIC') return `${ref}::text AS ${as}`;
      if (kind === 'TIMESTAMP') {
        return `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${as}`;
      }
      return `${ref} AS ${as}`;
    })
    .join(', ');
