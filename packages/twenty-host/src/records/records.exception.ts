// Errors a caller can cause, with the codes Twenty's exception handlers answer with.
export type RecordsExceptionCode =
  | 'INVALID_ARGS_FILTER'
  | 'INVALID_ARGS_ORDER_BY'
  | 'INVALID_CURSOR'
  | 'ARGS_CONFLICT'
  | 'INVALID_ARGS_FIRST'
  | 'INVALID_ARGS_LAST'
  | 'INVALID_UUID'
  | 'INVALID_INPUT'
  | 'INVALID_ARGS_DATA'
  | 'MISSING_TIMEZONE_FOR_DATE_GROUP_BY'
  | 'INVALID_TIMEZONE'
  | 'RECORD_NOT_FOUND'
  | 'DUPLICATE_ENTRY'
  | 'CONNECT_RECORD_NOT_FOUND'
  | 'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT'
  | 'TOO_MANY_RECORDS_TO_UPDATE'
  | 'LIMIT_REACHED'
  | 'TOO_COMPLEX_QUERY'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PERMISSION_DENIED'
  | 'INJECTED_FAULT';

export type GraphqlErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL_SERVER_ERROR';

export class RecordsException extends Error {
  constructor(
    message: string,
    readonly code: RecordsExceptionCode,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RecordsException';
  }
}

export const toGraphqlErrorCode = (
  code: RecordsExceptionCode,
): GraphqlErrorCode => {
  switch (code) {
    case 'RECORD_NOT_FOUND':
      return 'NOT_FOUND';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
    case 'PERMISSION_DENIED':
      return 'FORBIDDEN';
    case 'INJECTED_FAULT':
      return 'INTERNAL_SERVER_ERROR';
    case 'INVALID_ARGS_FILTER':
    case 'INVALID_ARGS_ORDER_BY':
    case 'INVALID_CURSOR':
    case 'ARGS_CONFLICT':
    case 'INVALID_ARGS_FIRST':
    case 'INVALID_ARGS_LAST':
    case 'INVALID_UUID':
    case 'INVALID_INPUT':
    case 'INVALID_ARGS_DATA':
    case 'MISSING_TIMEZONE_FOR_DATE_GROUP_BY':
    case 'INVALID_TIMEZONE':
    case 'DUPLICATE_ENTRY':
    case 'CONNECT_RECORD_NOT_FOUND':
    case 'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT':
    case 'TOO_MANY_RECORDS_TO_UPDATE':
    case 'LIMIT_REACHED':
    case 'TOO_COMPLEX_QUERY':
      return 'BAD_USER_INPUT';
  }
};
