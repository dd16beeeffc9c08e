import { randomUUID } from 'node:crypto';

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
import { SqlParams } from '../../sql-params.util';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { buildActorColumns } from './actor-columns.util';
import { type ColumnValues } from './column-values.type';
import { defaultColumnValue } from './default-column-value.util';
import { nextPosition } from './next-position.util';

/** Inserts rows in one statement; ids, timestamps, actors and positions filled in. */
export const insertRows = async ({
  deps,
  executor,
  object,
  inputs,
  context,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  inputs: ColumnValues[];
  context: WriteContext;
}): Promise<ApiRecord[]> => {
  const columns = getObjectColumns(object);
  const params = new SqlParams();
  const now = new Date().toISOString();
  let position = await nextPosition({ deps, executor, object, where: 'last' });
  const rowsSql: string[] = [];
  for (const input of inputs) {
    const provided = new Map(input);
    if (!provided.has('id') || provided.get('id') === null) {
      provided.set('id', randomUUID());
    }
    provided.set('createdAt', provided.get('createdAt') ?? now);
    provided.set('updatedAt', provided.get('updatedAt') ?? now);
    for (const [column, value] of [
      ...buildActorColumns({ prefix: 'createdBy', context }),
      ...buildActorColumns({ prefix: 'updatedBy', context }),
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
        await nextPosition({ deps, executor, object, where: 'first' }),
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
              : defaultColumnValue(column),
            column.kind,
          ),
        )
        .join(', ')})`,
    );
  }
  const rows = (await executor.query(
    `INSERT INTO ${deps.database.table(object)} AS t (${columns.map((c) => quoteIdentifier(c.column)).join(', ')}) VALUES ${rowsSql.join(', ')} RETURNING ${buildSelectList(object)}`,
    params.values,
  )) as RecordRow[];
  return rows.map((row) => rowToRecord(object, row));
};
