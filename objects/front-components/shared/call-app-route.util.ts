// The worker gets the API address and the viewer's token as environment variables, as the
// twenty-client-sdk clients read them (TWENTY_API_URL, TWENTY_APP_ACCESS_TOKEN).
const environment = (): Record<string, string | undefined> =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } })
    .process?.env ?? {};

type Refusal = { messages?: string[] };

/**
 * Calls one of the app's HTTP routes (`/s/…`) as the viewer. The JSON answer, or a sentence
 * for people when the route refuses or cannot be reached.
 */
export const callAppRoute = async <TAnswer>(
  path: string,
  init: { method: 'GET' } | { method: 'POST'; body: unknown },
): Promise<TAnswer | string> => {
  const env = environment();
  const token = env.TWENTY_APP_ACCESS_TOKEN;
  const response = await fetch(`${env.TWENTY_API_URL ?? ''}/s${path}`, {
    method: init.method,
    headers: {
      ...(init.method === 'POST' ? { 'content-type': 'application/json' } : {}),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(init.method === 'POST' ? { body: JSON.stringify(init.body) } : {}),
  });
  const body = (await response.json().catch(() => ({}))) as TAnswer | Refusal;
  if (response.ok) return body as TAnswer;
  return (
    (body as Refusal).messages?.join(' ') ??
    `The request failed (${response.status}).`
  );
};
