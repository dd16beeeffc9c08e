import { randomUUID } from 'node:crypto';

import {
  type ColumnDefinition,
  buildSelectList,
  getFieldColumns,
  getObjectColumns,
  quoteIdentifier,
} from '../database/columns.util';
import {
  type DatabaseService,
  type SqlExecutor,
} from '../database/database.service';
import { COMPOSITE_TYPES } from '../manifest/composite-types.constant';
import {
  type FieldMetadata,
  type ObjectMetadata,
  type WorkspaceMetadata,
  isCompositeFieldType,
} from '../manifest/object-metadata.type';
import {
  assertIsValidUuid,
  buildWhere,
  mentionsDeletedAt,
} from './filter.util';
import {
  type OrderTerm,
  buildAfterCursorCondition,
  buildOrderByClause,
  buildOrderTerms,
  encodeCursor,
  reverseTerms,
} from './order-by.util';
import {
  type ApiRecord,
  type RecordRow,
  computeDiff,
  rowToRecord,
} from './record-format.util';
import {
  type DatabaseEventAction,
  type RecordEvent,
  type RecordEventBatch,
  type WriteContext,
} from './record-event.type';
import { validateDateFieldOrThrow } from '../data-args/validate-date-field-or-throw.util';
import { validateDateTimeFieldOrThrow } from '../data-args/validate-date-time-field-or-throw.util';
import { RecordsException } from './records.exception';
import { SqlParams } from './sql-params.util';
import { describeValue } from './describe-value.util';

export type FindManyArgs = {
  filter?: unknown;
  orderBy?: unknown;
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
};

export type FindManyResult = {
  edges: { cursor: string; node: ApiRecord }[];
  pageInfo: {
    startCursor: string | null;
    endCursor: string | null;
    hasNextPage: boolean;
    hasPreviousPage: boolean;
  };
  /** Scope of the query without paging, for totalCount and aggregates. */
  scope: { object: ObjectMetadata; filter: unknown };
};

export type AggregateOperation =
  | 'countEmpty'
  | 'countNotEmpty'
  | 'countUniqueValues'
  | 'percentageEmpty'
  | 'percentageNotEmpty'
  | 'min'
  | 'max'
  | 'avg'
  | 'sum'
  | 'countTrue'
  | 'countFalse';

export type RecordsLimits = {
  /** QUERY_MAX_RECORDS: default page size and the cap on batch writes. */
  queryMaxRecords: number;
};

type ColumnValues = Map<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const getDriverErrorCode = (error: unknown): string | undefined => {
  if (!isPlainObject(error) && !(error instanceof Error)) return undefined;
  const withCode = error as {
    code?: unknown;
    driverError?: { code?: unknown };
  };
  if (typeof withCode.code === 'string') return withCode.code;
  const driverCode = withCode.driverError?.code;
  return typeof driverCode === 'string' ? driverCode : undefined;
};

const getDriverErrorColumn = (error: unknown): string | undefined => {
  const withColumn = error as {
    column?: unknown;
    driverError?: { column?: unknown };
  };
  const column = withColumn.column ?? withColumn.driverError?.column;
  return typeof column === 'string' ? column : undefined;
};

/** Maps database errors a caller can cause to Twenty's answers. */
export const toRecordsException = (error: unknown): unknown => {
  const code = getDriverErrorCode(error);
  switch (code) {
    case '23505':
      return new RecordsException(
        'A duplicate entry was detected',
        'DUPLICATE_ENTRY',
        {
          userFriendlyMessage:
            'This record already exists: a unique field has the same value as another record.',
        },
      );
    case '23503':
      return new RecordsException(
        'The record references a record that does not exist (or is still referenced)',
        'CONNECT_RECORD_NOT_FOUND',
      );
    case '23502':
      return new RecordsException(
        `Field "${getDriverErrorColumn(error) ?? 'unknown'}" is required`,
        'INVALID_INPUT',
      );
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new RecordsException(
        `Invalid value: ${error instanceof Error ? error.message : 'bad input'}`,
        'INVALID_INPUT',
      );
    default:
      return error;
  }
};

