import {
  type ColumnDefinition,
  getFieldColumns,
  quoteIdentifier,
} from '../database/columns.util';
import {
  type ObjectMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';
import { RecordsException } from './records.exception';
import { type SqlParams } from './sql-params.util';

export const ORDER_BY_DIRECTIONS = [
  'AscNullsFirst',
  'AscNullsLast',
  'DescNullsFirst',
  'DescNullsLast',
] as const;
export type OrderByDirection = (typeof ORDER_BY_DIRECTIONS)[number];

export type OrderTerm = {
  column: ColumnDefinition;
  isAscending: boolean;
  isNullsFirst: boolean;
};

const isDirection = (value: unknown): value is OrderByDirection =>
  typeof value === 'string' &&
  (ORDER_BY_DIRECTIONS as readonly string[]).includes(value);

const toTerm = (
  column: ColumnDefinition,
  direction: unknown,
  label: string,
): OrderTerm => {
  if (!isDirection(direction)) {
    throw new RecordsException(
      `Invalid order direction for "${label}"`,
      'INVALID_ARGS_ORDER_BY',
    );
  }
  return {
    column,
    isAscending: direction.startsWith('Asc'),
    isNullsFirst: direction.endsWith('NullsFirst'),
  };
};

/** The caller's order, then `id` ascending as the tie-breaker (Twenty's find-many). */
export const buildOrderTerms = (
  object: ObjectMetadata,
  orderBy: unknown,
): OrderTerm[] => {
  const terms: OrderTerm[] = [];
  const entries = Array.isArray(orderBy)
    ? orderBy
    : orderBy === null || orderBy === undefined
      ? []
      : [orderBy];
  for (const entry of entries) {
    if (entry === null || typeof entry !== 'object') continue;
    for (const [key, value] of Object.entries(
      entry as Record<string, unknown>,
    )) {
      if (value === undefined || value === null) continue;
      const field = object.fields.find(
        (f) =>
          f.name === key ||
          (f.relation?.relationType === 'MANY_TO_ONE' &&
            f.relation.joinColumnName === key),
      );
      if (field === undefined) {
        throw new RecordsException(
          `Object ${object.nameSingular} doesn't have any "${key}" field.`,
          'INVALID_ARGS_ORDER_BY',
        );
      }
      const columns = getFieldColumns(field);
      if (field.type === 'RELATION') {
        const [column] = columns;
        if (key !== field.name && column !== undefined) {
          terms.push(toTerm(column, value, key));
          continue;
        }
        throw new RecordsException(
          `Ordering by the related record "${key}" is not supported by the host; order by "${field.relation?.joinColumnName ?? key}"`,
          'INVALID_ARGS_ORDER_BY',
        );
      }
      if (isCompositeFieldType(field.type)) {
        if (typeof value !== 'object') {
          throw new RecordsException(
            `Order by composite field "${key}" must name a sub-field`,
            'INVALID_ARGS_ORDER_BY',
          );
        }
        for (const [subName, subDirection] of Object.entries(
          value as Record<string, unknown>,
        )) {
          if (subDirection === undefined || subDirection === null) continue;
          const column = columns.find((c) => c.subField === subName);
          if (column === undefined) {
            throw new RecordsException(
              `Composite field "${key}" doesn't have any "${subName}" sub-field.`,
              'INVALID_ARGS_ORDER_BY',
            );
          }
          terms.push(toTerm(column, subDirection, `${key}.${subName}`));
        }
        continue;
      }
      const [column] = columns;
      if (column !== undefined) terms.push(toTerm(column, value, key));
    }
  }
  const idField = object.fields.find((f) => f.name === 'id');
  const [idColumn] = idField === undefined ? [] : getFieldColumns(idField);
  if (idColumn !== undefined && !terms.some((t) => t.column.column === 'id')) {
    terms.push({ column: idColumn, isAscending: true, isNullsFirst: false });
  }
  return terms;
};

export const reverseTerms = (terms: OrderTerm[]): OrderTerm[] =>
  terms.map((term) => ({
    column: term.column,
    isAscending: !term.isAscending,
    isNullsFirst: !term.isNullsFirst,
  }));

export const buildOrderByClause = (terms: OrderTerm[], alias = 't'): string =>
  terms
    .map(
      (term) =>
        `${alias}.${quoteIdentifier(term.column.column)} ${term.isAscending ? 'ASC' : 'DESC'} NULLS ${term.isNullsFirst ? 'FIRST' : 'LAST'}`,
    )
    .join(', ');

/** Opaque cursor: base64 of the order-by values of the row, id last. */
export const encodeCursor = (
  terms: OrderTerm[],
  row: Record<string, unknown>,
): string =>
  Buffer.from(
    JSON.stringify(terms.map((term) => row[term.column.column] ?? null)),
  ).toString('base64');

const decodeCursor = (cursor: string, terms: OrderTerm[]): unknown[] => {
  try {
    const parsed: unknown = JSON.parse(
      Buffer.from(cursor, 'base64').toString('utf8'),
    );
    if (Array.isArray(parsed) && parsed.length === terms.length) return parsed;
  } catch {
    // reported below
  }
  throw new RecordsException(
    `Invalid cursor "${cursor}": it does not belong to this query's order`,
    'INVALID_CURSOR',
  );
};

/** Rows strictly after the cursor row in the order `terms` defines (keyset paging). */
export const buildAfterCursorCondition = (
  terms: OrderTerm[],
  cursor: string,
  params: SqlParams,
  alias = 't',
): string => {
  const values = decodeCursor(cursor, terms);
  const alternatives: string[] = [];
  terms.forEach((term, index) => {
    const parts: string[] = [];
    for (let previous = 0; previous < index; previous += 1) {
      const previousTerm = terms[previous] as OrderTerm;
      const ref = `${alias}.${quoteIdentifier(previousTerm.column.column)}`;
      const value = values[previous];
      parts.push(
        value === null
          ? `${ref} IS NULL`
          : `${ref} = ${params.add(value, previousTerm.column.kind)}`,
      );
    }
    const ref = `${alias}.${quoteIdentifier(term.column.column)}`;
    const value = values[index];
    let after: string;
    if (value === null) {
      after = term.isNullsFirst ? `${ref} IS NOT NULL` : 'FALSE';
    } else {
      const comparison = `${ref} ${term.isAscending ? '>' : '<'} ${params.add(value, term.column.kind)}`;
      after = term.isNullsFirst
        ? comparison
        : `(${comparison} OR ${ref} IS NULL)`;
    }
    parts.push(after);
    alternatives.push(`(${parts.join(' AND ')})`);
  });
  return `(${alternatives.join(' OR ')})`;
};
