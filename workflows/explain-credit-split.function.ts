import { defineLogicFunction } from 'twenty-sdk/define';

import { explainCreditSplit, toIsoDate } from '@global-accounts/domain';
import { loadCreditSplit } from '@global-accounts/twenty-gateway';

import { EXPLAIN_CREDIT_SPLIT_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { answerInWords, readPathId } from './shared/route-answer.util';
import { runWithAppClient } from './shared/run-with-app-client.util';

export const EXPLAIN_CREDIT_SPLIT_PATH =
  '/opportunities/:opportunityId/credit-split';
const TIMEOUT_SECONDS = 30;

/**
 * GET /s/opportunities/:opportunityId/credit-split: why each live credit line of the deal
 * exists (recipient, office, share, amount, the engine's reason) and whether each credit
 * type's shares make 100.00 %, with the revenue split and the people the split editor offers
 * (the owner and the account team). One request, two for a deal in an account; nothing is
 * written.
 */
export const explainCreditSplitHandler = async (payload: unknown) => {
  const opportunityId = readPathId(payload, 'opportunityId');
  if (opportunityId === null)
    return answerInWords(400, [
      'The address must name an opportunity by its id (a UUID).',
    ]);
  const outcome = await runWithAppClient({
    timeoutSeconds: TIMEOUT_SECONDS,
    work: (client) =>
      loadCreditSplit({
        client,
        opportunityId,
        today: toIsoDate(new Date()),
      }),
  });
  if ('outcome' in outcome) return answerInWords(500, [outcome.message]);
  if (!outcome.success)
    return answerInWords(503, [
      `The CRM could not be read: ${outcome.error.message}`,
    ]);
  if (outcome.data.opportunity === null)
    return answerInWords(404, [`No opportunity ${opportunityId}.`]);
  const { opportunity, globalAccountId, lines, revenueSplit, candidates } =
    outcome.data;
  return {
    opportunity,
    ...explainCreditSplit(lines),
    // What the split editor starts from and whom it may credit.
    editor: { globalAccountId, revenueSplit, candidates },
  };
};

export default defineLogicFunction({
  universalIdentifier: EXPLAIN_CREDIT_SPLIT_UNIVERSAL_IDENTIFIER,
  name: 'explain-credit-split',
  description:
    "Explains a deal's credit split: each live line's recipient, office, share, amount and reason.",
  timeoutSeconds: TIMEOUT_SECONDS,
  handler: explainCreditSplitHandler,
  httpRouteTriggerSettings: {
    path: EXPLAIN_CREDIT_SPLIT_PATH,
    httpMethod: 'GET',
    isAuthRequired: true,
  },
});
