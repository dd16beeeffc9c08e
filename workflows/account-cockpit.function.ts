import { defineLogicFunction } from 'twenty-sdk/define';

import { ACCOUNT_COCKPIT_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { loadAccountCockpit } from './cockpit/load-account-cockpit.util';
import { answerInWords, readPathId } from './shared/route-answer.util';
import { runWithAppClient } from './shared/run-with-app-client.util';

export const ACCOUNT_COCKPIT_PATH = '/global-accounts/:globalAccountId/cockpit';
const TIMEOUT_SECONDS = 30;

/**
 * GET /s/global-accounts/:globalAccountId/cockpit: what the cockpit on the global account
 * page shows (family tree and coverage, pipeline and won revenue by country, credit by
 * office, agreement progress, open conflicts, recent activity). 404 for an unknown account,
 * 400 for an id that is not a UUID, 503 when the CRM cannot be read.
 */
export const accountCockpitHandler = async (payload: unknown) => {
  const globalAccountId = readPathId(payload, 'globalAccountId');
  if (globalAccountId === null)
    return answerInWords(400, [
      'The address must name a global account by its id (a UUID).',
    ]);
  const outcome = await runWithAppClient({
    timeoutSeconds: TIMEOUT_SECONDS,
    work: (client, config) =>
      loadAccountCockpit({ client, globalAccountId, config, now: new Date() }),
  });
  if ('outcome' in outcome) return answerInWords(500, [outcome.message]);
  if (!outcome.success)
    return answerInWords(503, [
      `The CRM could not be read: ${outcome.error.message}`,
    ]);
  if (outcome.data.kind === 'not-found')
    return answerInWords(404, [`No global account ${globalAccountId}.`]);
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
