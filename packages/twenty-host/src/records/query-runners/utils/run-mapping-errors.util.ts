import { toRecordsException } from './to-records-exception.util';

/** Runs database work and turns driver errors a caller can cause into Twenty's answers. */
export const runMappingErrors = async <TResult>(
  work: () => Promise<TResult>,
): Promise<TResult> => {
  try {
    return await work();
  } catch (error) {
    throw toRecordsException(error);
  }
};
