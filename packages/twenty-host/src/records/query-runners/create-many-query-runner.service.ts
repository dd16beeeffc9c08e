import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { getUpdatedFieldNames } from '../../permissions/get-updated-field-names.util';
import { type RecordEvent, type WriteContext } from '../record-event.type';
import { type ApiRecord } from '../record-format.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { assertBatchSize } from './utils/assert-batch-size.util';
import { buildEventBase } from './utils/build-event-base.util';
import { buildEventBatches } from './utils/build-event-batches.util';
import { type ColumnValues } from './utils/column-values.type';
import { findUpsertMatch } from './utils/find-upsert-match.util';
import { insertRows } from './utils/insert-rows.util';
import { runWriteTransaction } from './utils/run-write-transaction.util';
import { toColumnValues } from './utils/to-column-values.util';
import { updateUpsertMatch } from './utils/update-upsert-match.util';

/**
 * `create<Objects>(data, upsert)` and `create<Object>`: inserts, or with `upsert` updates the
 * record matched on id or a unique field; emits created / updated / upserted (Twenty:
 * api/common/common-query-runners/common-create-many-query-runner/common-create-many-query-runner.service.ts).
 */
export class CreateManyQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  run({
    object,
    data,
    upsert,
    context,
  }: {
    object: ObjectMetadata;
    data: Record<string, unknown>[];
    upsert: boolean;
    context: WriteContext;
  }): Promise<ApiRecord[]> {
    const deps = this.deps;
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'insert',
      updatedFieldNames: [
        ...new Set(
          data.flatMap((item) => getUpdatedFieldNames({ object, data: item })),
        ),
      ],
    });
    assertBatchSize({
      count: data.length,
      limits: deps.limits,
      message: `Maximum number of records to upsert is ${deps.limits.queryMaxRecords}.`,
    });
    return runWriteTransaction({
      deps,
      work: async (executor) => {
        const inputs: ColumnValues[] = [];
        for (const item of data) {
          inputs.push(
            await toColumnValues({ deps, executor, object, data: item }),
          );
        }
        const results = new Array<ApiRecord | undefined>(inputs.length);
        const toInsert: { index: number; input: ColumnValues }[] = [];
        const created: RecordEvent[] = [];
        const updated: RecordEvent[] = [];
        const upserted: RecordEvent[] = [];
        for (const [index, input] of inputs.entries()) {
          const match = upsert
            ? await findUpsertMatch({ deps, executor, object, input })
            : undefined;
          if (match === undefined) {
            toInsert.push({ index, input });
            continue;
          }
          const { after, event } = await updateUpsertMatch({
            deps,
            executor,
            object,
            match,
            input,
            context,
          });
          if (after === undefined) continue;
          results[index] = after;
          if (event === undefined) continue;
          if ((event.properties.updatedFields ?? []).length > 0)
            updated.push(event);
          upserted.push(event);
        }
        if (toInsert.length > 0) {
          const inserted = await insertRows({
            deps,
            executor,
            object,
            inputs: toInsert.map((entry) => entry.input),
            context,
          });
          inserted.forEach((record, position) => {
            const entry = toInsert[position];
            if (entry !== undefined) results[entry.index] = record;
            const event: RecordEvent = {
              ...buildEventBase(context),
              recordId: record.id,
              properties: { after: record },
            };
            created.push(event);
            upserted.push(event);
          });
        }
        return {
          result: results.filter((r): r is ApiRecord => r !== undefined),
          batches: [
            ...buildEventBatches({
              object,
              action: 'created',
              events: created,
            }),
            ...buildEventBatches({
              object,
              action: 'updated',
              events: updated,
            }),
            ...buildEventBatches({
              object,
              action: 'upserted',
              events: upserted,
            }),
          ],
        };
      },
    });
  }
}
