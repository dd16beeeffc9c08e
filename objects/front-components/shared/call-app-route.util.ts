import {
  authorizationHeader,
  workerEnvironment,
} from './worker-environment.util';

type Refusal = { messages?: string[] };

/**
 * Calls one of the app's HTTP routes (`/s/…`) as the viewer. The JSON answer, or a sentence
 * for people when the route refuses or cannot be reached.
 */
export const callAppRoute = async <TAnswer>(
  path: string,
  init: { method: 'GET' } | { method: 'POST'; body: unknown },
): Promise<TAnswer | string> => {
  const response = await fetch(
    `${workerEnvironment().TWENTY_API_URL ?? ''}/s${path}`,
    {
      method: init.method,
      headers: {
        ...(init.method === 'POST'
          ? { 'content-type': 'application/json' }
          : {}),
        ...authorizationHeader(),
      },
      ...(init.method === 'POST' ? { body: JSON.stringify(init.body) } : {}),
    },
  );
  const body = (await response.json().catch(() => ({}))) as TAnswer | Refusal;
  if (response.ok) return body as TAnswer;
  return (
    (body as Refusal).messages?.join(' ') ??
    `The request failed (${response.status}).`
  );
};
