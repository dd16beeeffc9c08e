import {
  type ColumnDefinition,
  type ColumnKind,
  getFieldColumns,
  quoteIdentifier,
} from '../database/columns.util';
import { COMPOSITE_TYPES } from '../manifest/composite-types.constant';
import {
  type FieldMetadata,
  type ObjectMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';
import { RecordsException } from './records.exception';
import { type SqlParams } from './sql-params.util';
import { describeValue } from './describe-value.util';

// Filter grammar of Twenty's filter-arg-processor: one operator per field, and/or/not
// nesting, composite fields one level deep, relations by their join column only.

type FilterKind =
  | 'UUID'
  | 'STRING'
  | 'NUMBER'
  | 'BOOLEAN'
  | 'DATE'
  | 'SELECT'
  | 'MULTI_SELECT'
  | 'ARRAY'
  | 'RAW_JSON'
  | 'TS_VECTOR';

const OPERATORS: Record<FilterKind, readonly string[]> = {
  UUID: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  STRING: [
    'eq',
    'neq',
    'gt',
    'gte',
    'lt',
    'lte',
    'in',
    'is',
    'like',
    'ilike',
    'startsWith',
    'endsWith',
  ],
  NUMBER: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  BOOLEAN: ['eq', 'is'],
  DATE: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'],
  SELECT: ['eq', 'neq', 'in', 'containsAny', 'is', 'isEmptyArray'],
  MULTI_SELECT: ['containsAny', 'is', 'isEmptyArray'],
  ARRAY: ['containsIlike', 'is', 'isEmptyArray'],
  RAW_JSON: ['is', 'like'],
  TS_VECTOR: ['search'],
};

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const assertIsValidUuid = (value: unknown): string => {
  if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
    throw new RecordsException(
      `Value "${String(value)}" is not a valid UUID`,
      'INVALID_UUID',
    );
  }
  return value;
};

const filterKindOfColumn = (column: ColumnDefinition): FilterKind => {
  const { field, kind, subField } = column;
  if (field.type === 'SELECT' || field.type === 'RATING') return 'SELECT';
  if (field.type === 'MULTI_SELECT') return 'MULTI_SELECT';
  if (field.type === 'ARRAY') return 'ARRAY';
  if (field.type === 'TS_VECTOR') return 'TS_VECTOR';
  if (field.type === 'ACTOR' && subField === 'source') return 'SELECT';
  switch (kind) {
    case 'UUID':
      return 'UUID';
    case 'TEXT':
    case 'TSVECTOR':
      return 'STRING';
    case 'FLOAT':
    case 'INT':
    case 'NUMERIC':
      return 'NUMBER';
    case 'BOOLEAN':
      return 'BOOLEAN';
    case 'DATE':
    case 'TIMESTAMP':
      return 'DATE';
    case 'JSON':
      return 'RAW_JSON';
    case 'TEXT_ARRAY':
      return 'ARRAY';
  }
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const coerceOperand = (
  value: unknown,
  column: ColumnDefinition,
  filterKind: FilterKind,
): unknown => {
  if (value === null) return null;
  if (filterKind === 'UUID') return assertIsValidUuid(value);
  if (filterKind === 'NUMBER') {
    const parsed = typeof value === 'number' ? value : Number(value);
    if (Number.isNaN(parsed)) {
      throw new RecordsException(
        `Value "${describeValue(value)}" is not a valid number for field "${column.field.name}"`,
        'INVALID_ARGS_FILTER',
      );
    }
    return parsed;
  }
  if (filterKind === 'BOOLEAN') {
    if (value === 'true') return true;
    if (value === 'false') return false;
    return value;
  }
  if (filterKind === 'DATE') {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new RecordsException(
        `Value "${describeValue(value)}" is not a valid date for field "${column.field.name}"`,
        'INVALID_ARGS_FILTER',
      );
    }
    return value;
  }
  return value;
};

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, '\\$&');

