import { defineLogicFunction } from 'twenty-sdk/define';
import { Response } from 'twenty-sdk/logic-function';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from './constants/logic-function-timeouts.constant';
import { PROSPECT_CHECK_UNIVERSAL_IDENTIFIER } from './constants/universal-identifiers';
import { checkProspect } from './conflict-radar/check-prospect.util';
import { runWithAppClient } from './shared/run-with-app-client.util';

export const PROSPECT_CHECK_PATH = '/conflict-radar/prospect-check';

const badRequest = (messages: string[]) =>
  new Response(
    { statusCode: 400, error: 'Bad Request', messages },
    { status: 400 },
  );

// The route payload (twenty-sdk RoutePayload): a JSON body, or the query string of a link.
const inputOf = (payload: unknown): unknown => {
  if (payload === null || typeof payload !== 'object') return undefined;
  const { body, queryStringParameters } = payload as {
    body?: unknown;
    queryStringParameters?: Record<string, string | undefined>;
  };
  if (body !== null && body !== undefined && body !== '') return body;
  return queryStringParameters ?? {};
};

/**
 * POST /s/conflict-radar/prospect-check { name?, domain?, registrationNumber?, countryCode? }:
 * who already works this company? 200 with the matches; 400 with the reasons for bad input;
 * 503 when the CRM cannot be read (retry later).
 */
export const prospectCheckHandler = async (payload: unknown) => {
  const input = inputOf(payload);
  // Twenty hands a body that is not JSON over as { raw } (build-logic-function-event.util.ts).
  const isRawText =
    typeof input === 'string' ||
    (typeof input === 'object' &&
      input !== null &&
      Object.keys(input).length === 1 &&
      'raw' in input);
  if (isRawText)
    return badRequest([
      'The body is not JSON: send a JSON object such as {"name":"Nordlys Polska","countryCode":"PL"}.',
    ]);
  const outcome = await runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client, config) =>
      checkProspect({
        client,
        input,
        stages: {
          wonStages: config.credit.settings.wonStages ?? ['CUSTOMER'],
          lostStages: config.credit.settings.lostStages ?? [],
        },
        now: new Date(),
      }),
  });
  if ('outcome' in outcome)
    return new Response(
      {
        statusCode: 500,
        error: 'Invalid configuration',
        messages: [outcome.message],
      },
      { status: 500 },
    );
  if (!outcome.success)
    return new Response(
      {
        statusCode: 503,
        error: 'Service Unavailable',
        messages: [`The CRM could not be read: ${outcome.error.message}`],
      },
      { status: 503 },
    );
  return outcome.data.kind === 'refused'
    ? badRequest(outcome.data.messages)
    : outcome.data.answer;
};

export default defineLogicFunction({
  universalIdentifier: PROSPECT_CHECK_UNIVERSAL_IDENTIFIER,
  name: 'prospect-check',
  description:
    'Prospect check for reps: who already works a company (name, domain or registration number), before creating it.',
  timeoutSeconds: 30,
  handler: prospectCheckHandler,
  httpRouteTriggerSettings: {
    path: PROSPECT_CHECK_PATH,
    httpMethod: 'POST',
    isAuthRequired: true,
  },
});
