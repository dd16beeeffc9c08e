import { type SqlExecutor } from '../../../database/database.service';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type ApiRecord } from '../../record-format.util';
import { RecordsException } from '../../records.exception';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { assertBatchSize } from './assert-batch-size.util';
import { selectRows } from './select-rows.util';

/**
 * The rows a by-filter mutation changes: NOT_FOUND for a by-id call that matches none, and
 * Twenty's cap on how many rows one mutation may touch.
 */
export const selectRowsToChange = async ({
  deps,
  executor,
  object,
  filter,
  includeDeleted,
  expectOne = false,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  filter: unknown;
  includeDeleted: boolean;
  expectOne?: boolean;
}): Promise<ApiRecord[]> => {
  const befores = await selectRows({
    deps,
    executor,
    object,
    filter,
    includeDeleted,
  });
  if (expectOne && befores.length === 0) {
    throw new RecordsException('Record not found', 'RECORD_NOT_FOUND');
  }
  assertBatchSize({
    count: befores.length,
    limits: deps.limits,
    message: `Cannot update more than ${deps.limits.queryMaxRecords} records at once`,
  });
  return befores;
};
