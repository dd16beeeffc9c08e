/** Transport and API failures, mapped once in the client. */
export type GatewayError =
  | { code: 'HTTP_ERROR'; status: number; message: string }
  | { code: 'RATE_LIMITED'; message: string }
  | { code: 'GRAPHQL_ERROR'; graphqlCode: string; message: string }
  | { code: 'INVALID_RESPONSE'; message: string };

// A concurrent run of the same handler inserted the same entryKey first: a retry reloads
// the ledger and writes only what is still missing.
const isLostInsertRace = (error: GatewayError): boolean =>
  error.code === 'GRAPHQL_ERROR' &&
  /duplicate entry|unique constraint/i.test(error.message);

/** Worth a retry with backoff: the same request may succeed later. */
export const isTransientGatewayError = (error: GatewayError): boolean =>
  error.code === 'HTTP_ERROR' ||
  error.code === 'RATE_LIMITED' ||
  (error.code === 'GRAPHQL_ERROR' &&
    error.graphqlCode === 'INTERNAL_SERVER_ERROR') ||
  isLostInsertRace(error);
