import { buildSelectList } from '../../database/columns.util';
import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { type WriteContext } from '../record-event.type';
import {
  type ApiRecord,
  type RecordRow,
  rowToRecord,
} from '../record-format.util';
import { SqlParams } from '../sql-params.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { runMappingErrors } from './utils/run-mapping-errors.util';

/** Live records by id, for many-to-one relation fields. */
export class FindByIdsQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  async run({
    object,
    ids,
    context,
  }: {
    object: ObjectMetadata;
    ids: string[];
    context: WriteContext;
  }): Promise<Map<string, ApiRecord>> {
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'select',
    });
    const found = new Map<string, ApiRecord>();
    if (ids.length === 0) return found;
    const params = new SqlParams();
    const idList = ids.map((id) => params.add(id, 'UUID')).join(', ');
    const rows = (await runMappingErrors(() =>
      this.deps.database.query(
        `SELECT ${buildSelectList(object)} FROM ${this.deps.database.table(object)} t WHERE t."id" IN (${idList}) AND t."deletedAt" IS NULL`,
        params.values,
      ),
    )) as RecordRow[];
    for (const row of rows) {
      const record = rowToRecord(object, row);
      found.set(record.id, record);
    }
    return found;
  }
}
