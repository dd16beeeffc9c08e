import { type Request } from 'express';

import { type RouteRequest } from './http-answer.type';

const toStringRecord = (
  value: Record<string, unknown>,
): Record<string, string | undefined> =>
  Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key.toLowerCase(),
      Array.isArray(inner)
        ? inner.map(String).join(',')
        : inner === undefined
          ? undefined
          : typeof inner === 'string'
            ? inner
            : JSON.stringify(inner),
    ]),
  );

const readRawBody = (rawBody: unknown): string => {
  if (typeof rawBody === 'string') return rawBody;
  if (Buffer.isBuffer(rawBody)) return rawBody.toString('utf8');
  const isEmpty =
    rawBody === undefined ||
    (typeof rawBody === 'object' &&
      rawBody !== null &&
      Object.keys(rawBody).length === 0);
  return isEmpty ? '' : JSON.stringify(rawBody);
};

/** An Express request under `/s` as the logic-function route handler sees it. */
export const readRouteRequest = (request: Request): RouteRequest => ({
  method: request.method,
  path: request.path.replace(/^\/s/, ''),
  headers: toStringRecord(request.headers),
  query: toStringRecord(request.query),
  rawBody: readRawBody(request.body as unknown),
});
