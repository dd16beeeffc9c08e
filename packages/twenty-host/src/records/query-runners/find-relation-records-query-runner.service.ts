import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { type WriteContext } from '../record-event.type';
import { type FindManyResult } from './find-many.type';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { buildRelationConnection } from './utils/build-relation-connection.util';
import { loadRelationRows } from './utils/load-relation-rows.util';

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
    const { object, joinColumn, parents } = batch;
    try {
      const byParent = await loadRelationRows({
        deps: this.deps,
        object,
        joinColumn,
        parentIds: [...new Set(parents.map((parent) => parent.parentId))],
        parentCount: parents.length,
      });
      for (const { parentId, resolve } of parents) {
        resolve(
          buildRelationConnection({
            object,
            joinColumn,
            parentId,
            rows: byParent.get(parentId) ?? [],
          }),
        );
      }
    } catch (error) {
      for (const parent of parents) parent.reject(error);
    }
  }
}
