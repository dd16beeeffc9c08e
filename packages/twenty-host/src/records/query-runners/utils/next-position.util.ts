import { type SqlExecutor } from '../../../database/database.service';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';

/** The position before the first or after the last row of the object. */
export const nextPosition = async ({
  deps,
  executor,
  object,
  where,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  where: 'first' | 'last';
}): Promise<number> => {
  const table = deps.database.table(object);
  const rows = (await executor.query(
    where === 'first'
      ? `SELECT COALESCE(MIN("position"), 1) - 1 AS "position" FROM ${table}`
      : `SELECT COALESCE(MAX("position"), 0) + 1 AS "position" FROM ${table}`,
  )) as { position: number | string }[];
  return Number(rows[0]?.position ?? 0);
};
