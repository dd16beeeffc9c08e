// The worker gets the API address and the viewer's token as environment variables, as the
// twenty-client-sdk clients read them (TWENTY_API_URL, TWENTY_APP_ACCESS_TOKEN).
export const workerEnvironment = (): Record<string, string | undefined> =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } })
    .process?.env ?? {};

export const authorizationHeader = (): Record<string, string> => {
  const token = workerEnvironment().TWENTY_APP_ACCESS_TOKEN;
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
};
