import {
  buildSelectList,
  getObjectColumns,
  quoteIdentifier,
} from '../../../database/columns.util';
import { type SqlExecutor } from '../../../database/database.service';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type WriteContext } from '../../record-event.type';
import {
  type ApiRecord,
  type RecordRow,
  rowToRecord,
} from '../../record-format.util';
import { RecordsException } from '../../records.exception';
import { SqlParams } from '../../sql-params.util';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { buildActorColumns } from './actor-columns.util';
import { type ColumnValues } from './column-values.type';
import { nextPosition } from './next-position.util';

/** Sets `values` (plus updatedAt / updatedBy) on the rows with `ids`; results in `ids` order. */
export const updateRowsById = async ({
  deps,
  executor,
  object,
  ids,
  values,
  context,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  ids: string[];
  values: ColumnValues;
  context: WriteContext;
}): Promise<ApiRecord[]> => {
  if (ids.length === 0) return [];
  const columns = getObjectColumns(object);
  const params = new SqlParams();
  const assignments = new Map(values);
  if (!assignments.has('updatedAt')) {
    assignments.set('updatedAt', new Date().toISOString());
  }
  for (const [column, value] of buildActorColumns({
    prefix: 'updatedBy',
    context,
  })) {
    assignments.set(column, value);
  }
  const requestedPosition = assignments.get('position');
  if (requestedPosition === 'first' || requestedPosition === 'last') {
    assignments.set(
      'position',
      await nextPosition({ deps, executor, object, where: requestedPosition }),
    );
  }
  const setSql = [...assignments.entries()].map(([column, value]) => {
    const definition = columns.find((c) => c.column === column);
    if (definition === undefined) {
      throw new RecordsException(`Unknown column "${column}"`, 'INVALID_INPUT');
    }
    return `${quoteIdentifier(column)} = ${params.add(value, definition.kind)}`;
  });
  const rows = (await executor.query(
    `UPDATE ${deps.database.table(object)} AS t SET ${setSql.join(', ')} WHERE t."id" IN (${ids.map((id) => params.add(id, 'UUID')).join(', ')}) RETURNING ${buildSelectList(object)}`,
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
};