export class RecordsService {
  constructor(
    private readonly database: DatabaseService,
    private readonly metadata: WorkspaceMetadata,
    private readonly limits: RecordsLimits,
    private readonly onCommitted: (batches: RecordEventBatch[]) => void,
  ) {}

  getObject(nameSingular: string): ObjectMetadata {
    const object = this.metadata.objects.find(
      (o) => o.nameSingular === nameSingular,
    );
    if (object === undefined) {
      throw new RecordsException(
        `Unknown object "${nameSingular}"`,
        'INVALID_INPUT',
      );
    }
    return object;
  }

  getObjectByUniversalIdentifier(universalIdentifier: string): ObjectMetadata {
    const object = this.metadata.objects.find(
      (o) => o.universalIdentifier === universalIdentifier,
    );
    if (object === undefined) {
      throw new RecordsException(
        `Unknown object ${universalIdentifier}`,
        'INVALID_INPUT',
      );
    }
    return object;
  }

  private table(object: ObjectMetadata): string {
    return this.database.table(object);
  }

  private scopeWhere(
    object: ObjectMetadata,
    filter: unknown,
    params: SqlParams,
    includeDeleted = false,
  ): string {
    const where = buildWhere(object, filter, params);
    if (includeDeleted || mentionsDeletedAt(filter)) return where;
    return `(${where}) AND t."deletedAt" IS NULL`;
  }

  private async run<TResult>(work: () => Promise<TResult>): Promise<TResult> {
    try {
      return await work();
    } catch (error) {
      throw toRecordsException(error);
    }
  }

  // ---------------------------------------------------------------- reads

  async findMany(
    object: ObjectMetadata,
    args: FindManyArgs,
  ): Promise<FindManyResult> {
    const { first, last, after, before, offset } = args;
    if (
      first !== null &&
      first !== undefined &&
      last !== null &&
      last !== undefined
    ) {
      throw new RecordsException(
        'Cannot provide both first and last',
        'ARGS_CONFLICT',
      );
    }
    if (isNonEmpty(before) && isNonEmpty(after)) {
      throw new RecordsException(
        'Cannot provide both before and after',
        'ARGS_CONFLICT',
      );
    }
    if (isNonEmpty(before) && first !== null && first !== undefined) {
      throw new RecordsException(
        'Cannot provide both before and first',
        'ARGS_CONFLICT',
      );
    }
    if (isNonEmpty(after) && last !== null && last !== undefined) {
      throw new RecordsException(
        'Cannot provide both after and last',
        'ARGS_CONFLICT',
      );
    }
    if (typeof first === 'number' && first < 0) {
      throw new RecordsException(
        'First argument must be non-negative',
        'INVALID_ARGS_FIRST',
      );
    }
    if (typeof last === 'number' && last < 0) {
      throw new RecordsException(
        'Last argument must be non-negative',
        'INVALID_ARGS_LAST',
      );
    }
    const isForward = !(typeof last === 'number' || isNonEmpty(before));
    const limit = first ?? last ?? this.limits.queryMaxRecords;
    const terms = buildOrderTerms(object, args.orderBy);
    const queryTerms: OrderTerm[] = isForward ? terms : reverseTerms(terms);
    const params = new SqlParams();
    const conditions = [this.scopeWhere(object, args.filter, params)];
    const cursor = isForward ? after : before;
    if (isNonEmpty(cursor)) {
      conditions.push(buildAfterCursorCondition(queryTerms, cursor, params));
    }
    const sql = `SELECT ${buildSelectList(object)} FROM ${this.table(object)} t WHERE ${conditions.join(' AND ')} ORDER BY ${buildOrderByClause(queryTerms)} LIMIT ${limit + 1}${typeof offset === 'number' && offset > 0 ? ` OFFSET ${Math.floor(offset)}` : ''}`;
    const rows = (await this.run(() =>
      this.database.query(sql, params.values),
    )) as RecordRow[];
    const hasMore = rows.length > limit;
    const pageRows = rows.slice(0, limit);
    if (!isForward) pageRows.reverse();
    const edges = pageRows.map((row) => ({
      cursor: encodeCursor(terms, row),
      node: rowToRecord(object, row),
    }));
    const hasOffset = typeof offset === 'number' && offset > 0;
    return {
      edges,
      pageInfo: {
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
        hasNextPage: isForward ? hasMore : isNonEmpty(before),
        hasPreviousPage: isForward ? isNonEmpty(after) || hasOffset : hasMore,
      },
      scope: { object, filter: args.filter },
    };
  }

