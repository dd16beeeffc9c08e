import {
  authorizationHeader,
  workerEnvironment,
} from './worker-environment.util';

type GraphqlAnswer = { errors?: { message?: string }[] };

/**
 * Sends one GraphQL request to the workspace API as the viewer, so Twenty checks the viewer's
 * role. null when it went through, else the sentence that says why not.
 */
export const callWorkspaceApi = async (request: {
  query: string;
  variables: Record<string, unknown>;
}): Promise<string | null> => {
  const response = await fetch(
    `${workerEnvironment().TWENTY_API_URL ?? ''}/graphql`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorizationHeader() },
      body: JSON.stringify(request),
    },
  );
  const answer = (await response.json().catch(() => ({}))) as GraphqlAnswer;
  const messages = (answer.errors ?? []).map((error) => error.message ?? '');
  if (messages.length > 0)
    return `The CRM refused the change: ${messages.join(' ')}`;
  return response.ok
    ? null
    : `The CRM could not be reached (${response.status}).`;
};
