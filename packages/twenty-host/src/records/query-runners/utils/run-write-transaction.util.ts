import { type SqlExecutor } from '../../../database/database.service';
import { type RecordEventBatch } from '../../record-event.type';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { runMappingErrors } from './run-mapping-errors.util';

/** Runs a write in one transaction and publishes its events once it has committed. */
export const runWriteTransaction = async <TResult>({
  deps,
  work,
}: {
  deps: RecordsQueryRunnerDeps;
  work: (executor: SqlExecutor) => Promise<{
    result: TResult;
    batches: RecordEventBatch[];
  }>;
}): Promise<TResult> => {
  const { result, batches } = await runMappingErrors(() =>
    deps.database.transaction(work),
  );
  if (batches.length > 0) deps.onCommitted(batches);
  return result;
};
