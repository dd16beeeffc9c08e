import { defineLogicFunction } from 'twenty-sdk/define';
import { Response } from 'twenty-sdk/logic-function';
import { z } from 'zod';

import { ACCOUNT_COCKPIT_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { loadAccountCockpit } from './cockpit/load-account-cockpit.util';
import { runWithAppClient } from './shared/run-with-app-client.util';

export const ACCOUNT_COCKPIT_PATH = '/global-accounts/:globalAccountId/cockpit';
const TIMEOUT_SECONDS = 30;

const payloadSchema = z.object({
  pathParameters: z.object({ globalAccountId: z.guid() }),
});

const answer = (status: number, error: string, messages: string[]) =>
  new Response({ statusCode: status, error, messages }, { status });

/**
 * GET /s/global-accounts/:globalAccountId/cockpit: what the cockpit on the global account
 * page shows (family tree and coverage, pipeline and won revenue by country, credit by
 * office, agreement progress, open conflicts, recent activity). 404 for an unknown account,
 * 400 for an id that is not a UUID, 503 when the CRM cannot be read.
 */
export const accountCockpitHandler = async (payload: unknown) => {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success)
    return answer(400, 'Bad Request', [
      'The address must name a global account by its id (a UUID).',
    ]);
  const { globalAccountId } = parsed.data.pathParameters;
  const outcome = await runWithAppClient({
    timeoutSeconds: TIMEOUT_SECONDS,
    work: (client, config) =>
      loadAccountCockpit({ client, globalAccountId, config, now: new Date() }),
  });
  if ('outcome' in outcome)
    return answer(500, 'Invalid configuration', [outcome.message]);
  if (!outcome.success)
    return answer(503, 'Service Unavailable', [
      `The CRM could not be read: ${outcome.error.message}`,
    ]);
  if (outcome.data.kind === 'not-found')
    return answer(404, 'Not Found', [`No global account ${globalAccountId}.`]);
  return outcome.data.cockpit;
};

export default defineLogicFunction({
  universalIdentifier: ACCOUNT_COCKPIT_UNIVERSAL_IDENTIFIER,
  name: 'account-cockpit',
  description:
    "The global account cockpit's figures: family, coverage, pipeline and won revenue by country, credit by office, agreements, conflicts, recent activity.",
  timeoutSeconds: TIMEOUT_SECONDS,
  handler: accountCockpitHandler,
  httpRouteTriggerSettings: {
    path: ACCOUNT_COCKPIT_PATH,
    httpMethod: 'GET',
    isAuthRequired: true,
  },
});
