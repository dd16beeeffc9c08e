import { RecordsException } from '../../records.exception';
import { type FindManyArgs } from '../find-many.type';

export const isNonEmptyCursor = (
  value: string | null | undefined,
): value is string => typeof value === 'string' && value.length > 0;

const isSet = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined;

/** Twenty's checks of first/last/before/after (common-find-many-query-runner.service.ts). */
export const assertPagingArgs = (args: FindManyArgs): void => {
  const { first, last, after, before } = args;
  if (isSet(first) && isSet(last)) {
    throw new RecordsException(
      'Cannot provide both first and last',
      'ARGS_CONFLICT',
    );
  }
  if (isNonEmptyCursor(before) && isNonEmptyCursor(after)) {
    throw new RecordsException(
      'Cannot provide both before and after',
      'ARGS_CONFLICT',
    );
  }
  if (isNonEmptyCursor(before) && isSet(first)) {
    throw new RecordsException(
      'Cannot provide both before and first',
      'ARGS_CONFLICT',
    );
  }
  if (isNonEmptyCursor(after) && isSet(last)) {
    throw new RecordsException(
      'Cannot provide both after and last',
      'ARGS_CONFLICT',
    );
  }
  if (typeof first === 'number' && first < 0) {
    throw new RecordsException(
      'First argument must be non-negative',
      'INVALID_ARGS_FIRST',
    );
  }
  if (typeof last === 'number' && last < 0) {
    throw new RecordsException(
      'Last argument must be non-negative',
      'INVALID_ARGS_LAST',
    );
  }
};
