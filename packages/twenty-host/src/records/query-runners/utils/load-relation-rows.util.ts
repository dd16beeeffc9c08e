import {
  buildSelectList,
  quoteIdentifier,
} from '../../../database/columns.util';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type RecordRow } from '../../record-format.util';
import { SqlParams } from '../../sql-params.util';
import { QUERY_MAX_RECORDS_FROM_RELATION } from '../query-max-records-from-relation.constant';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { runMappingErrors } from './run-mapping-errors.util';

/**
 * The live children of `parentIds` in ONE query, as Twenty's `findRelations` loads them
 * (api/common/common-nested-relations-processor/process-nested-relations-v2.helper.ts):
 * `WHERE "<fk>" IN (:...ids)`, no ORDER BY, `take(limit * parentObjectRecords.length)`.
 */
export const loadRelationRows = async ({
  deps,
  object,
  joinColumn,
  parentIds,
  parentCount,
}: {
  deps: RecordsQueryRunnerDeps;
  object: ObjectMetadata;
  joinColumn: string;
  parentIds: string[];
  parentCount: number;
}): Promise<Map<string, RecordRow[]>> => {
  const params = new SqlParams();
  const idList = parentIds.map((id) => params.add(id, 'UUID')).join(', ');
  const column = `t.${quoteIdentifier(joinColumn)}`;
  const limit = QUERY_MAX_RECORDS_FROM_RELATION * parentCount;
  const rows = (await runMappingErrors(() =>
    deps.database.query(
      `SELECT ${buildSelectList(object)}, ${column} AS "__parentId" FROM ${deps.database.table(object)} t WHERE ${column} IN (${idList}) AND t."deletedAt" IS NULL LIMIT ${limit}`,
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
};
