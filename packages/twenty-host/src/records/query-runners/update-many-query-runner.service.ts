import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { getUpdatedFieldNames } from '../../permissions/get-updated-field-names.util';
import { type WriteContext } from '../record-event.type';
import { type ApiRecord } from '../record-format.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { buildEventBatches } from './utils/build-event-batches.util';
import { buildUpdateEvents } from './utils/build-update-events.util';
import { runWriteTransaction } from './utils/run-write-transaction.util';
import { selectRowsToChange } from './utils/select-rows-to-change.util';
import { toColumnValues } from './utils/to-column-values.util';
import { updateRowsById } from './utils/update-rows-by-id.util';

/**
 * `update<Object>(id, data)` (`expectOne`) and `update<Objects>(filter, data)`; emits `.updated`
 * for the records whose values changed (Twenty:
 * api/common/common-query-runners/common-update-many-query-runner.service.ts).
 */
export class UpdateManyQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  run({
    object,
    filter,
    data,
    context,
    expectOne = false,
  }: {
    object: ObjectMetadata;
    filter: unknown;
    data: Record<string, unknown>;
    context: WriteContext;
    expectOne?: boolean;
  }): Promise<ApiRecord[]> {
    const deps = this.deps;
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'update',
      updatedFieldNames: getUpdatedFieldNames({ object, data }),
    });
    return runWriteTransaction({
      deps,
      work: async (executor) => {
        const befores = await selectRowsToChange({
          deps,
          executor,
          object,
          filter,
          includeDeleted: false,
          expectOne,
        });
        const values = await toColumnValues({ deps, executor, object, data });
        values.delete('id');
        const afters = await updateRowsById({
          deps,
          executor,
          object,
          ids: befores.map((b) => b.id),
          values,
          context,
        });
        const events = buildUpdateEvents({ object, befores, afters, context });
        return {
          result: afters,
          batches: buildEventBatches({
            object,
            action: 'updated',
            events: events.filter(
              (e) => (e.properties.updatedFields ?? []).length > 0,
            ),
          }),
        };
      },
    });
  }
}
