import { buildSelectList } from '../../../database/columns.util';
import { type SqlExecutor } from '../../../database/database.service';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import {
  type ApiRecord,
  type RecordRow,
  rowToRecord,
} from '../../record-format.util';
import { SqlParams } from '../../sql-params.util';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { buildScopeWhere } from './build-scope-where.util';

/** The rows a filter matches inside a write transaction, locked unless `forUpdate` is false. */
export const selectRows = async ({
  deps,
  executor,
  object,
  filter,
  includeDeleted,
  forUpdate = true,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  filter: unknown;
  includeDeleted: boolean;
  forUpdate?: boolean;
}): Promise<ApiRecord[]> => {
  const params = new SqlParams();
  const where = buildScopeWhere({ object, filter, params, includeDeleted });
  const rows = (await executor.query(
    `SELECT ${buildSelectList(object)} FROM ${deps.database.table(object)} t WHERE ${where} ORDER BY t."position" ASC, t."id" ASC${forUpdate ? ' FOR UPDATE' : ''}`,
    params.values,
  )) as RecordRow[];
  return rows.map((row) => rowToRecord(object, row));
};
