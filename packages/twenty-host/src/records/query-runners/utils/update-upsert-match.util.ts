import { type SqlExecutor } from '../../../database/database.service';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type RecordEvent, type WriteContext } from '../../record-event.type';
import { type ApiRecord } from '../../record-format.util';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { buildUpdateEvents } from './build-update-events.util';
import { type ColumnValues } from './column-values.type';
import { updateRowsById } from './update-rows-by-id.util';

/**
 * Writes an upsert input over the record it matched: restores it (`deletedAt: null`) and keeps
 * its createdBy (Twenty: common-create-many-query-runner/utils/prepare-record-for-upsert-update.util.ts).
 */
export const updateUpsertMatch = async ({
  deps,
  executor,
  object,
  match,
  input,
  context,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  match: ApiRecord;
  input: ColumnValues;
  context: WriteContext;
}): Promise<{ after?: ApiRecord; event?: RecordEvent }> => {
  const values = new Map(input);
  values.delete('id');
  values.set('deletedAt', null);
  for (const key of [...values.keys()]) {
    if (key.startsWith('createdBy')) values.delete(key);
  }
  const [after] = await updateRowsById({
    deps,
    executor,
    object,
    ids: [match.id],
    values,
    context,
  });
  if (after === undefined) return {};
  const [event] = buildUpdateEvents({
    object,
    befores: [match],
    afters: [after],
    context,
  });
  return event === undefined ? { after } : { after, event };
};
