import { RecordsException } from '../../records.exception';
import { type RecordsLimits } from '../records-query-runner-deps.type';

/** Twenty's cap on how many records one mutation may write (QUERY_MAX_RECORDS). */
export const assertBatchSize = ({
  count,
  limits,
  message,
}: {
  count: number;
  limits: RecordsLimits;
  message: string;
}): void => {
  if (count > limits.queryMaxRecords) {
    throw new RecordsException(message, 'TOO_MANY_RECORDS_TO_UPDATE');
  }
};