  async findOne(object: ObjectMetadata, filter: unknown): Promise<ApiRecord> {
    const result = await this.findMany(object, { filter, first: 1 });
    const node = result.edges[0]?.node;
    if (node === undefined) {
      throw new RecordsException('Record not found', 'RECORD_NOT_FOUND');
    }
    return node;
  }

  async findByIds(
    object: ObjectMetadata,
    ids: string[],
  ): Promise<Map<string, ApiRecord>> {
    const found = new Map<string, ApiRecord>();
    if (ids.length === 0) return found;
    const params = new SqlParams();
    const rows = (await this.run(() =>
      this.database.query(
        `SELECT ${buildSelectList(object)} FROM ${this.table(object)} t WHERE t."id" IN (${ids.map((id) => params.add(id, 'UUID')).join(', ')}) AND t."deletedAt" IS NULL`,
        params.values,
      ),
    )) as RecordRow[];
    for (const row of rows) {
      const record = rowToRecord(object, row);
      found.set(record.id, record);
    }
    return found;
  }

  async count(object: ObjectMetadata, filter: unknown): Promise<number> {
    const params = new SqlParams();
    const rows = (await this.run(() =>
      this.database.query(
        `SELECT count(*)::int AS "count" FROM ${this.table(object)} t WHERE ${this.scopeWhere(object, filter, params)}`,
        params.values,
      ),
    )) as { count: number }[];
    return Number(rows[0]?.count ?? 0);
  }

