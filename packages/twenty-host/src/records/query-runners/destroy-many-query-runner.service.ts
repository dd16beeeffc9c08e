import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { type RecordEvent, type WriteContext } from '../record-event.type';
import { type ApiRecord } from '../record-format.util';
import { SqlParams } from '../sql-params.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { buildEventBase } from './utils/build-event-base.util';
import { buildEventBatches } from './utils/build-event-batches.util';
import { runWriteTransaction } from './utils/run-write-transaction.util';
import { selectRowsToChange } from './utils/select-rows-to-change.util';

/**
 * `destroy<Object>(id)` / `destroy<Objects>(filter)`: hard delete, live or soft-deleted rows,
 * `.destroyed` events (Twenty: api/common/common-query-runners/common-destroy-many-query-runner.service.ts).
 */
export class DestroyManyQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  run({
    object,
    filter,
    context,
    expectOne = false,
  }: {
    object: ObjectMetadata;
    filter: unknown;
    context: WriteContext;
    expectOne?: boolean;
  }): Promise<ApiRecord[]> {
    const deps = this.deps;
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'delete',
    });
    return runWriteTransaction({
      deps,
      work: async (executor) => {
        const befores = await selectRowsToChange({
          deps,
          executor,
          object,
          filter,
          includeDeleted: true,
          expectOne,
        });
        if (befores.length > 0) {
          const params = new SqlParams();
          const ids = befores.map((b) => params.add(b.id, 'UUID')).join(', ');
          await executor.query(
            `DELETE FROM ${deps.database.table(object)} AS t WHERE t."id" IN (${ids})`,
            params.values,
          );
        }
        const events = befores.map((before): RecordEvent => ({
          ...buildEventBase(context),
          recordId: before.id,
          properties: { before },
        }));
        return {
          result: befores,
          batches: buildEventBatches({ object, action: 'destroyed', events }),
        };
      },
    });
  }
}
