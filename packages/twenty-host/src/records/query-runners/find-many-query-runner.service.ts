import { buildSelectList } from '../../database/columns.util';
import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import {
  type OrderTerm,
  buildAfterCursorCondition,
  buildOrderByClause,
  buildOrderTerms,
  encodeCursor,
  reverseTerms,
} from '../order-by.util';
import { type WriteContext } from '../record-event.type';
import { type RecordRow, rowToRecord } from '../record-format.util';
import { SqlParams } from '../sql-params.util';
import { type FindManyArgs, type FindManyResult } from './find-many.type';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import {
  assertPagingArgs,
  isNonEmptyCursor,
} from './utils/assert-paging-args.util';
import { buildScopeWhere } from './utils/build-scope-where.util';
import { runMappingErrors } from './utils/run-mapping-errors.util';

/**
 * Root `<objects>(filter, orderBy, first/after/last/before)` query: `first ?? last ??
 * QUERY_MAX_RECORDS`, fetch limit + 1, keyset cursors (Twenty:
 * api/common/common-query-runners/common-find-many-query-runner.service.ts).
 */
export class FindManyQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  async run({
    object,
    args,
    context,
  }: {
    object: ObjectMetadata;
    args: FindManyArgs;
    context: WriteContext;
  }): Promise<FindManyResult> {
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'select',
    });
    assertPagingArgs(args);
    const { first, last, after, before, offset } = args;
    const isForward = !(typeof last === 'number' || isNonEmptyCursor(before));
    const limit = first ?? last ?? this.deps.limits.queryMaxRecords;
    const terms = buildOrderTerms(object, args.orderBy);
    const queryTerms: OrderTerm[] = isForward ? terms : reverseTerms(terms);
    const params = new SqlParams();
    const conditions = [
      buildScopeWhere({ object, filter: args.filter, params }),
    ];
    const cursor = isForward ? after : before;
    if (isNonEmptyCursor(cursor)) {
      conditions.push(buildAfterCursorCondition(queryTerms, cursor, params));
    }
    const hasOffset = typeof offset === 'number' && offset > 0;
    const sql = `SELECT ${buildSelectList(object)} FROM ${this.deps.database.table(object)} t WHERE ${conditions.join(' AND ')} ORDER BY ${buildOrderByClause(queryTerms)} LIMIT ${limit + 1}${hasOffset ? ` OFFSET ${Math.floor(offset)}` : ''}`;
    const rows = (await runMappingErrors(() =>
      this.deps.database.query(sql, params.values),
    )) as RecordRow[];
    const hasMore = rows.length > limit;
    const pageRows = rows.slice(0, limit);
    if (!isForward) pageRows.reverse();
    const edges = pageRows.map((row) => ({
      cursor: encodeCursor(terms, row),
      node: rowToRecord(object, row),
    }));
    return {
      edges,
      pageInfo: {
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
        hasNextPage: isForward ? hasMore : isNonEmptyCursor(before),
        hasPreviousPage: isForward
          ? isNonEmptyCursor(after) || hasOffset
          : hasMore,
      },
      scope: { object, filter: args.filter },
    };
  }
}
