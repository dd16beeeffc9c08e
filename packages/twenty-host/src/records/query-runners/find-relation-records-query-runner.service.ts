import { buildSelectList, quoteIdentifier } from '../../database/columns.util';
import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { buildOrderTerms, encodeCursor } from '../order-by.util';
import { type WriteContext } from '../record-event.type';
import { type RecordRow, rowToRecord } from '../record-format.util';
import { SqlParams } from '../sql-params.util';
import { type FindManyResult } from './find-many.type';
import { QUERY_MAX_RECORDS_FROM_RELATION } from './query-max-records-from-relation.constant';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { runMappingErrors } from './utils/run-mapping-errors.util';

type PendingParent = {
  parentId: string;
  resolve: (result: FindManyResult) => void;
  reject: (error: unknown) => void;
};

type Batch = {
  object: ObjectMetadata;
  joinColumn: string;
  parents: PendingParent[];
};

/**
 * A nested one-to-many connection (`opportunity { creditAllocations { … } }`), served as
 * Twenty's default read path serves it (engine/api/common/common-nested-relations-processor/
 * process-nested-relations-v2.helper.ts, `findRelations`): the connection's `first`, `filter`
 * and `orderBy` are ignored; ONE query per relation field loads the children of every parent of
 * the page, `WHERE "<fk>" IN (:...parentIds)`, soft-deleted rows excluded, with no ORDER BY and
 * `.take(limit * parentObjectRecords.length)` where limit = QUERY_MAX_RECORDS_FROM_RELATION (60).
 * So the cap is 60 × number of parents for the whole query, not 60 per parent: one parent may
 * get more than 60 rows when its siblings have fewer, and which rows are cut is not defined.
 * `pageInfo.hasNextPage` is false (createConnection without a next page). The ORM-v2 read path
 * (process-nested-relations-orm-v2.helper.ts, behind a feature flag) caps per parent instead.
 *
 * The parents' resolvers of one GraphQL field run in the same tick: they are collected into
 * one batch per request and response path, flushed by one SQL query.
 */
export class FindRelationRecordsQueryRunnerService {
  private readonly batches = new WeakMap<object, Map<string, Batch>>();

  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  run({
    object,
    joinColumn,
    parentId,
    context,
    batchScope,
    batchKey,
  }: {
    object: ObjectMetadata;
    joinColumn: string;
    parentId: string;
    context: WriteContext;
    /** Identifies the request (one GraphQL execution). */
    batchScope: object;
    /** The field's response path without list indices. */
    batchKey: string;
  }): Promise<FindManyResult> {
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'select',
    });
    let scoped = this.batches.get(batchScope);
    if (scoped === undefined) {
      scoped = new Map();
      this.batches.set(batchScope, scoped);
    }
    let batch = scoped.get(batchKey);
    if (batch === undefined) {
      const created: Batch = { object, joinColumn, parents: [] };
      batch = created;
      scoped.set(batchKey, created);
      setImmediate(() => {
        scoped?.delete(batchKey);
        void this.flush(created);
      });
    }
    const parents = batch.parents;
    return new Promise((resolve, reject) => {
      parents.push({ parentId, resolve, reject });
    });
  }

  private async flush(batch: Batch): Promise<void> {
    try {
      const byParent = await this.load(batch);
      for (const parent of batch.parents) {
        parent.resolve(
          this.toConnection(
            batch,
            parent.parentId,
            byParent.get(parent.parentId) ?? [],
          ),
        );
      }
    } catch (error) {
      for (const parent of batch.parents) parent.reject(error);
    }
  }

  private async load(batch: Batch): Promise<Map<string, RecordRow[]>> {
    const { object, joinColumn } = batch;
    const parentIds = [...new Set(batch.parents.map((p) => p.parentId))];
    const params = new SqlParams();
    const idList = parentIds.map((id) => params.add(id, 'UUID')).join(', ');
    const column = `t.${quoteIdentifier(joinColumn)}`;
    const limit = QUERY_MAX_RECORDS_FROM_RELATION * batch.parents.length;
    const rows = (await runMappingErrors(() =>
      this.deps.database.query(
        `SELECT ${buildSelectList(object)}, ${column} AS "__parentId" FROM ${this.deps.database.table(object)} t WHERE ${column} IN (${idList}) AND t."deletedAt" IS NULL LIMIT ${limit}`,
        params.values,
      ),
    )) as (RecordRow & { __parentId: string })[];
    const byParent = new Map<string, RecordRow[]>();
    for (const row of rows) {
      const list = byParent.get(row.__parentId) ?? [];
      list.push(row);
      byParent.set(row.__parentId, list);
    }
    return byParent;
  }

  private toConnection(
    batch: Batch,
    parentId: string,
    rows: RecordRow[],
  ): FindManyResult {
    const terms = buildOrderTerms(batch.object, undefined);
    const edges = rows.map((row) => ({
      cursor: encodeCursor(terms, row),
      node: rowToRecord(batch.object, row),
    }));
    return {
      edges,
      pageInfo: {
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
        hasNextPage: false,
        hasPreviousPage: false,
      },
      scope: {
        object: batch.object,
        filter: { [batch.joinColumn]: { eq: parentId } },
      },
    };
  }
}
