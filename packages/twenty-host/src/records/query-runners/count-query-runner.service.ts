import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { SqlParams } from '../sql-params.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { buildScopeWhere } from './utils/build-scope-where.util';
import { runMappingErrors } from './utils/run-mapping-errors.util';

/** A connection's `totalCount`: the rows of its scope, without paging. */
export class CountQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  async run({
    object,
    filter,
  }: {
    object: ObjectMetadata;
    filter: unknown;
  }): Promise<number> {
    const params = new SqlParams();
    const where = buildScopeWhere({ object, filter, params });
    const rows = (await runMappingErrors(() =>
      this.deps.database.query(
        `SELECT count(*)::int AS "count" FROM ${this.deps.database.table(object)} t WHERE ${where}`,
        params.values,
      ),
    )) as { count: number }[];
    return Number(rows[0]?.count ?? 0);
  }
}