const buildOperatorCondition = (
  column: ColumnDefinition,
  operator: string,
  operand: unknown,
  params: SqlParams,
  alias: string,
  fieldLabel: string,
): string => {
  const filterKind = filterKindOfColumn(column);
  const allowed = OPERATORS[filterKind];
  if (!allowed.includes(operator)) {
    throw new RecordsException(
      `Operator "${operator}" is not valid for field "${fieldLabel}" of type ${column.field.type} - Allowed operators: ${allowed.join(', ')}`,
      'INVALID_ARGS_FILTER',
    );
  }
  const ref = `${alias}.${quoteIdentifier(column.column)}`;
  const kind: ColumnKind = column.kind;
  const param = (value: unknown) =>
    params.add(coerceOperand(value, column, filterKind), kind);
  switch (operator) {
    case 'eq':
      return `${ref} = ${param(operand)}`;
    case 'neq':
      return `${ref} <> ${param(operand)}`;
    case 'gt':
      return `${ref} > ${param(operand)}`;
    case 'gte':
      return `${ref} >= ${param(operand)}`;
    case 'lt':
      return `${ref} < ${param(operand)}`;
    case 'lte':
      return `${ref} <= ${param(operand)}`;
    case 'in':
    case 'containsAny': {
      if (!Array.isArray(operand)) {
        throw new RecordsException(
          `Operator "${operator}" on field "${fieldLabel}" requires an array`,
          'INVALID_ARGS_FILTER',
        );
      }
      if (operand.length === 0) return 'FALSE';
      if (filterKind === 'MULTI_SELECT') {
        return `${ref} && ${params.add(operand, 'TEXT_ARRAY')}`;
      }
      return `${ref} IN (${operand.map((v) => param(v)).join(', ')})`;
    }
    case 'is': {
      if (operand === 'NULL') return `${ref} IS NULL`;
      if (operand === 'NOT_NULL') return `${ref} IS NOT NULL`;
      throw new RecordsException(
        `Invalid "is" value "${String(operand)}" for field "${fieldLabel}": use NULL or NOT_NULL`,
        'INVALID_ARGS_FILTER',
      );
    }
    case 'isEmptyArray': {
      if (typeof operand !== 'boolean') {
        throw new RecordsException(
          `Operator "isEmptyArray" on field "${fieldLabel}" requires a boolean`,
          'INVALID_ARGS_FILTER',
        );
      }
      if (filterKind === 'SELECT') {
        return operand ? `${ref} IS NULL` : `${ref} IS NOT NULL`;
      }
      return operand
        ? `(${ref} IS NULL OR cardinality(${ref}) = 0)`
        : `(${ref} IS NOT NULL AND cardinality(${ref}) > 0)`;
    }
    case 'like':
      return filterKind === 'RAW_JSON'
        ? `${ref}::text LIKE ${params.add(operand, 'TEXT')}`
        : `${ref} LIKE ${params.add(operand, 'TEXT')}`;
    case 'ilike':
      return `${ref} ILIKE ${params.add(operand, 'TEXT')}`;
    case 'startsWith':
      return `${ref} LIKE ${params.add(`${escapeLike(String(operand))}%`, 'TEXT')}`;
    case 'endsWith':
      return `${ref} LIKE ${params.add(`%${escapeLike(String(operand))}`, 'TEXT')}`;
    case 'containsIlike':
      return `EXISTS (SELECT 1 FROM unnest(${ref}) AS element WHERE element ILIKE ${params.add(`%${String(operand)}%`, 'TEXT')})`;
    case 'search':
      throw new RecordsException(
        `Full-text "search" on "${fieldLabel}" is not supported by the host`,
        'INVALID_ARGS_FILTER',
      );
    default:
      throw new RecordsException(
        `Operator "${operator}" is not valid for field "${fieldLabel}"`,
        'INVALID_ARGS_FILTER',
      );
  }
};

