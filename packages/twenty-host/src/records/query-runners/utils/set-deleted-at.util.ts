import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type WriteContext } from '../../record-event.type';
import { type ApiRecord } from '../../record-format.util';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { buildEventBatches } from './build-event-batches.util';
import { buildUpdateEvents } from './build-update-events.util';
import { runWriteTransaction } from './run-write-transaction.util';
import { selectRowsToChange } from './select-rows-to-change.util';
import { updateRowsById } from './update-rows-by-id.util';

/** Soft delete and restore only move deletedAt; Twenty emits them as their own events. */
export const setDeletedAt = ({
  deps,
  object,
  filter,
  includeDeleted,
  deletedAt,
  action,
  context,
  expectOne = false,
}: {
  deps: RecordsQueryRunnerDeps;
  object: ObjectMetadata;
  filter: unknown;
  includeDeleted: boolean;
  deletedAt: string | null;
  action: 'deleted' | 'restored';
  context: WriteContext;
  expectOne?: boolean;
}): Promise<ApiRecord[]> =>
  runWriteTransaction({
    deps,
    work: async (executor) => {
      const befores = await selectRowsToChange({
        deps,
        executor,
        object,
        filter,
        includeDeleted,
        expectOne,
      });
      const afters = await updateRowsById({
        deps,
        executor,
        object,
        ids: befores.map((b) => b.id),
        values: new Map([['deletedAt', deletedAt]]),
        context,
      });
      const events = buildUpdateEvents({ object, befores, afters, context });
      return {
        result: afters,
        batches: buildEventBatches({ object, action, events }),
      };
    },
  });
