/** A Twenty with the app installed, as the verify scenarios see it: its API and a way to wait. */
export type VerifyTarget = {
  /** A GraphQL request to the workspace API; throws on GraphQL errors. */
  graphql: <TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<TData>;
  /**
   * Resolves once `check` passes, or rejects with its last failure. On a real Twenty it asks
   * again until the timeout (the app's functions run in the worker); on the test host it waits
   * for the host to be idle and asks once.
   */
  eventually: (check: () => Promise<void>) => Promise<void>;
};

/** Every record the verify run creates has a name starting with this tag. */
export const VERIFY_TAG = '[verify]';

export const createGraphqlTarget = ({
  apiUrl,
  apiKey,
  eventually,
}: {
  apiUrl: string;
  apiKey: string;
  eventually: VerifyTarget['eventually'];
}): VerifyTarget => ({
  eventually,
  graphql: async <TData>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<TData> => {
    const response = await fetch(`${apiUrl.replace(/\/$/, '')}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${apiKey}`,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: TData; errors?: { message: string }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(
        `HTTP ${response.status} from ${apiUrl}: ${text.slice(0, 200)}`,
      );
    }
    if (body.errors !== undefined && body.errors.length > 0)
      throw new Error(body.errors.map((error) => error.message).join('; '));
    if (body.data === undefined)
      throw new Error(`HTTP ${response.status} from ${apiUrl}: no data`);
    return body.data;
  },
});

/** Asks again every `intervalMs` until `check` passes or `timeoutMs` has passed (a real Twenty). */
export const pollUntil =
  ({ timeoutMs = 90_000, intervalMs = 1_000 } = {}) =>
  async (check: () => Promise<void>): Promise<void> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        await check();
        return;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  };