const buildColumnFilter = (
  column: ColumnDefinition,
  value: unknown,
  params: SqlParams,
  alias: string,
  fieldLabel: string,
): string => {
  if (!isPlainObject(value)) {
    throw new RecordsException(
      `Filter on field "${fieldLabel}" must be an object with one operator`,
      'INVALID_ARGS_FILTER',
    );
  }
  const operators = Object.entries(value).filter(([, v]) => v !== undefined);
  if (operators.length !== 1) {
    throw new RecordsException(
      `Filter on field "${fieldLabel}" must have exactly one operator, got ${operators.length}${operators.length > 0 ? ` (${operators.map(([k]) => k).join(', ')})` : ''}`,
      'INVALID_ARGS_FILTER',
    );
  }
  const [operator, operand] = operators[0] as [string, unknown];
  return buildOperatorCondition(
    column,
    operator,
    operand,
    params,
    alias,
    fieldLabel,
  );
};

const findFilterTarget = (
  object: ObjectMetadata,
  key: string,
): { field: FieldMetadata; columns: ColumnDefinition[] } | undefined => {
  for (const field of object.fields) {
    const columns = getFieldColumns(field);
    if (field.type === 'RELATION') {
      if (columns[0]?.column === key) return { field, columns };
      continue;
    }
    if (field.name === key && columns.length > 0) return { field, columns };
  }
  return undefined;
};

export const buildWhere = (
  object: ObjectMetadata,
  filter: unknown,
  params: SqlParams,
  alias = 't',
): string => {
  if (filter === null || filter === undefined) return 'TRUE';
  if (!isPlainObject(filter)) {
    throw new RecordsException(
      'Filter must be an object',
      'INVALID_ARGS_FILTER',
    );
  }
  const conditions: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) {
        throw new RecordsException(
          `"${key}" must be a list of filters`,
          'INVALID_ARGS_FILTER',
        );
      }
      const parts = value
        .filter((inner) => inner !== null)
        .map((inner) => `(${buildWhere(object, inner, params, alias)})`);
      if (parts.length === 0) continue;
      conditions.push(`(${parts.join(key === 'and' ? ' AND ' : ' OR ')})`);
      continue;
    }
    if (key === 'not') {
      if (value === null) continue;
      conditions.push(`NOT (${buildWhere(object, value, params, alias)})`);
      continue;
    }
    const target = findFilterTarget(object, key);
    if (target === undefined) {
      throw new RecordsException(
        `Object ${object.nameSingular} doesn't have any "${key}" field.`,
        'INVALID_ARGS_FILTER',
      );
    }
    if (value === null) continue;
    if (isCompositeFieldType(target.field.type)) {
      if (!isPlainObject(value)) {
        throw new RecordsException(
          `Filter on composite field "${key}" must name a sub-field`,
          'INVALID_ARGS_FILTER',
        );
      }
      const subNames = COMPOSITE_TYPES[target.field.type].subFields.map(
        (s) => s.name,
      );
      for (const [subName, subValue] of Object.entries(value)) {
        if (subValue === undefined || subValue === null) continue;
        const column = target.columns.find((c) => c.subField === subName);
        if (column === undefined || !subNames.includes(subName)) {
          throw new RecordsException(
            `Composite field "${key}" doesn't have any "${subName}" sub-field.`,
            'INVALID_ARGS_FILTER',
          );
        }
        conditions.push(
          buildColumnFilter(
            column,
            subValue,
            params,
            alias,
            `${key}.${subName}`,
          ),
        );
      }
      continue;
    }
    const [column] = target.columns;
    if (column === undefined) continue;
    conditions.push(buildColumnFilter(column, value, params, alias, key));
  }
  return conditions.length === 0 ? 'TRUE' : conditions.join(' AND ');
};

/** True when the filter names `deletedAt` anywhere: then trashed rows are visible. */
export const mentionsDeletedAt = (filter: unknown): boolean => {
  if (Array.isArray(filter)) return filter.some(mentionsDeletedAt);
  if (!isPlainObject(filter)) return false;
  return Object.entries(filter).some(
    ([key, value]) =>
      (key === 'deletedAt' && value !== undefined && value !== null) ||
      ((key === 'and' || key === 'or' || key === 'not') &&
        mentionsDeletedAt(value)),
  );
};
