/** What an HTTP handler answers; the controllers write it to the Express response. */
export type HttpAnswer = {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
};

/** A request to a logic-function route (`/s/<path>`), decoded from Express. */
export type RouteRequest = {
  method: string;
  path: string;
  headers: Record<string, string | undefined>;
  query: Record<string, string | undefined>;
  rawBody: string;
};
