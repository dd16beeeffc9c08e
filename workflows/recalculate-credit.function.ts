import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { RECALCULATE_CREDIT_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { recalculateCredit } from './credit/recalculate-credit.util';
import { answerInWords, readPathId } from './shared/route-answer.util';
import { runWithAppClient } from './shared/run-with-app-client.util';

export const RECALCULATE_CREDIT_PATH =
  '/opportunities/:opportunityId/recalculate-credit';

/**
 * POST /s/opportunities/:opportunityId/recalculate-credit: brings the deal's credit ledger in
 * line with its record and the account's policy now, as its events do (three requests;
 * idempotent: a deal already right writes nothing). Refused input shows as its
 * INVALID_INPUT conflict and in the answer.
 */
export const recalculateCreditHandler = async (payload: unknown) => {
  const opportunityId = readPathId(payload, 'opportunityId');
  if (opportunityId === null)
    return answerInWords(400, [
      'The address must name an opportunity by its id (a UUID).',
    ]);
  const outcome = await runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: (client, config) =>
      recalculateCredit({
        client,
        opportunityIds: [opportunityId],
        config: config.credit,
        now: new Date(),
      }),
  });
  if ('outcome' in outcome) return answerInWords(500, [outcome.message]);
  if (!outcome.success)
    return answerInWords(503, [
      `The CRM could not be read: ${outcome.error.message}`,
    ]);
  const { opportunities, linesWritten, refused } = outcome.data;
  if (opportunities === 0 && refused.length === 0)
    return answerInWords(404, [`No opportunity ${opportunityId}.`]);
  return {
    linesWritten,
    refused: refused.map((refusal) => refusal.reason),
    message:
      refused.length > 0
        ? `Credit not recalculated: ${refused.map((refusal) => refusal.reason).join(' ')}`
        : linesWritten === 0
          ? 'The credit already follows the policy: nothing to change.'
          : `Credit recalculated: ${linesWritten} line${linesWritten === 1 ? '' : 's'} written.`,
  };
};

export default defineLogicFunction({
  universalIdentifier: RECALCULATE_CREDIT_UNIVERSAL_IDENTIFIER,
  name: 'recalculate-credit',
  description:
    "Recalculates a deal's credit now (the Cmd+K command on an opportunity).",
  timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
  handler: recalculateCreditHandler,
  httpRouteTriggerSettings: {
    path: RECALCULATE_CREDIT_PATH,
    httpMethod: 'POST',
    isAuthRequired: true,
  },
});
