import { Response } from 'twenty-sdk/logic-function';
import { z } from 'zod';

const ERRORS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  500: 'Invalid configuration',
  503: 'Service Unavailable',
};

/** A route's refusal, in words a person can act on. */
export const answerInWords = (status: number, messages: string[]): Response =>
  new Response(
    { statusCode: status, error: ERRORS[status] ?? 'Error', messages },
    { status },
  );

/** The record id a route names in its path (`/…/:name/…`), or null when it is not a UUID. */
export const readPathId = (payload: unknown, name: string): string | null => {
  const parsed = z
    .object({ pathParameters: z.record(z.string(), z.string()) })
    .safeParse(payload);
  if (!parsed.success) return null;
  const id = z.guid().safeParse(parsed.data.pathParameters[name]);
  return id.success ? id.data : null;
};