  async aggregate(
    object: ObjectMetadata,
    filter: unknown,
    operation: AggregateOperation,
    column: ColumnDefinition,
  ): Promise<number | string | null> {
    const ref = `t.${quoteIdentifier(column.column)}`;
    const isEmpty =
      column.kind === 'TEXT'
        ? `(${ref} IS NULL OR ${ref} = '')`
        : `${ref} IS NULL`;
    const expressions: Record<AggregateOperation, string> = {
      countEmpty: `count(*) FILTER (WHERE ${isEmpty})`,
      countNotEmpty: `count(*) FILTER (WHERE NOT ${isEmpty})`,
      countUniqueValues: `count(DISTINCT ${ref})`,
      percentageEmpty: `CASE WHEN count(*) = 0 THEN NULL ELSE (count(*) FILTER (WHERE ${isEmpty}))::float / count(*) END`,
      percentageNotEmpty: `CASE WHEN count(*) = 0 THEN NULL ELSE (count(*) FILTER (WHERE NOT ${isEmpty}))::float / count(*) END`,
      min: `min(${ref})`,
      max: `max(${ref})`,
      avg: `avg(${ref})`,
      sum: `sum(${ref})`,
      countTrue: `count(*) FILTER (WHERE ${ref} IS TRUE)`,
      countFalse: `count(*) FILTER (WHERE ${ref} IS FALSE)`,
    };
    const params = new SqlParams();
    const isDate = column.kind === 'TIMESTAMP' || column.kind === 'DATE';
    const expression = expressions[operation];
    const select =
      !isDate || (operation !== 'min' && operation !== 'max')
        ? `(${expression})::text`
        : column.kind === 'DATE'
          ? `to_char(${expression}, 'YYYY-MM-DD')`
          : `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    const rows = (await this.run(() =>
      this.database.query(
        `SELECT ${select} AS "value" FROM ${this.table(object)} t WHERE ${this.scopeWhere(object, filter, params)}`,
        params.values,
      ),
    )) as { value: string | null }[];
    const value = rows[0]?.value ?? null;
    if (value === null) return null;
    return isDate && (operation === 'min' || operation === 'max')
      ? value
      : Number(value);
  }

  // ---------------------------------------------------------------- writes

  private assertBatchSize(count: number, message: string): void {
    if (count > this.limits.queryMaxRecords) {
      throw new RecordsException(message, 'TOO_MANY_RECORDS_TO_UPDATE');
    }
  }

  // The rows a by-filter mutation changes: NOT_FOUND for a by-id call that matches none, and
  // Twenty's cap on how many rows one mutation may touch.
  private async selectRowsToChange(
    executor: SqlExecutor,
    object: ObjectMetadata,
    filter: unknown,
    withDeleted: boolean,
    options: { expectOne?: boolean },
  ): Promise<ApiRecord[]> {
    const befores = await this.selectRows(
      executor,
      object,
      filter,
      withDeleted,
    );
    if (options.expectOne === true && befores.length === 0) {
      throw new RecordsException('Record not found', 'RECORD_NOT_FOUND');
    }
    this.assertBatchSize(
      befores.length,
      `Cannot update more than ${this.limits.queryMaxRecords} records at once`,
    );
    return befores;
  }

  private async selectRows(
    executor: SqlExecutor,
    object: ObjectMetadata,
    filter: unknown,
    includeDeleted: boolean,
    forUpdate = true,
  ): Promise<ApiRecord[]> {
    const params = new SqlParams();
    const rows = (await executor.query(
      `SELECT ${buildSelectList(object)} FROM ${this.table(object)} t WHERE ${this.scopeWhere(object, filter, params, includeDeleted)} ORDER BY t."position" ASC, t."id" ASC${forUpdate ? ' FOR UPDATE' : ''}`,
      params.values,
    )) as RecordRow[];
    return rows.map((row) => rowToRecord(object, row));
  }

  private async resolveConnect(
    executor: SqlExecutor,
    field: FieldMetadata,
    value: unknown,
  ): Promise<string | null> {
    if (!isPlainObject(value)) {
      throw new RecordsException(
        `Relation "${field.name}" expects { connect } or { disconnect }`,
        'INVALID_INPUT',
      );
    }
    if (value.disconnect === true) return null;
    const where = isPlainObject(value.connect)
      ? value.connect.where
      : undefined;
    if (!isPlainObject(where)) {
      throw new RecordsException(
        `Relation "${field.name}" expects connect.where`,
        'INVALID_INPUT',
      );
    }
    const target = this.getObjectByUniversalIdentifier(
      field.relation?.targetObjectUniversalIdentifier ?? '',
    );
    const filter: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(where)) {
      if (inner === undefined || inner === null) continue;
      if (isPlainObject(inner)) {
        filter[key] = Object.fromEntries(
          Object.entries(inner).map(([sub, subValue]) => [
            sub,
            { eq: subValue },
          ]),
        );
      } else {
        filter[key] = { eq: inner };
      }
    }
    const found = await this.selectRows(executor, target, filter, false, false);
    const [match] = found;
    if (match === undefined || found.length > 1) {
      throw new RecordsException(
        `Cannot connect ${field.name}: no ${target.nameSingular} matches ${JSON.stringify(where)}`,
        'CONNECT_RECORD_NOT_FOUND',
      );
    }
    return match.id;
  }

  /** Converts a create/update input to column values (only the given fields). */
  private async toColumnValues(
    executor: SqlExecutor,
    object: ObjectMetadata,
    data: Record<string, unknown>,
  ): Promise<ColumnValues> {
    const values: ColumnValues = new Map();
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const field = object.fields.find((f) => f.name === key);
      const relationByJoinColumn = object.fields.find(
        (f) =>
          f.relation?.relationType === 'MANY_TO_ONE' &&
          f.relation.joinColumnName === key,
      );
      if (relationByJoinColumn !== undefined) {
        values.set(key, value === null ? null : assertIsValidUuid(value));
        continue;
      }
      if (field === undefined) {
        throw new RecordsException(
          `Object ${object.nameSingular} doesn't have any "${key}" field.`,
          'INVALID_INPUT',
        );
      }
      if (field.type === 'RELATION') {
        const joinColumn = field.relation?.joinColumnName;
        if (
          field.relation?.relationType !== 'MANY_TO_ONE' ||
          joinColumn === undefined
        ) {
          throw new RecordsException(
            `Relation "${key}" cannot be written from ${object.nameSingular}`,
            'INVALID_INPUT',
          );
        }
        values.set(
          joinColumn,
          await this.resolveConnect(executor, field, value),
        );
        continue;
      }
      if (isCompositeFieldType(field.type)) {
        if (value === null) {
          for (const column of getFieldColumns(field))
            values.set(column.column, null);
          continue;
        }
        if (!isPlainObject(value)) {
          throw new RecordsException(
            `Field "${key}" expects an object`,
            'INVALID_INPUT',
          );
        }
        const subFields = COMPOSITE_TYPES[field.type].subFields;
        for (const column of getFieldColumns(field)) {
          const subField = subFields.find((s) => s.name === column.subField);
          if (subField === undefined || !subField.isInput) continue;
          const subValue = value[subField.name];
          if (subValue === undefined) continue;
          values.set(column.column, subValue);
        }
        continue;
      }
      const [column] = getFieldColumns(field);
      if (column === undefined) continue;
      if (field.type === 'UUID' && value !== null) {
        values.set(column.column, assertIsValidUuid(value));
        continue;
      }
      if (field.type === 'DATE' || field.type === 'DATE_TIME') {
        const validate =
          field.type === 'DATE'
            ? validateDateFieldOrThrow
            : validateDateTimeFieldOrThrow;
        values.set(column.column, validate({ value, fieldName: key }));
        continue;
      }
      if (
        (field.type === 'SELECT' || field.type === 'RATING') &&
        value !== null &&
        field.options !== undefined &&
        !field.options.some((o) => o.value === value)
      ) {
        throw new RecordsException(
          `Value "${describeValue(value)}" is not an option of field "${key}"`,
          'INVALID_INPUT',
        );
      }
      values.set(column.column, value);
    }
    return values;
  }

  private defaultColumnValue(column: ColumnDefinition): unknown {
    const defaultValue = column.field.defaultValue;
    if (defaultValue === undefined) return null;
    if (isPlainObject(defaultValue) && 'computed' in defaultValue) {
      return defaultValue.computed === 'uuid'
        ? randomUUID()
        : new Date().toISOString();
    }
    if (column.subField !== undefined) {
      return isPlainObject(defaultValue)
        ? (defaultValue[column.subField] ?? null)
        : null;
    }
    return defaultValue;
  }

  private async nextPosition(
    executor: SqlExecutor,
    object: ObjectMetadata,
    where: 'first' | 'last',
  ): Promise<number> {
    const rows = (await executor.query(
      where === 'first'
        ? `SELECT COALESCE(MIN("position"), 1) - 1 AS "position" FROM ${this.table(object)}`
        : `SELECT COALESCE(MAX("position"), 0) + 1 AS "position" FROM ${this.table(object)}`,
    )) as { position: number | string }[];
    return Number(rows[0]?.position ?? 0);
  }

  private actorColumns(
    prefix: 'createdBy' | 'updatedBy',
    context: WriteContext,
  ): [string, unknown][] {
    return [
      [`${prefix}Source`, context.actor.source],
      [`${prefix}WorkspaceMemberId`, context.actor.workspaceMemberId],
      [`${prefix}Name`, context.actor.name],
      [`${prefix}Context`, context.actor.context],
    ];
  }

  private async insertRows(
    executor: SqlExecutor,
    object: ObjectMetadata,
    inputs: ColumnValues[],
    context: WriteContext,
  ): Promise<ApiRecord[]> {
    const columns = getObjectColumns(object);
    const params = new SqlParams();
    const now = new Date().toISOString();
    let position = await this.nextPosition(executor, object, 'last');
    const rowsSql: string[] = [];
    for (const input of inputs) {
      const provided = new Map(input);
      if (!provided.has('id') || provided.get('id') === null) {
        provided.set('id', randomUUID());
      }
      provided.set('createdAt', provided.get('createdAt') ?? now);
      provided.set('updatedAt', provided.get('updatedAt') ?? now);
      for (const [column, value] of [
        ...this.actorColumns('createdBy', context),
        ...this.actorColumns('updatedBy', context),
      ]) {
        if (
          !provided.has(column) ||
          column.endsWith('Name') ||
          column.endsWith('MemberId')
        ) {
          provided.set(column, value);
        }
      }
      const requested = provided.get('position');
      if (requested === 'first') {
        provided.set(
          'position',
          await this.nextPosition(executor, object, 'first'),
        );
      } else if (typeof requested !== 'number') {
        provided.set('position', position);
        position += 1;
      }
      rowsSql.push(
        `(${columns
          .map((column) =>
            params.add(
              provided.has(column.column)
                ? provided.get(column.column)
                : this.defaultColumnValue(column),
              column.kind,
            ),
          )
          .join(', ')})`,
      );
    }
    const rows = (await executor.query(
      `INSERT INTO ${this.table(object)} AS t (${columns.map((c) => quoteIdentifier(c.column)).join(', ')}) VALUES ${rowsSql.join(', ')} RETURNING ${buildSelectList(object)}`,
      params.values,
    )) as RecordRow[];
    return rows.map((row) => rowToRecord(object, row));
  }

  private async updateRowsById(
    executor: SqlExecutor,
    object: ObjectMetadata,
    ids: string[],
    values: ColumnValues,
    context: WriteContext,
  ): Promise<ApiRecord[]> {
    if (ids.length === 0) return [];
    const columns = getObjectColumns(object);
    const params = new SqlParams();
    const assignments = new Map(values);
    if (!assignments.has('updatedAt')) {
      assignments.set('updatedAt', new Date().toISOString());
    }
    for (const [column, value] of this.actorColumns('updatedBy', context)) {
      assignments.set(column, value);
    }
    const requestedPosition = assignments.get('position');
    if (requestedPosition === 'first' || requestedPosition === 'last') {
      assignments.set(
        'position',
        await this.nextPosition(executor, object, requestedPosition),
      );
    }
    const setSql = [...assignments.entries()].map(([column, value]) => {
      const definition = columns.find((c) => c.column === column);
      if (definition === undefined) {
        throw new RecordsException(
          `Unknown column "${column}"`,
          'INVALID_INPUT',
        );
      }
      return `${quoteIdentifier(column)} = ${params.add(value, definition.kind)}`;
    });
    const rows = (await executor.query(
      `UPDATE ${this.table(object)} AS t SET ${setSql.join(', ')} WHERE t."id" IN (${ids.map((id) => params.add(id, 'UUID')).join(', ')}) RETURNING ${buildSelectList(object)}`,
      params.values,
    )) as RecordRow[];
    const byId = new Map(
      rows.map((row) => {
        const record = rowToRecord(object, row);
        return [record.id, record];
      }),
    );
    return ids.flatMap((id) => {
      const record = byId.get(id);
      return record === undefined ? [] : [record];
    });
  }

  private eventBase(
    context: WriteContext,
  ): Omit<RecordEvent, 'recordId' | 'properties'> {
    return {
      ...(context.userId === undefined ? {} : { userId: context.userId }),
      ...(context.workspaceMemberId === undefined
        ? {}
        : { workspaceMemberId: context.workspaceMemberId }),
    };
  }

  private batch(
    object: ObjectMetadata,
    action: DatabaseEventAction,
    events: RecordEvent[],
  ): RecordEventBatch[] {
    return events.length === 0
      ? []
      : [{ name: `${object.nameSingular}.${action}`, action, object, events }];
  }

  private updateEvents(
    object: ObjectMetadata,
    befores: Map<string, ApiRecord>,
    afters: ApiRecord[],
    context: WriteContext,
  ): RecordEvent[] {
    return afters.flatMap((after) => {
      const before = befores.get(after.id);
      if (before === undefined) return [];
      const diff = computeDiff(object, before, after);
      return [
        {
          ...this.eventBase(context),
          recordId: after.id,
          properties: { before, after, updatedFields: Object.keys(diff), diff },
        },
      ];
    });
  }

  private async write<TResult>(
    work: (executor: SqlExecutor) => Promise<{
      result: TResult;
      batches: RecordEventBatch[];
    }>,
  ): Promise<TResult> {
    const { result, batches } = await this.run(() =>
      this.database.transaction(work),
    );
    if (batches.length > 0) this.onCommitted(batches);
    return result;
  }

  private async findUpsertMatch(
    executor: SqlExecutor,
    object: ObjectMetadata,
    input: ColumnValues,
  ): Promise<ApiRecord | undefined> {
    const alternatives: Record<string, unknown>[] = [];
    const id = input.get('id');
    if (typeof id === 'string') alternatives.push({ id: { eq: id } });
    for (const field of object.fields) {
      if (field.isUnique !== true) continue;
      if (field.uniqueSubField !== undefined) {
        const column = `${field.name}${field.uniqueSubField.charAt(0).toUpperCase()}${field.uniqueSubField.slice(1)}`;
        const value = input.get(column);
        if (typeof value === 'string' && value !== '') {
          alternatives.push({
            [field.name]: { [field.uniqueSubField]: { eq: value } },
          });
        }
        continue;
      }
      const value = input.get(field.name);
      if (value !== undefined && value !== null && value !== '') {
        alternatives.push({ [field.name]: { eq: value } });
      }
    }
    if (alternatives.length === 0) return undefined;
    const matches = await this.selectRows(
      executor,
      object,
      { or: alternatives },
      true,
    );
    if (matches.length > 1) {
      throw new RecordsException(
        `Multiple ${object.namePlural} match the upsert input on id or unique fields`,
        'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT',
      );
    }
    return matches[0];
  }

  async createMany(
    object: ObjectMetadata,
    data: Record<string, unknown>[],
    upsert: boolean,
    context: WriteContext,
  ): Promise<ApiRecord[]> {
    this.assertBatchSize(
      data.length,
      `Maximum number of records to upsert is ${this.limits.queryMaxRecords}.`,
    );
    return this.write(async (executor) => {
      const inputs: ColumnValues[] = [];
      for (const item of data) {
        inputs.push(await this.toColumnValues(executor, object, item));
      }
      const results = new Array<ApiRecord | undefined>(inputs.length);
      const toInsert: { index: number; input: ColumnValues }[] = [];
      const created: RecordEvent[] = [];
      const updated: RecordEvent[] = [];
      const upserted: RecordEvent[] = [];
      for (const [index, input] of inputs.entries()) {
        const match = upsert
          ? await this.findUpsertMatch(executor, object, input)
          : undefined;
        if (match === undefined) {
          toInsert.push({ index, input });
          continue;
        }
        const values = new Map(input);
        values.delete('id');
        values.set('deletedAt', null);
        for (const key of [...values.keys()]) {
          if (key.startsWith('createdBy')) values.delete(key);
        }
        const [after] = await this.updateRowsById(
          executor,
          object,
          [match.id],
          values,
          context,
        );
        if (after === undefined) continue;
        results[index] = after;
        const [event] = this.updateEvents(
          object,
          new Map([[match.id, match]]),
          [after],
          context,
        );
        if (event === undefined) continue;
        if ((event.properties.updatedFields ?? []).length > 0)
          updated.push(event);
        upserted.push(event);
      }
      if (toInsert.length > 0) {
        const inserted = await this.insertRows(
          executor,
          object,
          toInsert.map((entry) => entry.input),
          context,
        );
        inserted.forEach((record, position) => {
          const entry = toInsert[position];
          if (entry !== undefined) results[entry.index] = record;
          const event: RecordEvent = {
            ...this.eventBase(context),
            recordId: record.id,
            properties: { after: record },
          };
          created.push(event);
          upserted.push(event);
        });
      }
      return {
        result: results.filter((r): r is ApiRecord => r !== undefined),
        batches: [
          ...this.batch(object, 'created', created),
          ...this.batch(object, 'updated', updated),
          ...this.batch(object, 'upserted', upserted),
        ],
      };
    });
  }

  async updateMany(
    object: ObjectMetadata,
    filter: unknown,
    data: Record<string, unknown>,
    context: WriteContext,
    options: { expectOne?: boolean } = {},
  ): Promise<ApiRecord[]> {
    return this.write(async (executor) => {
      const befores = await this.selectRowsToChange(
        executor,
        object,
        filter,
        false,
        options,
      );
      const values = await this.toColumnValues(executor, object, data);
      values.delete('id');
      const afters = await this.updateRowsById(
        executor,
        object,
        befores.map((b) => b.id),
        values,
        context,
      );
      const events = this.updateEvents(
        object,
        new Map(befores.map((b) => [b.id, b])),
        afters,
        context,
      );
      return {
        result: afters,
        batches: [
          ...this.batch(
            object,
            'updated',
            events.filter((e) => (e.properties.updatedFields ?? []).length > 0),
          ),
        ],
      };
    });
  }

  softDeleteMany(
    object: ObjectMetadata,
    filter: unknown,
    context: WriteContext,
    options: { expectOne?: boolean } = {},
  ): Promise<ApiRecord[]> {
    return this.setDeletedAt(
      object,
      filter,
      false,
      new Date().toISOString(),
      'deleted',
      context,
      options,
    );
  }

  restoreMany(
    object: ObjectMetadata,
    filter: unknown,
    context: WriteContext,
    options: { expectOne?: boolean } = {},
  ): Promise<ApiRecord[]> {
    const trashed = { and: [filter ?? {}, { deletedAt: { is: 'NOT_NULL' } }] };
    return this.setDeletedAt(
      object,
      trashed,
      true,
      null,
      'restored',
      context,
      options,
    );
  }

  // Soft delete and restore only move deletedAt; Twenty emits them as their own events.
  private setDeletedAt(
    object: ObjectMetadata,
    filter: unknown,
    withDeleted: boolean,
    deletedAt: string | null,
    action: 'deleted' | 'restored',
    context: WriteContext,
    options: { expectOne?: boolean },
  ): Promise<ApiRecord[]> {
    return this.write(async (executor) => {
      const befores = await this.selectRowsToChange(
        executor,
        object,
        filter,
        withDeleted,
        options,
      );
      const afters = await this.updateRowsById(
        executor,
        object,
        befores.map((b) => b.id),
        new Map([['deletedAt', deletedAt]]),
        context,
      );
      const events = this.updateEvents(
        object,
        new Map(befores.map((b) => [b.id, b])),
        afters,
        context,
      );
      return { result: afters, batches: this.batch(object, action, events) };
    });
  }

  async destroyMany(
    object: ObjectMetadata,
    filter: unknown,
    context: WriteContext,
    options: { expectOne?: boolean } = {},
  ): Promise<ApiRecord[]> {
    return this.write(async (executor) => {
      const befores = await this.selectRowsToChange(
        executor,
        object,
        filter,
        true,
        options,
      );
      if (befores.length > 0) {
        const params = new SqlParams();
        await executor.query(
          `DELETE FROM ${this.table(object)} AS t WHERE t."id" IN (${befores.map((b) => params.add(b.id, 'UUID')).join(', ')})`,
          params.values,
        );
      }
      const events = befores.map((before): RecordEvent => ({
        ...this.eventBase(context),
        recordId: before.id,
        properties: { before },
      }));
      return {
        result: befores,
        batches: this.batch(object, 'destroyed', events),
      };
    });
  }
}

const isNonEmpty = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.length > 0;
