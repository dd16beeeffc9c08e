import { ok, type Result } from '@global-accounts/domain';
import {
  findAgreementFamilies,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
  type DatabaseEvent,
} from '../shared/database-event-payload.schema';
import { type AppConfig } from '../shared/get-app-config.util';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import { type AgreementScope } from './agreement-event-scopes.util';
import {
  emptyAgreementOutcome,
  recomputeAgreementFamilies,
  type AgreementRunOutcome,
} from './recompute-agreement-families.util';

export type AgreementHandlerOutcome =
  | AgreementRunOutcome
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

/** Work a handler does before the recompute (e.g. membership dates); its requests count in the run. */
export type BeforeRecompute = (input: {
  client: GraphqlClient;
  events: readonly DatabaseEvent[];
  now: Date;
}) => Promise<Result<void, GatewayError>>;

const resolveScope = async (
  client: GraphqlClient,
  scope: AgreementScope,
): Promise<Result<string[], GatewayError>> => {
  if (scope.lookup === undefined) return ok(scope.globalAccountIds);
  const found = await findAgreementFamilies({ client, lookup: scope.lookup });
  return found.success
    ? ok([...new Set([...scope.globalAccountIds, ...found.data])])
    : found;
};

const isEmpty = (scope: AgreementScope) =>
  scope.globalAccountIds.length === 0 &&
  (scope.lookup === undefined ||
    Object.values(scope.lookup).every(
      (value) =>
        value === undefined || (Array.isArray(value) && value.length === 0),
    ));

/**
 * The shared body of the agreement handlers: parse the events, find the families they touch,
 * recompute those families' agreements. Transient API failures are retried by Twenty.
 */
export const runAgreementHandler = async ({
  payload,
  scopeOf,
  beforeRecompute,
}: {
  payload: unknown;
  scopeOf: (
    events: readonly DatabaseEvent[],
    config: AppConfig,
  ) => AgreementScope;
  beforeRecompute?: BeforeRecompute;
}): Promise<AgreementHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client, config): Promise<AgreementHandlerOutcome> => {
      const now = new Date(Date.now());
      if (beforeRecompute !== undefined)
        dataOrThrow(
          await beforeRecompute({ client, events, now }),
          'company membership dates',
        );
      const scope = scopeOf(events, config);
      if (isEmpty(scope))
        return { outcome: 'ignored', message: 'no agreement to recompute' };
      const globalAccountIds = dataOrThrow(
        await resolveScope(client, scope),
        'agreement lookup',
      );
      const outcome = dataOrThrow(
        await recomputeAgreementFamilies({
          client,
          globalAccountIds,
          config,
          now,
          outcome: emptyAgreementOutcome(),
        }),
        'agreement recompute',
      );
      outcome.requests = client.requestCount();
      outcome.refused.forEach((refusal) =>
        console.error(
          `[global-accounts] agreement ${refusal.agreementId} left unchanged: ${refusal.reason}`,
        ),
      );
      return outcome;
    },
  });
};
